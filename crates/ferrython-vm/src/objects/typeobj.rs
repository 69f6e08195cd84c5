//! `type` objects: layout, MRO (C3), attribute lookup along the MRO, class creation.
//! CPython: Objects/typeobject.c.

use crate::cell::PyCell;
use crate::object::{Payload, PyRef};
use crate::objects::dict;
use crate::{PyResult, Vm};
use std::cell::{Cell, RefCell};

/// What payload instances of a type carry (the "solid base" layout).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Module,
    /// Types whose instances cannot be created from Python (function, code …).
    Opaque,
}

pub mod tflags {
    /// Defined by a class statement / type(name, bases, ns).
    pub const HEAPTYPE: u32 = 1;
    /// May be subclassed.
    pub const BASETYPE: u32 = 2;
    /// The class (or a base) defines `__del__`.
    pub const HAS_DEL: u32 = 4;
    /// Instances have a `__dict__`.
    pub const HAS_DICT: u32 = 8;
    /// Abstract (has abstract methods): instantiation is refused.
    pub const ABSTRACT: u32 = 16;
    /// Immutable builtin type: attributes cannot be set.
    pub const IMMUTABLE: u32 = 32;
    /// Instances can be weakly referenced (heap types: a `__weakref__` slot).
    pub const HAS_WEAKREF: u32 = 64;
}

pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<PyRef>>,
    pub mro: RefCell<Vec<PyRef>>,
    /// The namespace: a dict object (exposed as a mappingproxy).
    pub dict: PyRef,
    pub layout: Layout,
    pub flags: Cell<u32>,
    /// Names of `__slots__` entries stored inline in `Payload::Instance` (all bases included).
    pub slot_count: Cell<usize>,
    /// Bumped when the type or a base changes; attribute caches key on it.
    pub version: Cell<u64>,
    /// Weak list of direct subclasses (addresses of type objects, for `__subclasses__`
    /// and version invalidation).
    pub subclasses: RefCell<Vec<PyRef>>,
    /// The metaclass-independent docstring of builtin types.
    pub doc: PyCell<Option<&'static str>>,
    /// The name error messages use when it differs from `__name__`: CPython's C types
    /// are named with their module ('datetime.date'); our lib/ classes standing in for
    /// them set it through `_ferrython.set_type_name`.
    pub tp_name: RefCell<Option<String>>,
    /// CPython 3.11's shared instance-dict keys ("cached keys") of classes whose
    /// instances have a managed `__dict__`: (names, usable). Only `sys.getsizeof`
    /// observes it (see objects/dict.rs `KeysShape`).
    pub shared_keys: RefCell<Option<(Vec<Box<str>>, usize)>>,
}

/// SHARED_KEYS_MAX_SIZE: a class's shared keys start with this many usable slots.
pub const SHARED_KEYS_MAX: usize = 30;

impl TypeData {
    pub fn new(name: &str, bases: Vec<PyRef>, dict: PyRef, layout: Layout, flags: u32) -> TypeData {
        if let Some(d) = dict.as_dict() {
            d.borrow_mut().watched = true;
        }
        invalidate_attr_cache();
        TypeData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(bases),
            mro: RefCell::new(Vec::new()),
            dict,
            layout,
            flags: Cell::new(flags),
            slot_count: Cell::new(0),
            version: Cell::new(1),
            subclasses: RefCell::new(Vec::new()),
            doc: PyCell::new(None),
            shared_keys: RefCell::new(None),
            tp_name: RefCell::new(None),
        }
    }

    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }

    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }

    pub fn has_finalizer(&self) -> bool {
        self.has_flag(tflags::HAS_DEL)
    }

    pub fn is_heap(&self) -> bool {
        self.has_flag(tflags::HEAPTYPE)
    }

    /// Adds `name` to the shared keys if it fits; false when the dict must split off.
    pub fn shared_keys_add(&self, name: &str) -> bool {
        let mut sk = self.shared_keys.borrow_mut();
        let Some((names, usable)) = sk.as_mut() else { return false };
        if names.iter().any(|n| &**n == name) {
            return true;
        }
        if *usable == 0 {
            return false;
        }
        names.push(name.into());
        *usable -= 1;
        true
    }

    /// A new instance: CPython shrinks the shared keys' usable count by one per
    /// instance, down to 1 (the 3.11 quirk behind changing `__dict__` sizes).
    pub fn shared_keys_new_instance(&self) -> bool {
        let mut sk = self.shared_keys.borrow_mut();
        let Some((_, usable)) = sk.as_mut() else { return false };
        if *usable > 1 {
            *usable -= 1;
        }
        true
    }

    /// (entries, usable) of the shared keys.
    pub fn shared_keys_size(&self) -> Option<usize> {
        self.shared_keys.borrow().as_ref().map(|(n, u)| n.len() + u)
    }
}

/// The type's name (`int`, `MyClass`).
pub fn type_name(ty: &PyRef) -> String {
    match ty.as_type() {
        Some(t) => match &*t.tp_name.borrow() {
            Some(n) => n.clone(),
            None => t.name(),
        },
        None => "?".into(),
    }
}

