//! The `sys` module. CPython: Python/sysmodule.c.

use crate::object::{Payload, PyRef};
use crate::objects::dict;
use crate::{PyResult, Vm};

fn exit(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.range_args("exit", a, k, 0, 1)?;
    let args = a.to_vec();
    let e = crate::builtins::exceptions::new_exception_of(vm, &vm.interp.exc.system_exit.clone(), args.clone());
    let code = args.first().cloned().unwrap_or_else(|| vm.none());
    crate::exceptions::exc_data(&e).borrow_mut().set_attr("code", code);
    Err(e)
}

fn getrecursionlimit(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("getrecursionlimit", a, k, 0)?;
    Ok(vm.new_int(vm.interp.recursion_limit.get() as i64))
}

fn setrecursionlimit(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("setrecursionlimit", a, k, 1)?;
    let n = match &a[0].payload {
        Payload::Int(n) => *n,
        _ => return Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", crate::objects::typeobj::obj_type_name(&a[0])))),
    };
    if n < 1 {
        return Err(vm.new_value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.depth {
        return Err(vm.new_exception_msg(
            &vm.interp.exc.recursion_error.clone(),
            format!("cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low", vm.depth),
        ));
    }
    vm.interp.recursion_limit.set(n as usize);
    Ok(vm.none())
}

fn getswitchinterval(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("getswitchinterval", a, k, 0)?;
    let us = vm.interp.gil.interval_us.load(std::sync::atomic::Ordering::Relaxed);
    Ok(vm.new_float(us as f64 / 1e6))
}

fn setswitchinterval(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("setswitchinterval", a, k, 1)?;
    let s = crate::objects::float::as_f64(vm, &a[0])?.ok_or_else(|| vm.new_type_error("must be real number"))?;
    if s <= 0.0 {
        return Err(vm.new_value_error("switch interval must be strictly positive"));
    }
    vm.interp.gil.interval_us.store((s * 1e6) as u64, std::sync::atomic::Ordering::Relaxed);
    Ok(vm.none())
}

fn intern(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("intern", a, k, 1)?;
    if !a[0].is_exact(&vm.interp.types.str) {
        return Err(vm.new_type_error(format!("intern() argument must be str, not {}", crate::objects::typeobj::obj_type_name(&a[0]))));
    }
    Ok(vm.intern_obj(&a[0]))
}

fn getsizeof(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    if a.len() > 2 {
        return Err(vm.new_type_error(format!("getsizeof() takes at most 2 arguments ({} given)", a.len())));
    }
    let p = vm.bind_args("getsizeof", a, k, &["object", "default"], 1)?;
    let o = p[0].as_ref().unwrap();
    let m = vm.lookup_special(o, "__sizeof__")?;
    let n = match m {
        Some(m) => {
            let r = match vm.call(&m, &[], &[]) {
                Ok(r) => r,
                Err(e) => match &p[1] {
                    Some(d) if vm.isinstance_exc(&e, &vm.interp.exc.type_error.clone()) => return Ok(d.clone()),
                    _ => return Err(e),
                },
            };
            if !matches!(r.payload, Payload::Int(_) | Payload::BigInt(_)) {
                return Err(vm.new_type_error("an integer is required"));
            }
            let n = crate::objects::int::to_i64(&r).unwrap_or(i64::MAX);
            if n < 0 {
                return Err(vm.new_value_error("__sizeof__() should return >= 0"));
            }
            n
        }
        None => crate::builtins::sizeof::basic_size(vm, o) as i64,
    };
    Ok(vm.new_int(n + crate::builtins::sizeof::getsizeof_overhead(o) as i64))
}

fn exc_info(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("exc_info", a, k, 0)?;
    match vm.exc_info.clone() {
        Some(e) => {
            let tb = crate::exceptions::exc_data(&e).borrow().traceback.clone().unwrap_or_else(|| vm.none());
            Ok(vm.new_tuple(vec![e.class().clone(), e, tb]))
        }
        None => Ok(vm.new_tuple(vec![vm.none(), vm.none(), vm.none()])),
    }
}

fn exception(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("exception", a, k, 0)?;
    Ok(vm.exc_info.clone().unwrap_or_else(|| vm.none()))
}

fn getrefcount(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("getrefcount", a, k, 1)?;
    let rc = a[0].refcount();
    Ok(vm.new_int(if a[0].is_immortal() { 4294967295 } else { rc as i64 }))
}

fn get_int_max_str_digits(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("get_int_max_str_digits", a, k, 0)?;
    Ok(vm.new_int(vm.interp.config.borrow().int_max_str_digits as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let b = vm.bind_args("set_int_max_str_digits", a, k, &["maxdigits"], 1)?;
    let n = crate::objects::int::to_i64(b[0].as_ref().unwrap()).unwrap_or(-1);
    if n != 0 && n < 640 {
        return Err(vm.new_value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.interp.config.borrow_mut().int_max_str_digits = n as usize;
    Ok(vm.none())
}

fn setprofile(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("setprofile", a, k, 1)?;
    vm.profile = if matches!(a[0].payload, Payload::None) { None } else { Some(a[0].clone()) };
    Ok(vm.none())
}

fn getprofile(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("getprofile", a, k, 0)?;
    Ok(vm.profile.clone().unwrap_or_else(|| vm.none()))
}

fn getframe(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.range_args("_getframe", a, k, 0, 1)?;
    let depth = match a.first() {
        Some(d) => vm.index_value(d)?,
        None => 0,
    };
    // The innermost frame is the caller's: native calls push no frame.
    match crate::objects::frame_object::frame_at(vm, depth.max(0) as usize)? {
        Some(f) => Ok(f),
        None => Err(vm.new_value_error("call stack is not deep enough")),
    }
}

/// `sys.excepthook(type, value, traceback)`: prints the exception to `sys.stderr`.
fn excepthook(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("excepthook", a, k, 3)?;
    if !crate::exceptions::is_exception_instance(&a[1]) {
        return Err(vm.new_type_error("TypeError: print_exception(): Exception expected for value, str found"));
    }
    crate::modules::io::flush_stdout_buffer().ok();
    let text = crate::traceback::format_exception(vm, &a[1]);
    vm.write_stderr(&text)?;
    Ok(vm.none())
}

/// `sys.getdefaultencoding()` (and the file system encoding): always UTF-8.
fn getdefaultencoding(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("getdefaultencoding", a, k, 0)?;
    Ok(vm.new_str("utf-8"))
}

/// `sys.displayhook(value)`: what the REPL does with an expression statement's value —
/// prints its repr to `sys.stdout` and keeps it in `builtins._` (None is skipped).
fn displayhook(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("displayhook", a, k, 1)?;
    let v = &a[0];
    if matches!(v.payload, crate::object::Payload::None) {
        return Ok(vm.none());
    }
    let b = vm.interp.builtins_dict.clone();
    let key = vm.intern("_");
    // `_` is cleared first, as CPython does, so a failing repr leaves no stale value.
    dict::set_item(vm, &b, key.clone(), vm.none())?;
    let r = vm.repr_str(v)?;
    vm.write_stdout(&format!("{r}\n"))?;
    dict::set_item(vm, &b, key, v.clone())?;
    Ok(vm.none())
}

pub fn make(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("sys");
    let d = vm.module_dict(&m);
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("exit", exit),
        ("getrecursionlimit", getrecursionlimit),
        ("getdefaultencoding", getdefaultencoding),
        ("getfilesystemencoding", getdefaultencoding),
        ("setrecursionlimit", setrecursionlimit),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
        ("intern", intern),
        ("getsizeof", getsizeof),
        ("exc_info", exc_info),
        ("exception", exception),
        ("getrefcount", getrefcount),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("_getframe", getframe),
        ("setprofile", setprofile),
        ("getprofile", getprofile),
        ("excepthook", excepthook),
        ("__excepthook__", excepthook),
        ("displayhook", displayhook),
        ("__displayhook__", displayhook),
    ];
    for (n, f) in fns {
        let b = vm.new_builtin(n, *f);
        dict::set_str(vm, &d, n, b);
    }
    let cfg = vm.interp.config.borrow().clone();
    let argv: Vec<PyRef> = cfg.argv.iter().map(|a| vm.new_str(a.as_str())).collect();
    let argv = vm.new_list(argv);
    dict::set_str(vm, &d, "argv", argv);
    let path: Vec<PyRef> = cfg.path.iter().map(|a| vm.new_str(a.as_str())).collect();
    let path = vm.new_list(path);
    dict::set_str(vm, &d, "path", path);
    dict::set_str(vm, &d, "modules", vm.interp.modules.clone());
    let (i, o, e) = crate::modules::io::make_std_streams(vm);
    for (n, v) in [("stdin", i), ("stdout", o), ("stderr", e)] {
        dict::set_str(vm, &d, n, v.clone());
        dict::set_str(vm, &d, &format!("__{n}__"), v);
    }
    let hi: Vec<PyRef> = vec![
        vm.new_int(64),
        vm.new_int((1i64 << 61) - 1),
        vm.new_int(314159),
        vm.new_int(0),
        vm.new_int(1000003),
        vm.new_str("siphash13"),
        vm.new_int(64),
        vm.new_int(128),
        vm.new_int(0),
    ];
    let hi = crate::modules::struct_seq(vm, "sys.hash_info", &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"], hi);
    dict::set_str(vm, &d, "hash_info", hi);
    let version = vm.new_str("3.11.7 (main, ferrython) [Rust]");
    dict::set_str(vm, &d, "version", version);
    let vi: Vec<PyRef> = vec![vm.new_int(3), vm.new_int(11), vm.new_int(7), vm.new_str("final"), vm.new_int(0)];
    let vi = crate::modules::struct_seq(vm, "sys.version_info", &["major", "minor", "micro", "releaselevel", "serial"], vi);
    dict::set_str(vm, &d, "version_info", vi);
    let fi: Vec<PyRef> = vec![
        vm.new_float(f64::MAX),
        vm.new_int(f64::MAX_EXP as i64),
        vm.new_int(f64::MAX_10_EXP as i64),
        vm.new_float(f64::MIN_POSITIVE),
        vm.new_int(f64::MIN_EXP as i64),
        vm.new_int(f64::MIN_10_EXP as i64),
        vm.new_int(f64::DIGITS as i64),
        vm.new_int(f64::MANTISSA_DIGITS as i64),
        vm.new_float(f64::EPSILON),
        vm.new_int(f64::RADIX as i64),
        vm.new_int(1),
    ];
    let fi = crate::modules::struct_seq(
        vm,
        "sys.float_info",
        &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
        fi,
    );
    dict::set_str(vm, &d, "float_info", fi);
    dict::set_str(vm, &d, "hexversion", vm.new_int(0x030B07F0));
    dict::set_str(vm, &d, "maxsize", vm.new_int(i64::MAX));
    dict::set_str(vm, &d, "maxunicode", vm.new_int(0x10FFFF));
    dict::set_str(vm, &d, "byteorder", vm.new_str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    dict::set_str(vm, &d, "platform", vm.new_str("linux"));
    let exe = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    dict::set_str(vm, &d, "executable", vm.new_str(exe));
    let imp = crate::modules::simple_namespace(vm, &[("name", "ferrython"), ("cache_tag", "ferrython-311")]);
    dict::set_str(vm, &d, "implementation", imp);
    let builtin_names: Vec<PyRef> = crate::modules::NATIVE.iter().map(|(n, _)| vm.new_str(*n)).collect();
    let bn = vm.new_tuple(builtin_names);
    dict::set_str(vm, &d, "builtin_module_names", bn);
    let flags = crate::modules::simple_namespace(vm, &[]);
    dict::set_str(vm, &d, "flags", flags);
    dict::set_str(vm, &d, "dont_write_bytecode", vm.new_bool(true));
    dict::set_str(vm, &d, "meta_path", vm.new_list(vec![]));
    dict::set_str(vm, &d, "path_hooks", vm.new_list(vec![]));
    dict::set_str(vm, &d, "warnoptions", vm.new_list(vec![]));
    let orig = vm.new_list(cfg.orig_argv.iter().map(|a| vm.new_str(a.as_str())).collect());
    dict::set_str(vm, &d, "orig_argv", orig);
    dict::set_str(vm, &d, "prefix", vm.new_str("/usr/local"));
    dict::set_str(vm, &d, "exec_prefix", vm.new_str("/usr/local"));
    dict::set_str(vm, &d, "ps1", vm.new_str(">>> "));
    dict::set_str(vm, &d, "ps2", vm.new_str("... "));
    m
}
