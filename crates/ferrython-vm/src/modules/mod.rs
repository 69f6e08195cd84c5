//! Native modules, one file each, listed in one table; plus the embedded `lib/`
//! modules written in Python.

pub mod fileio;
pub mod io;
pub mod math;
pub mod sys;
pub mod thread;
pub mod time;

use crate::object::PyRef;
use crate::{PyResult, Vm};

/// (name, constructor) of every native module importable by name.
pub const NATIVE: &[(&str, fn(&mut Vm) -> PyRef)] = &[("sys", sys::make), ("time", time::make), ("_thread", thread::make), ("math", math::make)];

/// Builds native module `name` if it is one.
pub fn make_native(vm: &mut Vm, name: &str) -> PyResult<Option<PyRef>> {
    if name == "sys" {
        return Ok(vm.interp.sys.get());
    }
    Ok(NATIVE.iter().find(|(n, _)| *n == name).map(|(_, f)| f(vm)))
}

/// Python source of a module in our `lib/` tree: (source, is_package).
pub fn embedded_source(name: &str) -> Option<(&'static str, bool)> {
    crate::lib_modules::LIB.iter().find(|(n, _, _)| *n == name).map(|(_, s, p)| (*s, *p))
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
