//! Interpreter-wide state ([`Interp`], shared by all threads, used under the GIL) and the
//! per-thread state ([`Vm`]). Holding a `&mut Vm` means holding the GIL: a `Vm` exists
//! only on a thread that owns the GIL, and `Vm::allow_threads` gives it up around
//! blocking work. CPython: Include/internal/pycore_interp.h, pycore_pystate.h.

use crate::cell::PyCell;
use crate::exceptions::{self, ExcTypes};
use crate::object::{Payload, PyRef};
use crate::objects::dict::{self, DictData};
use crate::objects::str::PyStr;
use crate::objects::typeobj::{tflags, Layout, TypeData};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

pub type PyErr = PyRef;
pub type PyResult<T = PyRef> = Result<T, PyErr>;

macro_rules! builtin_types {
    ($( $field:ident : $name:literal = $layout:ident $(, $flag:ident)* ;)*) => {
        /// Every builtin (non-exception) type, created at startup.
        pub struct Types {
            pub object: PyRef,
            pub type_: PyRef,
            $( pub $field: PyRef, )*
        }

        impl Types {
            fn build(type_: PyRef, object: PyRef, new_dict: &dyn Fn() -> PyRef) -> Types {
                $(
                    let $field = make_builtin_type(&type_, $name, &object, Layout::$layout, 0 $( | tflags::$flag )*, new_dict);
                )*
                Types { object, type_, $( $field, )* }
            }

            pub fn all(&self) -> Vec<PyRef> {
                vec![self.object.clone(), self.type_.clone(), $( self.$field.clone(), )*]
            }
        }
    };
}

builtin_types! {
    int: "int" = Int, BASETYPE;
    bool_: "bool" = Bool;
    float: "float" = Float, BASETYPE;
    complex: "complex" = Complex, BASETYPE;
    str: "str" = Str, BASETYPE;
    bytes: "bytes" = Bytes, BASETYPE;
    bytearray: "bytearray" = ByteArray, BASETYPE;
    list: "list" = List, BASETYPE;
    tuple: "tuple" = Tuple, BASETYPE;
    dict: "dict" = Dict, BASETYPE;
    set: "set" = Set, BASETYPE;
    frozenset: "frozenset" = FrozenSet, BASETYPE;
    range: "range" = Opaque;
    slice: "slice" = Opaque;
    none_type: "NoneType" = Opaque;
    not_implemented_type: "NotImplementedType" = Opaque;
    ellipsis_type: "ellipsis" = Opaque;
    null_type: "NULL" = Opaque;
    function: "function" = Opaque;
    builtin_function: "builtin_function_or_method" = Opaque;
    method_descriptor: "method_descriptor" = Opaque;
    classmethod_descriptor: "classmethod_descriptor" = Opaque;
    method: "method" = Opaque;
    classmethod: "classmethod" = Object, BASETYPE, HAS_DICT;
    staticmethod: "staticmethod" = Object, BASETYPE, HAS_DICT;
    property: "property" = Object, BASETYPE;
    member_descriptor: "member_descriptor" = Opaque;
    getset_descriptor: "getset_descriptor" = Opaque;
    code: "code" = Opaque;
    cell: "cell" = Opaque;
    generator: "generator" = Opaque;
    coroutine: "coroutine" = Opaque;
    async_generator: "async_generator" = Opaque;
    coroutine_wrapper: "coroutine_wrapper" = Opaque;
    traceback: "traceback" = Opaque;
    frame: "frame" = Opaque;
    module: "module" = Module, BASETYPE, HAS_DICT;
    super_: "super" = Opaque, BASETYPE;
    mappingproxy: "mappingproxy" = Opaque;
    dict_keys: "dict_keys" = Opaque;
    dict_values: "dict_values" = Opaque;
    dict_items: "dict_items" = Opaque;
    list_iterator: "list_iterator" = Opaque;
    list_reverseiterator: "list_reverseiterator" = Opaque;
    tuple_iterator: "tuple_iterator" = Opaque;
    str_iterator: "str_ascii_iterator" = Opaque;
    bytes_iterator: "bytes_iterator" = Opaque;
    range_iterator: "range_iterator" = Opaque;
    dict_keyiterator: "dict_keyiterator" = Opaque;
    dict_valueiterator: "dict_valueiterator" = Opaque;
    dict_itemiterator: "dict_itemiterator" = Opaque;
    set_iterator: "set_iterator" = Opaque;
    seq_iterator: "iterator" = Opaque;
    callable_iterator: "callable_iterator" = Opaque;
    enumerate: "enumerate" = Opaque, BASETYPE;
    zip: "zip" = Opaque, BASETYPE;
    map: "map" = Opaque, BASETYPE;
    filter: "filter" = Opaque, BASETYPE;
    reversed: "reversed" = Opaque, BASETYPE;
}

