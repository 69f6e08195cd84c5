//! Weak references: the `weakref.ReferenceType` type, the registry that finds an
//! object's weak references when it dies, and the `_weakref` module.
//! CPython: Objects/weakrefobject.c, Modules/_weakref.c.
//!
//! A weak reference holds its referent's address, not a counted reference. The
//! registry maps a referent's address to the addresses of its live weak references
//! (also uncounted: a weak reference removes itself when freed). When the referent's
//! refcount reaches zero, `dealloc` calls [`clear`] before freeing it: every weak
//! reference goes dead at once, and the callbacks are queued with counted references
//! and run at the next instruction boundary (running Python code inside a decref is
//! unsafe), before any further statement of the program runs.

use crate::object::{flags, NativeObject, Payload, PyRef};
use crate::objects::typeobj::{self, tflags, Layout, TypeData};
use crate::{PyResult, Vm};
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::Mutex;

/// Referent address → addresses of its weak reference objects, newest basic
/// reference first then callback references newest first (CPython's list order,
/// which is the order callbacks run in).
static REGISTRY: Mutex<Option<HashMap<usize, Vec<usize>>>> = Mutex::new(None);

fn with_registry<R>(f: impl FnOnce(&mut HashMap<usize, Vec<usize>>) -> R) -> R {
    let mut g = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
    f(g.get_or_insert_with(HashMap::new))
}

/// The payload of a weak reference object.
pub struct WeakRef {
    /// The referent's address; 0 once it died.
    referent: Cell<usize>,
    /// This weak reference object's own address (set right after allocation).
    me: Cell<usize>,
    callback: crate::cell::PyCell<Option<PyRef>>,
    /// `hash(ref)`: the referent's hash, computed on first use and kept after death.
    hash: Cell<Option<i64>>,
}

