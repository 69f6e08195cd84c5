//! The `_imp` module: what the Python half of the import system
//! (lib/importlib/_bootstrap.py) asks the interpreter. CPython: Python/import.c.

use crate::object::PyRef;
use crate::{PyResult, Vm};

fn name_arg(vm: &mut Vm, fname: &str, a: &[PyRef], k: &[PyRef]) -> PyResult<String> {
    vm.exact_args(fname, a, k, 1)?;
    Ok(vm.expect_str(&a[0], fname)?.to_string())
}

fn is_builtin(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let n = name_arg(vm, "is_builtin", a, k)?;
    let found = n == "sys" || crate::modules::NATIVE.iter().any(|(m, _)| *m == n);
    Ok(vm.new_int(found as i64))
}

fn create_builtin(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("create_builtin", a, k, 1)?;
    let name = vm.getattr_str(&a[0], "name")?;
    let name = vm.expect_str(&name, "create_builtin")?.to_string();
    if let Some(m) = vm.sys_modules_get(&name) {
        return Ok(m);
    }
    match crate::modules::make_native(vm, &name)? {
        Some(m) => Ok(m),
        None => Err(vm.new_import_error(format!("no built-in module named {name}"), Some(&name))),
    }
}

fn is_frozen(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let n = name_arg(vm, "is_frozen", a, k)?;
    Ok(vm.new_bool(crate::modules::embedded_source(&n).is_some()))
}

fn is_frozen_package(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let n = name_arg(vm, "is_frozen_package", a, k)?;
    Ok(vm.new_bool(crate::modules::embedded_source(&n).is_some_and(|(_, pkg)| pkg)))
}

/// The source of an embedded `lib/` module (ours; CPython freezes code objects).
fn get_frozen_source(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let n = name_arg(vm, "get_frozen_source", a, k)?;
    match crate::modules::embedded_source(&n) {
        Some((src, _)) => Ok(vm.new_str(src)),
        None => Err(vm.new_import_error(format!("No such frozen object named '{n}'"), Some(&n))),
    }
}

fn isfile(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let p = name_arg(vm, "_isfile", a, k)?;
    Ok(vm.new_bool(std::path::Path::new(&p).is_file()))
}

fn isdir(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let p = name_arg(vm, "_isdir", a, k)?;
    Ok(vm.new_bool(std::path::Path::new(&p).is_dir()))
}

fn extension_suffixes(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("extension_suffixes", a, k, 0)?;
    Ok(vm.new_list(Vec::new()))
}

fn lock_noop(vm: &mut Vm, _a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(vm.none())
}

fn lock_held(vm: &mut Vm, _a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(vm.new_bool(false))
}

pub fn make(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("_imp");
    let d = vm.module_dict(&m);
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("is_builtin", is_builtin),
        ("create_builtin", create_builtin),
        ("is_frozen", is_frozen),
        ("is_frozen_package", is_frozen_package),
        ("get_frozen_source", get_frozen_source),
        ("_isfile", isfile),
        ("_isdir", isdir),
        ("extension_suffixes", extension_suffixes),
        ("acquire_lock", lock_noop),
        ("release_lock", lock_noop),
        ("lock_held", lock_held),
    ];
    for (n, f) in fns {
        let b = vm.new_builtin(n, *f);
        crate::objects::dict::set_str(vm, &d, n, b);
    }
    m
}