fn make_builtin_type(type_: &PyRef, name: &str, base: &PyRef, layout: Layout, flags: u32, new_dict: &dyn Fn() -> PyRef) -> PyRef {
    let t = PyRef::new(
        type_,
        Payload::Type(Box::new(TypeData::new(name, vec![base.clone()], new_dict(), layout, flags | tflags::IMMUTABLE))),
    );
    let mut mro = vec![t.clone()];
    mro.extend(base.as_type().unwrap().mro.borrow().iter().cloned());
    *t.as_type().unwrap().mro.borrow_mut() = mro;
    t.make_immortal();
    t
}

/// Interpreter-wide state. Shared by every thread; all of it is used under the GIL.
pub struct Interp {
    pub types: Types,
    pub exc: ExcTypes,
    pub none: PyRef,
    pub true_: PyRef,
    pub false_: PyRef,
    pub not_implemented: PyRef,
    pub ellipsis: PyRef,
    pub null: PyRef,
    pub empty_tuple: PyRef,
    pub empty_str: PyRef,
    /// The shared bytes objects: one per byte value, then b"" (as CPython caches them).
    pub byte_singletons: Vec<PyRef>,
    /// -5..=256, the small-int cache.
    small_ints: Vec<PyRef>,
    interned: RefCell<HashMap<Box<str>, PyRef>>,
    /// The `builtins` module and its dict.
    pub builtins: PyCell<Option<PyRef>>,
    pub builtins_dict: PyRef,
    /// `sys.modules`.
    pub modules: PyRef,
    /// `sys` module, once created.
    pub sys: PyCell<Option<PyRef>>,
    /// `_thread.LockType`, created with the `_thread` module.
    pub thread_lock_type: PyCell<Option<PyRef>>,
    /// `weakref.ReferenceType`, created with the `_weakref` module.
    pub weakref_type: PyCell<Option<PyRef>>,
    /// `memoryview`, created at startup by the builtins module.
    pub memoryview_type: PyCell<Option<PyRef>>,
    /// The `open()` file types (TextIOWrapper, BufferedReader/Writer/Random).
    pub file_types: RefCell<[Option<PyRef>; 4]>,
    /// async_generator_asend / async_generator_athrow types.
    pub async_gen_step_types: RefCell<[Option<PyRef>; 2]>,
    pub recursion_limit: Cell<usize>,
    pub gil: crate::gil::Gil,
    /// Per-process configuration from the command line.
    pub config: RefCell<crate::Config>,
    /// Main thread's id (for `threading.main_thread`, signals).
    pub main_thread: Cell<u64>,
    /// Source text of compiled files, for tracebacks (filename → text).
    pub sources: RefCell<HashMap<String, std::sync::Arc<str>>>,
    /// Counter for `Thread-N` names and similar.
    pub counters: RefCell<HashMap<&'static str, u64>>,
    /// Names of modules whose code is running (for the circular-import message).
    pub initializing: RefCell<Vec<String>>,
    /// The import system's Python half, once bootstrapped (import.rs).
    pub import_state: RefCell<Option<crate::import::ImportState>>,
    /// Functions registered with `atexit.register`.
    pub atexit: RefCell<Vec<crate::modules::atexit::ExitCall>>,
}

// SAFETY: every field is only touched by the thread holding the GIL.
unsafe impl Sync for Interp {}
unsafe impl Send for Interp {}

