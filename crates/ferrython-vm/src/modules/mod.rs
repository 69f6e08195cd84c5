//! Native modules, one file each, listed in one table; plus the embedded `lib/`
//! modules written in Python.

pub mod atexit;
pub mod ferrython;
pub mod fileio;
pub mod gc;
pub mod imp;
pub mod io;
pub mod math;
pub mod posix;
pub mod process;
pub mod sys;
pub mod thread;
pub mod time;
pub mod traceback;

use crate::object::PyRef;
use crate::{PyResult, Vm};

/// (name, constructor) of every native module importable by name.
pub const NATIVE: &[(&str, fn(&mut Vm) -> PyRef)] = &[("sys", sys::make), ("time", time::make), ("_thread", thread::make), ("math", math::make), ("posix", posix::make), ("_weakref", crate::objects::weakref::make_module), ("atexit", atexit::make), ("_imp", imp::make), ("gc", gc::make), ("_traceback", traceback::make), ("_ferrython", ferrython::make)];

/// Builds native module `name` if it is one.
pub fn make_native(vm: &mut Vm, name: &str) -> PyResult<Option<PyRef>> {
    if name == "sys" {
        return Ok(vm.interp.sys.get());
    }
    Ok(NATIVE.iter().find(|(n, _)| *n == name).map(|(_, f)| f(vm)))
}

/// Python source of a module in our `lib/` tree: (source, is_package).
///
/// For development, `FERRYTHON_LIB_DIR=lib` reads the tree from disk instead of the
/// copy embedded at build time, so lib/ edits need no rebuild.
pub fn embedded_source(name: &str) -> Option<(&'static str, bool)> {
    if let Some(dir) = lib_dir_override() {
        return disk_source(dir, name);
    }
    crate::lib_modules::LIB.iter().find(|(n, _, _)| *n == name).map(|(_, s, p)| (*s, *p))
}

fn lib_dir_override() -> Option<&'static std::path::Path> {
    static DIR: std::sync::OnceLock<Option<std::path::PathBuf>> = std::sync::OnceLock::new();
    DIR.get_or_init(|| std::env::var_os("FERRYTHON_LIB_DIR").map(Into::into)).as_deref()
}

fn disk_source(dir: &std::path::Path, name: &str) -> Option<(&'static str, bool)> {
    use std::collections::HashMap;
    use std::sync::Mutex;
    // Sources are leaked once per module name, like the embedded ones are static.
    static CACHE: Mutex<Option<HashMap<String, Option<(&'static str, bool)>>>> = Mutex::new(None);
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    let cache = cache.get_or_insert_with(HashMap::new);
    if let Some(hit) = cache.get(name) {
        return *hit;
    }
    let base = dir.join(name.replace('.', "/"));
    let found = std::fs::read_to_string(base.join("__init__.py"))
        .map(|s| (s, true))
        .or_else(|_| std::fs::read_to_string(base.with_extension("py")).map(|s| (s, false)))
        .ok()
        .map(|(s, pkg)| (&*Box::leak(s.into_boxed_str()), pkg));
    cache.insert(name.to_string(), found);
    found
}

/// A `types.SimpleNamespace`-like object (plain instance with attributes).
pub fn simple_namespace(vm: &mut Vm, items: &[(&str, &str)]) -> PyRef {
    let o = crate::objects::object_type::new_instance(vm, &vm.interp.types.object.clone());
    let d = vm.new_dict();
    for (k, v) in items {
        let v = vm.new_str(*v);
        crate::objects::dict::set_str(vm, &d, k, v);
    }
    o.dict.set(Some(d));
    o
}

/// A struct sequence (`sys.version_info`, `sys.float_info`): a tuple subclass whose
/// items are also named attributes, printed as `name(field=value, ...)`.
pub fn struct_seq(vm: &mut Vm, qualname: &'static str, fields: &[&str], values: Vec<PyRef>) -> PyRef {
    let ty = struct_seq_type(vm, qualname, fields);
    struct_seq_new(&ty, values)
}

/// The type of a struct sequence, for modules that make many instances
/// (`time.struct_time`). Called with a sequence it builds an instance (tuple's `__new__`).
pub fn struct_seq_type(vm: &mut Vm, qualname: &'static str, fields: &[&str]) -> PyRef {
    use crate::object::Payload;
    use crate::objects::typeobj::{self, Layout, TypeData};
    let ns = vm.new_dict();
    let (module, name) = qualname.rsplit_once('.').unwrap_or(("builtins", qualname));
    let ty = PyRef::new(
        &vm.interp.types.type_,
        Payload::Type(Box::new(TypeData::new(name, vec![vm.interp.types.tuple.clone()], ns, Layout::Opaque, typeobj::tflags::HEAPTYPE | typeobj::tflags::IMMUTABLE))),
    );
    let _ = typeobj::finish_type(vm, &ty);
    let m = vm.new_str(module);
    typeobj::set_attr_raw(vm, &ty, "__module__", m);
    let names: Vec<PyRef> = fields.iter().map(|f| vm.new_str(*f)).collect();
    let ft = vm.new_tuple(names);
    typeobj::set_attr_raw(vm, &ty, "_fields", ft);
    vm.add_method(&ty, "__getattr__", struct_seq_getattr);
    vm.add_method(&ty, "__repr__", struct_seq_repr);
    ty
}

/// An instance of a struct sequence type.
pub fn struct_seq_new(ty: &PyRef, values: Vec<PyRef>) -> PyRef {
    PyRef::new(ty, crate::object::Payload::Tuple(values.into_boxed_slice()))
}

fn struct_seq_fields(vm: &mut Vm, o: &PyRef) -> Vec<String> {
    let f = crate::objects::typeobj::lookup(vm, o.class(), "_fields");
    f.map(|t| vm.seq_items(&t).iter().filter_map(|x| x.as_str().map(|s| s.as_str().to_string())).collect()).unwrap_or_default()
}

fn struct_seq_getattr(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let name = a[1].as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
    let fields = struct_seq_fields(vm, &a[0]);
    match fields.iter().position(|f| *f == name) {
        Some(i) => Ok(vm.seq_items(&a[0])[i].clone()),
        None => Err(vm.new_attribute_error(&a[0], &name, format!(
            "'{}' object has no attribute '{name}'",
            crate::objects::typeobj::obj_type_name(&a[0])
        ))),
    }
}

fn struct_seq_repr(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let fields = struct_seq_fields(vm, &a[0]);
    let items = vm.seq_items(&a[0]);
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(items.iter()) {
        parts.push(format!("{f}={}", vm.repr_str(v)?));
    }
    let module = crate::objects::typeobj::lookup(vm, a[0].class(), "__module__")
        .and_then(|m| m.as_str().map(|s| s.as_str().to_string()))
        .unwrap_or_default();
    let name = crate::objects::typeobj::obj_type_name(&a[0]);
    Ok(vm.new_str(format!("{module}.{name}({})", parts.join(", "))))
}
