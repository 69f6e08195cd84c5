//! The object header, the reference-counted pointer [`PyRef`] and the payloads.
//! CPython counterpart: Include/object.h, Objects/object.c.
//!
//! Invariant (the GIL rule): a `PyRef` is created, cloned, dropped or read only by a
//! thread that holds the GIL. Refcounts are plain (non-atomic) cells because of it.
//! This file, `gil.rs` and `cell.rs` are where `unsafe` lives.

use crate::cell::PyCell;
use crate::objects::{
    dict::DictData, exception::ExcData, function::FunctionData, generator::GenData,
    iter::IterState, set::SetData, str::PyStr, typeobj::TypeData,
};
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

/// A native function: vectorcall convention. `args` holds the positional arguments
/// followed by the keyword values; `kwnames` names the last `kwnames.len()` of them.
/// For methods, `args[0]` is `self`.
pub type NativeFn = fn(&mut crate::Vm, &[PyRef], &[PyRef]) -> crate::PyResult;

/// Refcount value of immortal objects (None, small ints, builtin types…): never freed.
const IMMORTAL: usize = usize::MAX / 2;

/// The heap cell of every Python object: header (refcount, type, optional `__dict__`)
/// followed by the payload.
pub struct PyObject {
    rc: Cell<usize>,
    /// The object's type; counted reference (incremented at creation, released at dealloc).
    ty: Cell<NonNull<PyObject>>,
    /// Per-object bits: `flags::*`.
    pub flags: Cell<u32>,
    /// Where the cycle collector tracks this object (gc.rs), or `gc::UNTRACKED`.
    /// Fits in the header's padding.
    pub(crate) gc_slot: Cell<u32>,
    /// The instance `__dict__`, for objects that have one.
    pub dict: PyCell<Option<PyRef>>,
    pub payload: Payload,
}

/// Bits of `PyObject::flags`.
pub mod flags {
    /// `__del__` already ran (PEP 442: finalizers run once).
    pub const FINALIZED: u32 = 1;
    /// Weak references to this object exist (see the weakref registry).
    pub const HAS_WEAKREFS: u32 = 2;
}

/// A counted reference to a Python object.
#[repr(transparent)]
pub struct PyRef(NonNull<PyObject>);

// SAFETY: objects are only touched by the thread holding the GIL (see module docs);
// moving a reference to another thread is fine because that thread must take the GIL
// before using it.
unsafe impl Send for PyRef {}
unsafe impl Sync for PyRef {}

impl PyRef {
    /// Allocates a new object of type `ty`.
    ///
    /// Inlined so the payload is written straight into the new allocation: passed
    /// through memory to an outlined function it was copied with wide loads from
    /// narrow stores (a store-forwarding stall that was 30% of a `for` loop's time).
    #[inline(always)]
    pub fn new(ty: &PyRef, payload: Payload) -> PyRef {
        ty.incref();
        let container = crate::gc::is_container(&payload);
        let obj = Box::new(PyObject {
            rc: Cell::new(1),
            ty: Cell::new(ty.0),
            flags: Cell::new(0),
            gc_slot: Cell::new(crate::gc::UNTRACKED),
            dict: PyCell::new(None),
            payload,
        });
        crate::leakcheck::on_alloc();
        let r = PyRef(NonNull::from(Box::leak(obj)));
        if container {
            crate::gc::track(&r, r.addr());
        }
        r
    }

    /// Allocates an object with an instance dict.
    pub fn new_with_dict(ty: &PyRef, payload: Payload, dict: PyRef) -> PyRef {
        let r = PyRef::new(ty, payload);
        r.dict.replace(Some(dict));
        r
    }

    /// Allocates an object whose type is itself (only `type`), used at bootstrap.
    pub(crate) fn new_self_typed(payload: Payload) -> PyRef {
        let obj = Box::new(PyObject {
            rc: Cell::new(IMMORTAL),
            ty: Cell::new(NonNull::dangling()),
            flags: Cell::new(0),
            gc_slot: Cell::new(crate::gc::UNTRACKED),
            dict: PyCell::new(None),
            payload,
        });
        let ptr = NonNull::from(Box::leak(obj));
        // SAFETY: ptr was just created and is valid; nobody else sees it yet.
        unsafe { ptr.as_ref().ty.set(ptr) };
        PyRef(ptr)
    }