/// Per-thread interpreter state. Owning a `&mut Vm` implies holding the GIL.
pub struct Vm {
    pub interp: &'static Interp,
    /// Native + Python call depth, checked against the recursion limit.
    pub depth: usize,
    /// The exception being handled (`sys.exc_info()`), if any.
    pub exc_info: Option<PyRef>,
    /// The frames being executed by this thread, innermost last (for tracebacks,
    /// `sys._getframe`, zero-argument `super`).
    pub frames: Vec<*const crate::eval::Frame>,
    /// Finished frames kept for reuse (saves four allocations per call).
    pub frame_pool: Vec<Box<crate::eval::Frame>>,
    /// Set by YIELD_VALUE: whether the last yield was an async generator's own
    /// (value-producing) yield rather than an `await` passing through.
    pub last_yield_wrapped: bool,
    pub thread_id: u64,
    /// `sys.setprofile` function of this thread.
    pub profile: Option<PyRef>,
    /// A profile function is running (its own calls are not reported).
    pub in_profile: bool,
}

// SAFETY: a Vm moves to its thread at creation and stays there.
unsafe impl Send for Vm {}

impl Interp {
    /// Creates the interpreter: types, exceptions, singletons, builtins, sys.
    pub fn new(config: crate::Config) -> &'static Interp {
        crate::hash::init(config.hash_seed);
        // Bootstrap `type` and `object` by hand: `type` is its own type.
        let raw_dict = || PyRef::new_self_typed(Payload::Dict(Box::new(RefCell::new(DictData::new()))));
        let type_ = PyRef::new_self_typed(Payload::Type(Box::new(TypeData::new(
            "type",
            vec![],
            raw_dict(),
            Layout::Type,
            tflags::BASETYPE | tflags::IMMUTABLE,
        ))));
        let object = PyRef::new(
            &type_,
            Payload::Type(Box::new(TypeData::new("object", vec![], raw_dict(), Layout::Object, tflags::BASETYPE | tflags::IMMUTABLE))),
        );
        object.make_immortal();
        *object.as_type().unwrap().mro.borrow_mut() = vec![object.clone()];
        *type_.as_type().unwrap().bases.borrow_mut() = vec![object.clone()];
        *type_.as_type().unwrap().mro.borrow_mut() = vec![type_.clone(), object.clone()];
        // Dicts made before `dict` exists get their type fixed below.
        let pre_dicts: RefCell<Vec<PyRef>> = RefCell::new(vec![
            type_.as_type().unwrap().dict.clone(),
            object.as_type().unwrap().dict.clone(),
        ]);
        let new_dict = || {
            let d = raw_dict();
            pre_dicts.borrow_mut().push(d.clone());
            d
        };
        let types = Types::build(type_.clone(), object.clone(), &new_dict);
        // bool is the one builtin type whose base is not object.
        {
            let b = types.bool_.as_type().unwrap();
            *b.bases.borrow_mut() = vec![types.int.clone()];
            *b.mro.borrow_mut() = vec![types.bool_.clone(), types.int.clone(), object.clone()];
            types.int.as_type().unwrap().subclasses.borrow_mut().push(types.bool_.clone());
        }
        let exc = exceptions::build(&type_, &object, &new_dict);
        for d in pre_dicts.into_inner() {
            d.set_class(&types.dict);
            d.make_immortal();
        }
        let imm = |ty: &PyRef, p: Payload| {
            let o = PyRef::new(ty, p);
            o.make_immortal();
            o
        };
        let none = imm(&types.none_type, Payload::None);
        let true_ = imm(&types.bool_, Payload::Int(1));
        let false_ = imm(&types.bool_, Payload::Int(0));
        let not_implemented = imm(&types.not_implemented_type, Payload::NotImplemented);
        let ellipsis = imm(&types.ellipsis_type, Payload::Ellipsis);
        let null = imm(&types.null_type, Payload::Null);
        let empty_tuple = imm(&types.tuple, Payload::Tuple(Box::new([])));
        let empty_str = imm(&types.str, Payload::Str(PyStr::new("")));
        let small_ints = (-5..=256).map(|i| imm(&types.int, Payload::Int(i))).collect();
        let byte_singletons = (0..=256u32)
            .map(|i| imm(&types.bytes, Payload::Bytes(if i < 256 { Box::new([i as u8]) } else { Box::new([]) })))
            .collect();
        let builtins_dict = imm(&types.dict, Payload::Dict(Box::new(RefCell::new(DictData::new()))));
        let modules = imm(&types.dict, Payload::Dict(Box::new(RefCell::new(DictData::new()))));
        let interp = Box::leak(Box::new(Interp {
            types,
            exc,
            none,
            true_,
            false_,
            not_implemented,
            ellipsis,
            null,
            empty_tuple,
            empty_str,
            byte_singletons,
            small_ints,
            interned: RefCell::new(HashMap::new()),
            builtins: PyCell::new(None),
            builtins_dict,
            modules,
            sys: PyCell::new(None),
            thread_lock_type: PyCell::new(None),
            weakref_type: PyCell::new(None),
            memoryview_type: PyCell::new(None),
            file_types: RefCell::new([None, None, None, None]),
            async_gen_step_types: RefCell::new([None, None]),
            recursion_limit: Cell::new(1000),
            gil: crate::gil::Gil::new(),
            config: RefCell::new(config),
            main_thread: Cell::new(0),
            sources: RefCell::new(HashMap::new()),
            counters: RefCell::new(HashMap::new()),
            atexit: RefCell::new(Vec::new()),
            import_state: RefCell::new(None),
            initializing: RefCell::new(Vec::new()),
        }));
        interp
    }
}