/// `type(obj).__name__`.
pub fn obj_type_name(obj: &PyRef) -> String {
    type_name(obj.class())
}

/// Looks `name` up along the MRO of `ty`, without descriptors.
pub fn lookup(_vm: &Vm, ty: &PyRef, name: &str) -> Option<PyRef> {
    lookup_cached(ty, name, || crate::hash::hash_str(name))
}

impl Drop for TypeData {
    /// A freed type's address may be reused: forget every cached lookup.
    fn drop(&mut self) {
        invalidate_attr_cache();
    }
}

// ---- the type attribute cache ----
//
// MRO lookups are cached per (type, name) like CPython's type method cache. Entries
// hold raw pointers into type dicts; they stay valid because any change to a type's
// dict, any MRO assignment and any type deallocation bumps `TYPE_EPOCH`, which
// invalidates every entry at once (class mutation in hot loops is rare).

static TYPE_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The current epoch (inline caches compare it to detect class changes).
#[inline]
pub fn attr_epoch() -> u64 {
    TYPE_EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

/// Invalidates every cached type attribute lookup.
#[inline]
pub fn invalidate_attr_cache() {
    TYPE_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

const ATTR_CACHE_SIZE: usize = 4096;

struct AttrCacheEntry {
    epoch: u64,
    ty: usize,
    name: Box<str>,
    /// Points at the value inside a type dict entry (null: not found).
    value: *const PyRef,
}

thread_local! {
    static ATTR_CACHE: RefCell<[Option<AttrCacheEntry>; ATTR_CACHE_SIZE]> =
        const { RefCell::new([const { None }; ATTR_CACHE_SIZE]) };
}

fn lookup_cached(ty: &PyRef, name: &str, hash: impl FnOnce() -> i64) -> Option<PyRef> {
    let epoch = TYPE_EPOCH.load(std::sync::atomic::Ordering::Relaxed);
    let ty_addr = ty.addr();
    let slot = ((ty_addr >> 4) ^ (name.as_ptr() as usize >> 3) ^ name.len()) & (ATTR_CACHE_SIZE - 1);
    let hit = ATTR_CACHE.with(|c| {
        let c = c.borrow();
        match &c[slot] {
            Some(e) if e.epoch == epoch && e.ty == ty_addr && e.name.len() == name.len() && e.name.as_bytes() == name.as_bytes() => Some(if e.value.is_null() {
                None
            } else {
                // SAFETY: the epoch is unchanged, so the dict entry the pointer refers to
                // has not been modified, moved or freed.
                Some(unsafe { (*e.value).clone() })
            }),
            _ => None,
        }
    });
    if let Some(r) = hit {
        return r;
    }
    let t = ty.as_type()?;
    let hash = hash();
    let mut found: *const PyRef = std::ptr::null();
    {
        let mro = t.mro.borrow();
        let single = [ty.clone()];
        let bases: &[PyRef] = if mro.is_empty() { &single } else { &mro };
        for base in bases {
            if let Some(bt) = base.as_type() {
                if let Some(d) = bt.dict.as_dict() {
                    if let Some(v) = d.borrow().get_str(hash, name) {
                        found = v as *const PyRef;
                        break;
                    }
                }
            }
        }
    }
    ATTR_CACHE.with(|c| {
        c.borrow_mut()[slot] = Some(AttrCacheEntry { epoch, ty: ty_addr, name: name.into(), value: found });
    });
    if found.is_null() {
        None
    } else {
        // SAFETY: just found in a live dict; nothing ran since.
        Some(unsafe { (*found).clone() })
    }
}

/// MRO lookup with a precomputed str hash (attribute names are interned strs).
pub fn lookup_with_hash(ty: &PyRef, name: &str, hash: i64) -> Option<PyRef> {
    lookup_cached(ty, name, || hash)
}

/// Is `sub` a subclass of `sup` (by MRO)?
pub fn is_subtype(sub: &PyRef, sup: &PyRef) -> bool {
    if sub.is(sup) {
        return true;
    }
    match sub.as_type() {
        Some(t) => t.mro.borrow().iter().any(|b| b.is(sup)),
        None => false,
    }
}

/// C3 linearisation. Errors with CPython's message on an inconsistent hierarchy.
pub fn compute_mro(vm: &mut Vm, ty: &PyRef, bases: &[PyRef]) -> PyResult<Vec<PyRef>> {
    let mut seqs: Vec<Vec<PyRef>> = Vec::new();
    for b in bases {
        let m = b.as_type().map(|t| t.mro.borrow().clone()).unwrap_or_default();
        seqs.push(m);
    }
    seqs.push(bases.to_vec());
    let mut result = vec![ty.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|o| o[1..].iter().any(|x| x.is(cand))) {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(c) = found else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = type_name(&s[0]);
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(vm.new_type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        result.push(c);
    }
}

/// Sets the MRO of a freshly built type and registers it with its bases.
pub fn finish_type(vm: &mut Vm, ty: &PyRef) -> PyResult<()> {
    let bases = ty.as_type().unwrap().bases.borrow().clone();
    let mro = compute_mro(vm, ty, &bases)?;
    let t = ty.as_type().unwrap();
    *t.mro.borrow_mut() = mro;
    invalidate_attr_cache();
    for b in bases.iter() {
        if let Some(bt) = b.as_type() {
            bt.subclasses.borrow_mut().push(ty.clone());
            let inherit = bt.flags.get() & (tflags::HAS_DEL | tflags::HAS_DICT | tflags::HAS_WEAKREF);
            t.flags.set(t.flags.get() | inherit);
            if bt.slot_count.get() > t.slot_count.get() {
                t.slot_count.set(bt.slot_count.get());
            }
        }
    }
    Ok(())
}

/// Invalidates attribute caches of `ty` and its subclasses after a namespace change.
pub fn modified(ty: &PyRef) {
    if let Some(t) = ty.as_type() {
        t.version.set(t.version.get() + 1);
        let subs = t.subclasses.borrow().clone();
        for s in subs {
            modified(&s);
        }
    }
}

/// The layout instances of a new class get, from its bases' layouts.
pub fn solid_layout(bases: &[PyRef]) -> Layout {
    for b in bases {
        if let Some(t) = b.as_type() {
            if t.layout != Layout::Object {
                return t.layout;
            }
        }
    }
    Layout::Object
}

/// A fresh dict namespace for a type.
pub fn new_namespace(vm: &Vm) -> PyRef {
    vm.new_dict()
}

/// Sets a name in a type's namespace (interned str key) and invalidates caches.
pub fn set_attr_raw(vm: &mut Vm, ty: &PyRef, name: &str, value: PyRef) {
    let d = ty.as_type().unwrap().dict.clone();
    dict::set_str(vm, &d, name, value);
    modified(ty);
}

pub fn layout_of(obj: &PyRef) -> Option<Layout> {
    match &obj.payload {
        Payload::Type(t) => Some(t.layout),
        _ => None,
    }
}

/// Registration of native methods and attributes on builtin types (explicit tables in
/// each type's file call these at startup).
impl Vm {
    fn add_builtin_entry(&mut self, ty: &PyRef, name: &'static str, func: crate::object::NativeFn, kind: crate::object::BuiltinKind) {
        let descr_ty = match kind {
            crate::object::BuiltinKind::ClassMethod => self.interp.types.classmethod_descriptor.clone(),
            crate::object::BuiltinKind::Function | crate::object::BuiltinKind::StaticMethod => self.interp.types.builtin_function.clone(),
            crate::object::BuiltinKind::Method => self.interp.types.method_descriptor.clone(),
        };
        let f = PyRef::new(
            &descr_ty,
            Payload::Builtin(Box::new(crate::object::BuiltinData { name, func, self_: None, owner: Some(ty.clone()), kind, doc: None })),
        );
        let f = if kind == crate::object::BuiltinKind::StaticMethod {
            PyRef::new(&self.interp.types.staticmethod, Payload::StaticMethod(crate::object::Wrapped(f)))
        } else {
            f
        };
        set_attr_raw(self, ty, name, f);
    }

    pub fn add_method(&mut self, ty: &PyRef, name: &'static str, func: crate::object::NativeFn) {
        self.add_builtin_entry(ty, name, func, crate::object::BuiltinKind::Method);
    }

    pub fn add_classmethod(&mut self, ty: &PyRef, name: &'static str, func: crate::object::NativeFn) {
        self.add_builtin_entry(ty, name, func, crate::object::BuiltinKind::ClassMethod);
    }

    pub fn add_staticmethod(&mut self, ty: &PyRef, name: &'static str, func: crate::object::NativeFn) {
        self.add_builtin_entry(ty, name, func, crate::object::BuiltinKind::StaticMethod);
    }

    /// `__new__` of builtin types: a static method taking the class first.
    pub fn add_new(&mut self, ty: &PyRef, func: crate::object::NativeFn) {
        self.add_builtin_entry(ty, "__new__", func, crate::object::BuiltinKind::StaticMethod);
    }

    pub fn add_getset(
        &mut self,
        ty: &PyRef,
        name: &'static str,
        get: fn(&mut Vm, &PyRef) -> PyResult,
        set: Option<fn(&mut Vm, &PyRef, Option<PyRef>) -> PyResult<()>>,
    ) {
        let g = PyRef::new(
            &self.interp.types.getset_descriptor,
            Payload::GetSet(Box::new(crate::object::GetSetData { name, owner: ty.clone(), get, set })),
        );
        set_attr_raw(self, ty, name, g);
    }

    /// A plain class attribute on a builtin type.
    pub fn add_attr(&mut self, ty: &PyRef, name: &'static str, value: PyRef) {
        set_attr_raw(self, ty, name, value);
    }
}

/// Keeps the `Cell` import used.
#[allow(dead_code)]
fn _cell(_: Cell<u8>) {}