impl NativeObject for WeakRef {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Drop for WeakRef {
    fn drop(&mut self) {
        let r = self.referent.get();
        if r != 0 {
            let me = self.me.get();
            with_registry(|reg| {
                if let Some(list) = reg.get_mut(&r) {
                    list.retain(|&w| w != me);
                    if list.is_empty() {
                        reg.remove(&r);
                    }
                }
            });
        }
    }
}

pub fn as_weakref(o: &PyRef) -> Option<&WeakRef> {
    match &o.payload {
        Payload::Native(n) => n.as_any().downcast_ref::<WeakRef>(),
        _ => None,
    }
}

impl WeakRef {
    /// The referent, if alive.
    pub fn get(&self) -> Option<PyRef> {
        match self.referent.get() {
            0 => None,
            // SAFETY: a registered referent is alive: `clear` zeroes `referent` before
            // the object is freed.
            a => Some(unsafe { PyRef::from_addr_borrowed(a) }),
        }
    }
}

/// Called by `dealloc` for an object flagged `HAS_WEAKREFS`, before it is freed: kills
/// its weak references and queues their callbacks.
pub(crate) fn clear(obj: &PyRef) {
    let refs = with_registry(|reg| reg.remove(&obj.addr())).unwrap_or_default();
    for w in refs {
        // SAFETY: registered weak reference objects are alive (they unregister when freed).
        let wref = unsafe { PyRef::from_addr_borrowed(w) };
        let Some(data) = as_weakref(&wref) else { continue };
        data.referent.set(0);
        let cb = data.callback.take();
        if let Some(cb) = cb {
            crate::dealloc::queue_weakref_callback(wref, cb);
        }
    }
}

/// The cycle collector's version of [`clear`] for a garbage object: every weak
/// reference dies, but callbacks run only for weak references that are not garbage
/// themselves (a garbage callback could see half-cleared objects).
pub(crate) fn clear_for_gc(obj: &PyRef, is_garbage: &dyn Fn(usize) -> bool) {
    let refs = with_registry(|reg| reg.remove(&obj.addr())).unwrap_or_default();
    for w in refs {
        // SAFETY: registered weak reference objects are alive.
        let wref = unsafe { PyRef::from_addr_borrowed(w) };
        let Some(data) = as_weakref(&wref) else { continue };
        data.referent.set(0);
        if is_garbage(w) {
            continue;
        }
        if let Some(cb) = data.callback.take() {
            crate::dealloc::queue_weakref_callback(wref, cb);
        }
    }
}

/// Can `obj` be weakly referenced? (CPython: the type has a weaklist offset.)
pub fn supports_weakrefs(obj: &PyRef) -> bool {
    let Some(t) = obj.class().as_type() else { return false };
    if t.is_heap() {
        return t.has_flag(tflags::HAS_WEAKREF);
    }
    match &obj.payload {
        Payload::Function(_)
        | Payload::Builtin(_)
        | Payload::Method(_)
        | Payload::Type(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Generator(_)
        | Payload::Code(_)
        | Payload::Module(_) => true,
        Payload::Native(n) => n.as_any().downcast_ref::<WeakRef>().is_none(),
        _ => false,
    }
}

/// May heap classes built on a base with this layout get a `__weakref__` slot?
/// (CPython: not when the base stores variable-size items inline: int, tuple, bytes.)
pub fn layout_allows_weakref(layout: Layout) -> bool {
    !matches!(layout, Layout::Int | Layout::Bool | Layout::Tuple | Layout::Bytes)
}

fn weakref_type(vm: &mut Vm) -> PyRef {
    if let Some(t) = vm.interp.weakref_type.get() {
        return t;
    }
    let ns = vm.new_dict();
    let ty = PyRef::new(
        &vm.interp.types.type_,
        Payload::Type(Box::new(TypeData::new("ReferenceType", vec![vm.interp.types.object.clone()], ns, Layout::Opaque, tflags::BASETYPE))),
    );
    typeobj::finish_type(vm, &ty).ok();
    let m = vm.new_str("weakref");
    typeobj::set_attr_raw(vm, &ty, "__module__", m);
    vm.add_new(&ty, ref_new);
    vm.add_method(&ty, "__init__", ref_init);
    vm.add_method(&ty, "__call__", ref_call);
    vm.add_method(&ty, "__hash__", ref_hash);
    vm.add_method(&ty, "__eq__", ref_eq);
    vm.add_method(&ty, "__ne__", ref_ne);
    vm.add_method(&ty, "__repr__", ref_repr);
    vm.add_classmethod(&ty, "__class_getitem__", ref_class_getitem);
    vm.add_getset(&ty, "__callback__", ref_callback, None);
    ty.make_immortal();
    vm.interp.weakref_type.set(Some(ty.clone()));
    ty
}

/// `weakref.ref(obj)` for Rust callers.
pub fn new_ref(vm: &mut Vm, obj: &PyRef, callback: Option<PyRef>) -> PyResult {
    let ty = weakref_type(vm);
    make_ref(vm, &ty, obj, callback)
}

fn make_ref(vm: &mut Vm, cls: &PyRef, obj: &PyRef, callback: Option<PyRef>) -> PyResult {
    if !supports_weakrefs(obj) {
        return Err(vm.new_type_error(format!("cannot create weak reference to '{}' object", typeobj::obj_type_name(obj))));
    }
    let callback = callback.filter(|c| !matches!(c.payload, Payload::None));
    let basic = vm.interp.weakref_type.get().is_some_and(|t| t.is(cls)) && callback.is_none();
    if basic {
        // CPython shares one callback-less `ref` per referent.
        let existing = with_registry(|reg| reg.get(&obj.addr()).and_then(|l| l.first().copied()));
        if let Some(w) = existing {
            // SAFETY: registered weak references are alive.
            let w = unsafe { PyRef::from_addr_borrowed(w) };
            if w.class().is(cls) && as_weakref(&w).is_some_and(|d| d.callback.get().is_none()) {
                return Ok(w);
            }
        }
    }
    let data = WeakRef { referent: Cell::new(obj.addr()), me: Cell::new(0), callback: crate::cell::PyCell::new(callback), hash: Cell::new(None) };
    let w = PyRef::new(cls, Payload::Native(Box::new(data)));
    if cls.as_type().is_some_and(|t| t.has_flag(tflags::HAS_DICT)) {
        w.dict.set(Some(vm.new_dict()));
    }
    as_weakref(&w).unwrap().me.set(w.addr());
    obj.flags.set(obj.flags.get() | flags::HAS_WEAKREFS);
    with_registry(|reg| {
        let list = reg.entry(obj.addr()).or_default();
        if basic {
            list.insert(0, w.addr());
        } else {
            // After the shared basic reference, before older callback references.
            let at = usize::from(list.first().is_some_and(|&f| is_basic(f)));
            list.insert(at, w.addr());
        }
    });
    Ok(w)
}

fn is_basic(addr: usize) -> bool {
    // SAFETY: called with registered (alive) weak reference addresses.
    let w = unsafe { PyRef::from_addr_borrowed(addr) };
    as_weakref(&w).is_some_and(|d| d.callback.get().is_none())
}

fn ref_new(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let cls = a[0].clone();
    let args = &a[1..];
    let pos = crate::args::positional(args, k);
    if cls.as_type().is_some_and(|t| !t.is_heap()) && !k.is_empty() {
        return Err(vm.new_type_error("ref() takes no keyword arguments"));
    }
    vm.range_args("__new__", pos, &[], 1, 2)?;
    make_ref(vm, &cls, &pos[0], pos.get(1).cloned())
}

fn ref_init(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let pos = crate::args::positional(&a[1..], k);
    vm.range_args("__init__", pos, &[], 1, 2)?;
    Ok(vm.none())
}

fn this<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a WeakRef> {
    as_weakref(o).ok_or_else(|| vm.new_type_error("descriptor requires a 'weakref.ReferenceType' object"))
}

fn ref_call(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("weakref", &a[1..], k, 0)?;
    Ok(this(vm, &a[0])?.get().unwrap_or_else(|| vm.none()))
}

fn ref_hash(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let w = this(vm, &a[0])?;
    if let Some(h) = w.hash.get() {
        return Ok(vm.new_int(h));
    }
    let Some(obj) = w.get() else { return Err(vm.new_type_error("weak object has gone away")) };
    let h = vm.hash(&obj)?;
    w.hash.set(Some(h));
    Ok(vm.new_int(h))
}

fn ref_compare(vm: &mut Vm, a: &[PyRef], eq: bool) -> PyResult {
    let (Some(x), Some(y)) = (as_weakref(&a[0]), as_weakref(&a[1])) else {
        return Ok(vm.interp.not_implemented.clone());
    };
    match (x.get(), y.get()) {
        (Some(p), Some(q)) => {
            let op = if eq { ferrython_bytecode::CompareOp::Eq } else { ferrython_bytecode::CompareOp::Ne };
            vm.rich_compare(&p, &q, op)
        }
        _ => Ok(vm.new_bool(a[0].is(&a[1]) == eq)),
    }
}

fn ref_eq(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    ref_compare(vm, a, true)
}

fn ref_ne(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    ref_compare(vm, a, false)
}

fn ref_repr(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let w = this(vm, &a[0])?;
    let s = match w.get() {
        None => format!("<weakref at {:#x}; dead>", a[0].addr()),
        Some(obj) => {
            let name = match vm.getattr_opt(&obj, "__name__") {
                Ok(Some(n)) => n.as_str().map(|s| format!(" ({})", s.as_str())),
                _ => None,
            };
            format!(
                "<weakref at {:#x}; to '{}' at {:#x}{}>",
                a[0].addr(),
                typeobj::obj_type_name(&obj),
                obj.addr(),
                name.unwrap_or_default()
            )
        }
    };
    Ok(vm.new_str(s))
}

fn ref_callback(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(this(vm, o)?.callback.get().unwrap_or_else(|| vm.none()))
}

fn ref_class_getitem(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    crate::objects::generic_alias::new_generic_alias(vm, &a[0], &a[1])
}

/// Weak references to `obj`, in CPython's order.
fn refs_of(obj: &PyRef) -> Vec<PyRef> {
    let addrs = with_registry(|reg| reg.get(&obj.addr()).cloned()).unwrap_or_default();
    // SAFETY: registered weak references are alive.
    addrs.into_iter().map(|w| unsafe { PyRef::from_addr_borrowed(w) }).collect()
}

/// The first weak reference to `obj` (`obj.__weakref__`).
pub fn first_ref(obj: &PyRef) -> Option<PyRef> {
    refs_of(obj).into_iter().next()
}

fn getweakrefcount(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("getweakrefcount", a, k, 1)?;
    Ok(vm.new_int(refs_of(&a[0]).len() as i64))
}

fn getweakrefs(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("getweakrefs", a, k, 1)?;
    let refs = refs_of(&a[0]);
    Ok(vm.new_list(refs))
}

/// The `_weakref` module (lib/weakref.py builds the rest on it).
pub fn make_module(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("_weakref");
    let d = vm.module_dict(&m);
    let ty = weakref_type(vm);
    crate::objects::dict::set_str(vm, &d, "ref", ty.clone());
    crate::objects::dict::set_str(vm, &d, "ReferenceType", ty);
    let fns: &[(&'static str, crate::object::NativeFn)] = &[("getweakrefcount", getweakrefcount), ("getweakrefs", getweakrefs)];
    for (n, f) in fns {
        let b = vm.new_builtin(n, *f);
        crate::objects::dict::set_str(vm, &d, n, b);
    }
    m
}