impl Vm {
    /// A thread state for the calling thread; the caller must hold the GIL.
    pub fn new(interp: &'static Interp) -> Vm {
        Vm { interp, depth: 0, exc_info: None, frames: Vec::new(), frame_pool: Vec::new(), last_yield_wrapped: false, thread_id: crate::gil::current_thread_id(), profile: None, in_profile: false }
    }

    #[inline]
    pub fn none(&self) -> PyRef {
        self.interp.none.clone()
    }

    #[inline]
    pub fn null(&self) -> PyRef {
        self.interp.null.clone()
    }

    #[inline]
    pub fn new_bool(&self, b: bool) -> PyRef {
        if b {
            self.interp.true_.clone()
        } else {
            self.interp.false_.clone()
        }
    }

    pub fn not_implemented(&self) -> PyRef {
        self.interp.not_implemented.clone()
    }

    #[inline]
    /// MemoryError unless `bytes` more bytes can be allocated. Rust aborts the process
    /// when an allocation fails; the sites where a program chooses a size (`bytes(n)`,
    /// `s * n`) probe first so a huge request raises as in CPython.
    pub fn check_alloc(&self, bytes: usize) -> PyResult<()> {
        if bytes < (1 << 24) {
            return Ok(());
        }
        // Linux would refuse a malloc larger than RAM + swap (CPython's MemoryError),
        // but our allocator reserves address space without that check, and touching
        // the pages later gets the process killed: refuse such sizes up front.
        static LIMIT: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
        let limit = *LIMIT.get_or_init(|| {
            // SAFETY: sysconf only reads system configuration.
            let (pages, size) = unsafe { (libc::sysconf(libc::_SC_PHYS_PAGES), libc::sysconf(libc::_SC_PAGESIZE)) };
            if pages > 0 && size > 0 {
                (pages as usize).saturating_mul(size as usize).saturating_mul(2)
            } else {
                usize::MAX
            }
        });
        if bytes > limit {
            return Err(self.new_exception(&self.interp.exc.memory_error, vec![]));
        }
        match Vec::<u8>::new().try_reserve_exact(bytes) {
            Ok(()) => Ok(()),
            Err(_) => Err(self.new_exception(&self.interp.exc.memory_error, vec![])),
        }
    }

    pub fn new_int(&self, v: i64) -> PyRef {
        if (-5..=256).contains(&v) {
            return self.interp.small_ints[(v + 5) as usize].clone();
        }
        PyRef::new(&self.interp.types.int, Payload::Int(v))
    }

    /// An int from a bignum, normalised to the i64 form when it fits.
    pub fn new_bigint(&self, v: num_bigint::BigInt) -> PyRef {
        use num_traits::ToPrimitive;
        match v.to_i64() {
            Some(i) => self.new_int(i),
            None => PyRef::new(&self.interp.types.int, Payload::BigInt(Box::new(v))),
        }
    }

    pub fn new_float(&self, v: f64) -> PyRef {
        PyRef::new(&self.interp.types.float, Payload::Float(v))
    }

