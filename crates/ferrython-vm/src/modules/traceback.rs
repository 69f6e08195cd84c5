//! `_traceback`: the interpreter's own traceback formatter, for lib/traceback.py
//! (the same text the interpreter prints for an uncaught exception).

use crate::object::{Payload, PyRef};
use crate::{PyResult, Vm};

/// `format_exception(exc)`: the full report, chained exceptions included.
fn format_exception(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("format_exception", a, k, 1)?;
    if !crate::exceptions::is_exception_instance(&a[0]) {
        return Err(vm.new_type_error("format_exception() argument must be an exception"));
    }
    let s = crate::traceback::format_exception(vm, &a[0]);
    Ok(vm.new_str(s))
}

/// `format_exception_only(exc)`: the last line(s): "Type: message" (and SyntaxError's
/// source line and caret).
fn format_exception_only(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("format_exception_only", a, k, 1)?;
    if !crate::exceptions::is_exception_instance(&a[0]) {
        return Err(vm.new_type_error("format_exception_only() argument must be an exception"));
    }
    let s = crate::traceback::format_exception_only(vm, &a[0]);
    Ok(vm.new_str(s))
}

/// `format_tb(tb)`: the "File ..., line ..., in ..." entries of a traceback.
fn format_tb(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("format_tb", a, k, 1)?;
    let tb = match &a[0].payload {
        Payload::Traceback(_) => Some(a[0].clone()),
        Payload::None => None,
        _ => return Err(vm.new_type_error("format_tb() argument must be a traceback or None")),
    };
    let s = crate::traceback::format_tb(vm, tb);
    Ok(vm.new_str(s))
}

pub fn make(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("_traceback");
    let d = vm.module_dict(&m);
    let fns: &[(&'static str, crate::object::NativeFn)] =
        &[("format_exception", format_exception), ("format_exception_only", format_exception_only), ("format_tb", format_tb)];
    for (n, f) in fns {
        let b = vm.new_builtin(n, *f);
        crate::objects::dict::set_str(vm, &d, n, b);
    }
    m
}