    /// Makes this object immortal: refcount operations stop mattering.
    pub fn make_immortal(&self) {
        self.rc.set(IMMORTAL);
    }

    #[inline]
    fn incref(&self) {
        let rc = self.rc.get();
        if rc < IMMORTAL {
            self.rc.set(rc + 1);
        }
    }

    /// The object's type.
    #[inline]
    pub fn class(&self) -> &PyRef {
        // SAFETY: PyRef is repr(transparent) over NonNull<PyObject>, so a pointer to the
        // cell's content can be viewed as &PyRef. The type is kept alive by this object's
        // counted reference; it changes only via `set_class`, which callers must not
        // interleave with a live borrow (GIL-serialised, no re-entrancy in between).
        unsafe { &*(self.ty.as_ptr() as *const PyRef) }
    }

    /// `obj.__class__ = new` (layout compatibility is checked by the caller).
    pub fn set_class(&self, new: &PyRef) {
        new.incref();
        let old = self.ty.replace(new.0);
        drop(PyRef(old));
    }

    #[inline]
    pub fn is(&self, other: &PyRef) -> bool {
        self.0 == other.0
    }

    /// The address, used for `id()` and default hashes/reprs.
    #[inline]
    pub fn addr(&self) -> usize {
        self.0.as_ptr() as usize
    }

    /// A new counted reference to the object at `addr` (an address from `addr()`).
    ///
    /// # Safety
    /// The object must be alive (the weakref registry guarantees it for its entries).
    pub(crate) unsafe fn from_addr_borrowed(addr: usize) -> PyRef {
        let r = PyRef(NonNull::new_unchecked(addr as *mut PyObject));
        r.incref();
        r
    }

    /// A reference to the object at `addr` that was *not* counted: the caller must
    /// never drop it (wrap it in `ManuallyDrop`).
    ///
    /// # Safety
    /// The object must be alive while the reference is used.
    pub(crate) unsafe fn from_addr_unowned(addr: usize) -> PyRef {
        PyRef(NonNull::new_unchecked(addr as *mut PyObject))
    }

    pub fn refcount(&self) -> usize {
        self.rc.get()
    }

    pub fn is_immortal(&self) -> bool {
        self.rc.get() >= IMMORTAL
    }

    /// Is the object's type exactly `ty` (no subclass)?
    #[inline]
    pub fn is_exact(&self, ty: &PyRef) -> bool {
        self.class().is(ty)
    }
}

impl Clone for PyRef {
    #[inline]
    fn clone(&self) -> Self {
        self.incref();
        PyRef(self.0)
    }
}

impl Drop for PyRef {
    #[inline]
    fn drop(&mut self) {
        let rc = self.rc.get();
        if rc >= IMMORTAL {
            return;
        }
        if rc == 1 {
            crate::dealloc::dealloc(PyRef(self.0));
        } else {
            self.rc.set(rc - 1);
        }
    }
}

impl std::ops::Deref for PyRef {
    type Target = PyObject;
    #[inline]
    fn deref(&self) -> &PyObject {
        // SAFETY: a live PyRef keeps its object allocated (refcount >= 1).
        unsafe { self.0.as_ref() }
    }
}

impl std::fmt::Debug for PyRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<PyRef {:#x} {}>", self.addr(), self.payload.kind_name())
    }
}

impl PyRef {
    /// Frees the object. Called by dealloc with the last reference (refcount 1).
    ///
    /// The payload is dropped here, which may recursively drop children.
    pub(crate) fn free(self) {
        let ptr = self.0;
        std::mem::forget(self);
        crate::leakcheck::on_free();
        // SAFETY: the object is alive until the Box is dropped below.
        crate::gc::untrack(unsafe { ptr.as_ref() });
        // SAFETY: this was the last reference; the Box was created in `new`.
        let mut obj = unsafe { Box::from_raw(ptr.as_ptr()) };
        // CPython releases list and tuple items last to first; finalizers and weakref
        // callbacks observe that order.
        match &mut obj.payload {
            Payload::List(l) => {
                let items = l.get_mut();
                while let Some(x) = items.pop() {
                    drop(x);
                }
            }
            Payload::Tuple(t) if t.len() > 1 => {
                let mut items = std::mem::take(t).into_vec();
                while let Some(x) = items.pop() {
                    drop(x);
                }
            }
            _ => {}
        }
        let ty = PyRef(obj.ty.get());
        drop(obj);
        drop(ty);
    }
}