    pub fn new_complex(&self, re: f64, im: f64) -> PyRef {
        PyRef::new(&self.interp.types.complex, Payload::Complex(re, im))
    }

    pub fn new_str(&self, s: impl Into<Box<str>>) -> PyRef {
        let s: Box<str> = s.into();
        if s.is_empty() {
            return self.interp.empty_str.clone();
        }
        if s.len() == 1 && s.as_bytes()[0] < 128 {
            // One-character ASCII strings are shared, as in CPython.
            return self.intern(&s);
        }
        PyRef::new(&self.interp.types.str, Payload::Str(PyStr::new(s)))
    }

    /// The canonical (interned) str object for `s`.
    pub fn intern(&self, s: &str) -> PyRef {
        if let Some(o) = self.interp.interned.borrow().get(s) {
            return o.clone();
        }
        let o = PyRef::new(&self.interp.types.str, Payload::Str(PyStr::new(s)));
        o.make_immortal();
        self.interp.interned.borrow_mut().insert(s.into(), o.clone());
        o
    }

    /// Interns an existing str object (`sys.intern`): returns the canonical one.
    pub fn intern_obj(&self, s: &PyRef) -> PyRef {
        let text = s.as_str().map(|p| p.as_str().to_string()).unwrap_or_default();
        if let Some(o) = self.interp.interned.borrow().get(text.as_str()) {
            return o.clone();
        }
        s.make_immortal();
        self.interp.interned.borrow_mut().insert(text.into(), s.clone());
        s.clone()
    }

    #[inline]
    pub fn str_hash(&self, s: &str) -> i64 {
        crate::hash::hash_str(s)
    }

    pub fn new_bytes(&self, b: impl Into<Box<[u8]>>) -> PyRef {
        let b: Box<[u8]> = b.into();
        match b.len() {
            0 => self.interp.byte_singletons[256].clone(),
            1 => self.interp.byte_singletons[b[0] as usize].clone(),
            _ => PyRef::new(&self.interp.types.bytes, Payload::Bytes(b)),
        }
    }

    pub fn new_tuple(&self, items: Vec<PyRef>) -> PyRef {
        if items.is_empty() {
            return self.interp.empty_tuple.clone();
        }
        PyRef::new(&self.interp.types.tuple, Payload::Tuple(items.into_boxed_slice()))
    }

    pub fn new_list(&self, items: Vec<PyRef>) -> PyRef {
        PyRef::new(&self.interp.types.list, Payload::List(RefCell::new(items)))
    }

    pub fn new_dict(&self) -> PyRef {
        PyRef::new(&self.interp.types.dict, Payload::Dict(Box::new(RefCell::new(DictData::new()))))
    }

    pub fn new_set(&self) -> PyRef {
        PyRef::new(&self.interp.types.set, Payload::Set(Box::new(RefCell::new(DictData::new()))))
    }

    /// A builtin function object.
    pub fn new_builtin(&self, name: &'static str, func: crate::object::NativeFn) -> PyRef {
        PyRef::new(
            &self.interp.types.builtin_function,
            Payload::Builtin(Box::new(crate::object::BuiltinData {
                name,
                func,
                self_: None,
                owner: None,
                kind: crate::object::BuiltinKind::Function,
                doc: None,
            })),
        )
    }

    /// The name of a module object.
    pub fn module_name(&self, m: &PyRef) -> Option<String> {
        if let Payload::Module(d) = &m.payload {
            return dict::get_str(self, d, "__name__").and_then(|n| n.as_str().map(|s| s.as_str().to_string()));
        }
        None
    }

    /// Next value of a named counter (thread names, task names…), starting at 1.
    pub fn next_counter(&self, name: &'static str) -> u64 {
        let mut c = self.interp.counters.borrow_mut();
        let v = c.entry(name).or_insert(0);
        *v += 1;
        *v
    }

    /// Raises an exception value: `Err(exc)`, for `?`-friendly call sites.
    pub fn err<T>(&self, e: PyRef) -> PyResult<T> {
        Err(e)
    }

    pub fn exc_types(&self) -> &ExcTypes {
        &self.interp.exc
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        self.exc_info = None;
    }
}
