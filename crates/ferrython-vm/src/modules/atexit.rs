//! The `atexit` module: functions run when the interpreter exits normally, newest
//! first, after non-daemon threads were joined. CPython: Modules/atexitmodule.c.

use crate::object::PyRef;
use crate::{PyResult, Vm};

/// A registered call: function, positional arguments + keyword values, keyword names.
pub struct ExitCall {
    func: PyRef,
    args: Vec<PyRef>,
    kwnames: Vec<PyRef>,
}

fn register(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let npos = a.len() - k.len();
    if npos == 0 {
        return Err(vm.new_type_error("register() takes at least 1 argument (0 given)"));
    }
    let func = a[0].clone();
    if !crate::builtins::core::is_callable(vm, &func) {
        return Err(vm.new_type_error("the first argument must be callable"));
    }
    vm.interp.atexit.borrow_mut().push(ExitCall { func: func.clone(), args: a[1..].to_vec(), kwnames: k.to_vec() });
    Ok(func)
}

fn unregister(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("unregister", a, k, 1)?;
    let calls: Vec<PyRef> = vm.interp.atexit.borrow().iter().map(|c| c.func.clone()).collect();
    let mut keep = Vec::with_capacity(calls.len());
    for f in &calls {
        keep.push(!vm.eq(f, &a[0])?);
    }
    let mut i = 0;
    vm.interp.atexit.borrow_mut().retain(|_| {
        i += 1;
        keep[i - 1]
    });
    Ok(vm.none())
}

fn run_exitfuncs(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("_run_exitfuncs", a, k, 0)?;
    run(vm);
    Ok(vm.none())
}

fn clear(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("_clear", a, k, 0)?;
    let old = std::mem::take(&mut *vm.interp.atexit.borrow_mut());
    drop(old);
    Ok(vm.none())
}

fn ncallbacks(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("_ncallbacks", a, k, 0)?;
    let n = vm.interp.atexit.borrow().len();
    Ok(vm.new_int(n as i64))
}

/// Runs and forgets the registered functions, newest first; errors are printed as
/// CPython's "Exception ignored in atexit callback".
pub fn run(vm: &mut Vm) {
    loop {
        let Some(c) = vm.interp.atexit.borrow_mut().pop() else { break };
        if let Err(e) = vm.call(&c.func, &c.args, &c.kwnames) {
            if vm.isinstance_exc(&e, &vm.interp.exc.system_exit.clone()) {
                continue;
            }
            let desc = vm.repr_str(&c.func).unwrap_or_default();
            crate::modules::io::flush_stdout_buffer().ok();
            vm.report_unraisable(&format!("Exception ignored in atexit callback: {desc}"), &e);
        }
    }
}

pub fn make(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("atexit");
    let d = vm.module_dict(&m);
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("register", register),
        ("unregister", unregister),
        ("_run_exitfuncs", run_exitfuncs),
        ("_clear", clear),
        ("_ncallbacks", ncallbacks),
    ];
    for (n, f) in fns {
        let b = vm.new_builtin(n, *f);
        crate::objects::dict::set_str(vm, &d, n, b);
    }
    m
}
