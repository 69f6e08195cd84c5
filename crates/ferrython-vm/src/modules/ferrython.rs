//! `_ferrython`: hooks our lib/ modules use to look like the C modules they stand in
//! for. Not a CPython module; nothing outside lib/ should import it.

use crate::object::PyRef;
use crate::{PyResult, Vm};

/// `set_type_name(cls, name)`: the name error messages give `cls` (CPython's C types
/// carry their module: 'datetime.date'), leaving `__name__` as it is.
fn set_type_name(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("set_type_name", a, k, 2)?;
    let Some(t) = a[0].as_type() else {
        return Err(vm.new_type_error("set_type_name() argument 1 must be a type"));
    };
    let Some(name) = a[1].as_str().map(|s| s.as_str().to_string()) else {
        return Err(vm.new_type_error("set_type_name() argument 2 must be str"));
    };
    *t.tp_name.borrow_mut() = Some(name);
    Ok(vm.none())
}

pub fn make(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("_ferrython");
    let d = vm.module_dict(&m);
    let b = vm.new_builtin("set_type_name", set_type_name);
    crate::objects::dict::set_str(vm, &d, "set_type_name", b);
    m
}
