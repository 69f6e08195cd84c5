//! The `time` module (clocks and sleep; `sleep` releases the GIL).
//! CPython: Modules/timemodule.c.

use crate::object::PyRef;
use crate::objects::float::as_f64;
use crate::{PyResult, Vm};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();

fn mono_ns() -> i64 {
    START.get_or_init(Instant::now).elapsed().as_nanos() as i64 + 1_000_000_000
}

fn wall_ns() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as i64).unwrap_or(0)
}

fn time_(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("time", a, k, 0)?;
    Ok(vm.new_float(wall_ns() as f64 / 1e9))
}
fn time_ns(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("time_ns", a, k, 0)?;
    Ok(vm.new_int(wall_ns()))
}
fn monotonic(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("monotonic", a, k, 0)?;
    Ok(vm.new_float(mono_ns() as f64 / 1e9))
}
fn monotonic_ns(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("monotonic_ns", a, k, 0)?;
    Ok(vm.new_int(mono_ns()))
}
fn process_time(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("process_time", a, k, 0)?;
    Ok(vm.new_float(mono_ns() as f64 / 1e9))
}

fn sleep(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("sleep", a, k, 1)?;
    let secs = match as_f64(vm, &a[0])? {
        Some(s) => s,
        None => {
            return Err(vm.new_type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::objects::typeobj::obj_type_name(&a[0])
            )))
        }
    };
    if secs < 0.0 {
        return Err(vm.new_value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() {
        return Err(vm.new_overflow_error("sleep length is too large"));
    }
    crate::modules::io::flush_stdout_buffer().ok();
    vm.allow_threads(move || std::thread::sleep(std::time::Duration::from_secs_f64(secs)));
    crate::signals::check(vm)?;
    Ok(vm.none())
}

pub fn make(vm: &mut Vm) -> PyRef {
    START.get_or_init(Instant::now);
    let m = vm.new_module("time");
    let d = vm.module_dict(&m);
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("time", time_),
        ("time_ns", time_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("process_time", process_time),
        ("sleep", sleep),
    ];
    for (n, f) in fns {
        let b = vm.new_builtin(n, *f);
        crate::objects::dict::set_str(vm, &d, n, b);
    }
    m
}