/// A class method / static method wrapper, and similar one-field descriptors.
pub struct Wrapped(pub PyRef);

/// `property` objects.
pub struct PropertyData {
    pub fget: PyCell<Option<PyRef>>,
    pub fset: PyCell<Option<PyRef>>,
    pub fdel: PyCell<Option<PyRef>>,
    pub doc: PyCell<Option<PyRef>>,
    pub name: PyCell<Option<PyRef>>,
}

/// Built-in functions and methods.
pub struct BuiltinData {
    pub name: &'static str,
    pub func: NativeFn,
    /// Bound receiver (for `[].append`) or the module (for module functions: unused).
    pub self_: Option<PyRef>,
    /// For method descriptors: the type that defines the method.
    pub owner: Option<PyRef>,
    pub kind: BuiltinKind,
    pub doc: Option<&'static str>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuiltinKind {
    /// A plain function (module level); `self_` unused.
    Function,
    /// A method descriptor in a type's dict: binds `self` on attribute access.
    Method,
    /// A classmethod of a builtin type (e.g. `dict.fromkeys`): binds the class.
    ClassMethod,
    /// A staticmethod of a builtin type (e.g. `str.maketrans`).
    StaticMethod,
}

/// `range` objects (i64 bounds; bignum ranges are not supported yet).
#[derive(Clone, Copy)]
pub struct RangeData {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeData {
    pub fn len(&self) -> i64 {
        let RangeData { start, stop, step } = *self;
        if step > 0 && start < stop {
            ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
        } else if step < 0 && start > stop {
            ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
        } else {
            0
        }
    }

    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

/// Code objects wrapped for the VM: the compiled code plus its constants turned into objects.
pub struct CodeData {
    pub code: std::sync::Arc<ferrython_bytecode::CodeObject>,
    pub consts: Box<[PyRef]>,
    /// Interned name objects for `code.names`.
    pub names: Box<[PyRef]>,
    /// One inline-cache entry per instruction (eval/inline_cache.rs).
    pub ic: crate::eval::inline_cache::Cache,
}

/// Member descriptors for `__slots__` entries.
pub struct MemberData {
    pub name: PyRef,
    pub index: usize,
    pub owner: PyRef,
}

/// Getter/setter descriptors for attributes of builtin types (`function.__name__` …).
pub struct GetSetData {
    pub name: &'static str,
    pub owner: PyRef,
    pub get: fn(&mut crate::Vm, &PyRef) -> crate::PyResult,
    pub set: Option<fn(&mut crate::Vm, &PyRef, Option<PyRef>) -> crate::PyResult<()>>,
}

/// Objects defined by native modules that need a payload of their own (locks, threads…).
pub trait NativeObject: std::any::Any {
    fn as_any(&self) -> &dyn std::any::Any;
}

/// What an object holds, by kind. The type pointer in the header says which Python
/// type it is (a subclass of `list` still holds a `List` payload).
pub enum Payload {
    /// The stack marker for "no self" in calls; never visible to Python code.
    Null,
    None,
    NotImplemented,
    Ellipsis,
    /// Plain `object()` instances and instances of user classes with no builtin base;
    /// holds the `__slots__` values.
    Instance(Box<[PyCell<Option<PyRef>>]>),
    /// `int` (and `bool`, whose objects are `Int(0)`/`Int(1)` of type bool) fitting i64.
    Int(i64),
    /// `int` outside the i64 range (always normalised: never fits i64).
    BigInt(Box<BigInt>),
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    Tuple(Box<[PyRef]>),
    List(RefCell<Vec<PyRef>>),
    /// Boxed to keep every object small (DictData is ~90 bytes).
    Dict(Box<RefCell<DictData>>),
    Set(Box<RefCell<SetData>>),
    FrozenSet(Box<RefCell<SetData>>),
    Range(RangeData),
    Slice(Box<[PyRef; 3]>),
    Type(Box<TypeData>),
    Module(PyRef),
    Function(Box<FunctionData>),
    Builtin(Box<BuiltinData>),
    /// A bound method: (function, self).
    Method(Box<(PyRef, PyRef)>),
    ClassMethod(Wrapped),
    StaticMethod(Wrapped),
    Property(Box<PropertyData>),
    Member(Box<MemberData>),
    GetSet(Box<GetSetData>),
    Code(Box<CodeData>),
    Cell(PyCell<Option<PyRef>>),
    Generator(Box<GenData>),
    Exception(Box<RefCell<ExcData>>),
    Traceback(Box<crate::traceback::TracebackData>),
    /// Boxed: iterator states are large and iterators are short-lived.
    Iterator(Box<RefCell<IterState>>),
    /// `super(type, obj)`: (type, obj, obj's type for lookups).
    Super(Box<(PyRef, PyRef, PyRef)>),
    /// `mappingproxy` over a dict.
    MappingProxy(PyRef),
    /// `dict_keys` / `dict_values` / `dict_items` views over a dict.
    DictView(Box<(PyRef, crate::objects::iter::DictIterKind)>),
    Native(Box<dyn NativeObject>),
}

impl Payload {
    pub fn kind_name(&self) -> &'static str {
        match self {
            Payload::Null => "NULL",
            Payload::None => "None",
            Payload::NotImplemented => "NotImplemented",
            Payload::Ellipsis => "Ellipsis",
            Payload::Instance(_) => "instance",
            Payload::Int(_) => "int",
            Payload::BigInt(_) => "bigint",
            Payload::Float(_) => "float",
            Payload::Complex(..) => "complex",
            Payload::Str(_) => "str",
            Payload::Bytes(_) => "bytes",
            Payload::ByteArray(_) => "bytearray",
            Payload::Tuple(_) => "tuple",
            Payload::List(_) => "list",
            Payload::Dict(_) => "dict",
            Payload::Set(_) => "set",
            Payload::FrozenSet(_) => "frozenset",
            Payload::Range(_) => "range",
            Payload::Slice(_) => "slice",
            Payload::Type(_) => "type",
            Payload::Module(_) => "module",
            Payload::Function(_) => "function",
            Payload::Builtin(_) => "builtin",
            Payload::Method(_) => "method",
            Payload::ClassMethod(_) => "classmethod",
            Payload::StaticMethod(_) => "staticmethod",
            Payload::Property(_) => "property",
            Payload::Member(_) => "member",
            Payload::GetSet(_) => "getset",
            Payload::Code(_) => "code",
            Payload::Cell(_) => "cell",
            Payload::Generator(_) => "generator",
            Payload::Exception(_) => "exception",
            Payload::Traceback(_) => "traceback",
            Payload::Iterator(_) => "iterator",
            Payload::Super(_) => "super",
            Payload::MappingProxy(_) => "mappingproxy",
            Payload::DictView(_) => "dict_view",
            Payload::Native(_) => "native",
        }
    }
}

/// Convenience accessors used all over the VM.
impl PyObject {
    /// The raw refcount (the cycle collector's starting point).
    pub(crate) fn refcount_raw(&self) -> usize {
        self.rc.get()
    }

    #[inline]
    pub fn as_str(&self) -> Option<&PyStr> {
        match &self.payload {
            Payload::Str(s) => Some(s),
            _ => None,
        }
    }

    #[inline]
    pub fn as_type(&self) -> Option<&TypeData> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }

    #[inline]
    pub fn as_tuple(&self) -> Option<&[PyRef]> {
        match &self.payload {
            Payload::Tuple(t) => Some(t),
            _ => None,
        }
    }

    #[inline]
    pub fn as_dict(&self) -> Option<&RefCell<DictData>> {
        match &self.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }

    #[inline]
    pub fn as_list(&self) -> Option<&RefCell<Vec<PyRef>>> {
        match &self.payload {
            Payload::List(l) => Some(l),
            _ => None,
        }
    }

    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self.payload, Payload::Null)
    }
}

#[cfg(test)]
mod size_tests {
    /// Objects stay small: every int, float and str pays for the header + payload.
    #[test]
    fn object_header_and_payload_stay_small() {
        assert!(std::mem::size_of::<super::Payload>() <= 40);
        assert!(std::mem::size_of::<super::PyObject>() <= 72);
    }
}
