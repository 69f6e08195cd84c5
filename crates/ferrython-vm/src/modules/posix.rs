//! The `posix` module: the operating-system calls `os` (lib/os.py) is built on.
//! CPython: Modules/posixmodule.c. Blocking calls release the GIL.

use crate::object::{Payload, PyRef};
use crate::objects::typeobj;
use crate::{PyResult, Vm};

fn path_arg(vm: &mut Vm, o: &PyRef) -> PyResult<String> {
    match &o.payload {
        Payload::Str(s) => Ok(s.as_str().to_string()),
        Payload::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => {
            if let Some(m) = vm.lookup_special(o, "__fspath__")? {
                let r = vm.call(&m, &[], &[])?;
                return path_arg(vm, &r);
            }
            Err(vm.new_type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                typeobj::obj_type_name(o)
            )))
        }
    }
}

fn oserr(vm: &mut Vm, e: &std::io::Error, path: Option<&PyRef>) -> PyRef {
    crate::modules::fileio::os_error(vm, e, path)
}

fn getcwd(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("getcwd", a, k, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_str(p.to_string_lossy().into_owned())),
        Err(e) => Err(oserr(vm, &e, None)),
    }
}

fn chdir(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("chdir", a, k, 1)?;
    let p = path_arg(vm, &a[0])?;
    match std::env::set_current_dir(&p) {
        Ok(()) => Ok(vm.none()),
        Err(e) => Err(oserr(vm, &e, Some(&a[0]))),
    }
}

fn getpid(vm: &mut Vm, _a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(vm.new_int(std::process::id() as i64))
}

fn getppid(vm: &mut Vm, _a: &[PyRef], _k: &[PyRef]) -> PyResult {
    // SAFETY: getppid has no preconditions.
    Ok(vm.new_int(unsafe { libc::getppid() } as i64))
}

fn cpu_count(vm: &mut Vm, _a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let n = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    Ok(vm.new_int(n as i64))
}

fn listdir(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.range_args("listdir", a, k, 0, 1)?;
    let p = match a.first() {
        Some(x) if !matches!(x.payload, Payload::None) => path_arg(vm, x)?,
        _ => ".".to_string(),
    };
    let entries = vm.allow_threads({
        let p = p.clone();
        move || std::fs::read_dir(&p).map(|rd| rd.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect::<Vec<_>>())
    });
    match entries {
        Ok(names) => {
            let items = names.into_iter().map(|n| vm.new_str(n)).collect();
            Ok(vm.new_list(items))
        }
        Err(e) => {
            let po = a.first().cloned().unwrap_or_else(|| vm.new_str("."));
            Err(oserr(vm, &e, Some(&po)))
        }
    }
}

/// `stat(path)` as a tuple: (st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid,
/// st_size, st_atime, st_mtime, st_ctime); lib/os.py wraps it in os.stat_result.
fn stat_common(vm: &mut Vm, a: &[PyRef], follow: bool) -> PyResult {
    use std::os::unix::fs::MetadataExt;
    let p = path_arg(vm, &a[0])?;
    let md = if follow { std::fs::metadata(&p) } else { std::fs::symlink_metadata(&p) };
    match md {
        Ok(m) => {
            let vals = vec![
                vm.new_int(m.mode() as i64),
                vm.new_int(m.ino() as i64),
                vm.new_int(m.dev() as i64),
                vm.new_int(m.nlink() as i64),
                vm.new_int(m.uid() as i64),
                vm.new_int(m.gid() as i64),
                vm.new_int(m.size() as i64),
                vm.new_float(m.atime() as f64 + m.atime_nsec() as f64 * 1e-9),
                vm.new_float(m.mtime() as f64 + m.mtime_nsec() as f64 * 1e-9),
                vm.new_float(m.ctime() as f64 + m.ctime_nsec() as f64 * 1e-9),
            ];
            Ok(vm.new_tuple(vals))
        }
        Err(e) => Err(oserr(vm, &e, Some(&a[0]))),
    }
}

fn stat(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("stat", a, k, 1)?;
    stat_common(vm, a, true)
}

fn lstat(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("lstat", a, k, 1)?;
    stat_common(vm, a, false)
}

fn simple_path_op(vm: &mut Vm, a: &[PyRef], name: &str, f: fn(&str) -> std::io::Result<()>) -> PyResult {
    if a.is_empty() {
        return Err(vm.new_type_error(format!("{name}() missing required argument 'path' (pos 1)")));
    }
    let p = path_arg(vm, &a[0])?;
    match f(&p) {
        Ok(()) => Ok(vm.none()),
        Err(e) => Err(oserr(vm, &e, Some(&a[0]))),
    }
}

fn mkdir(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    simple_path_op(vm, a, "mkdir", |p| std::fs::create_dir(p))
}
fn rmdir(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    simple_path_op(vm, a, "rmdir", |p| std::fs::remove_dir(p))
}
fn remove(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    simple_path_op(vm, a, "remove", |p| std::fs::remove_file(p))
}

fn rename(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("rename", a, k, 2)?;
    let (s, d) = (path_arg(vm, &a[0])?, path_arg(vm, &a[1])?);
    match std::fs::rename(&s, &d) {
        Ok(()) => Ok(vm.none()),
        Err(e) => Err(oserr(vm, &e, Some(&a[0]))),
    }
}

fn strerror(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("strerror", a, k, 1)?;
    let n = vm.index_value(&a[0])?;
    // SAFETY: strerror returns a valid C string for any errno.
    let s = unsafe { std::ffi::CStr::from_ptr(libc::strerror(n as i32)) }.to_string_lossy().into_owned();
    Ok(vm.new_str(s))
}

fn urandom(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("urandom", a, k, 1)?;
    let n = vm.index_value(&a[0])?;
    if n < 0 {
        return Err(vm.new_value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf));
    match r {
        Ok(()) => Ok(vm.new_bytes(buf)),
        Err(e) => Err(oserr(vm, &e, None)),
    }
}

fn exit_(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let code = a.first().map(|c| vm.index_value(c)).transpose()?.unwrap_or(0);
    crate::modules::io::flush_stdout_buffer().ok();
    std::process::exit(code as i32);
}

fn putenv(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("putenv", a, k, 2)?;
    let (key, v) = (path_arg(vm, &a[0])?, path_arg(vm, &a[1])?);
    // SAFETY: called with the GIL held; no other thread of ours reads the environment concurrently.
    unsafe { std::env::set_var(key, v) };
    Ok(vm.none())
}

fn unsetenv(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("unsetenv", a, k, 1)?;
    let key = path_arg(vm, &a[0])?;
    // SAFETY: as putenv.
    unsafe { std::env::remove_var(key) };
    Ok(vm.none())
}

pub fn make(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("posix");
    let d = vm.module_dict(&m);
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("getcwd", getcwd),
        ("chdir", chdir),
        ("getpid", getpid),
        ("getppid", getppid),
        ("cpu_count", cpu_count),
        ("listdir", listdir),
        ("stat", stat),
        ("lstat", lstat),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("remove", remove),
        ("unlink", remove),
        ("rename", rename),
        ("strerror", strerror),
        ("urandom", urandom),
        ("_exit", exit_),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
    ];
    for (n, f) in fns.iter().chain(crate::modules::process::FUNCTIONS) {
        let b = vm.new_builtin(n, *f);
        crate::objects::dict::set_str(vm, &d, n, b);
    }
    for (n, v) in crate::modules::process::CONSTANTS {
        let v = vm.new_int(*v);
        crate::objects::dict::set_str(vm, &d, n, v);
    }
    let env = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        let (k, v) = (vm.new_str(k.to_string_lossy().into_owned()), vm.new_str(v.to_string_lossy().into_owned()));
        let _ = crate::objects::dict::set_item(vm, &env, k, v);
    }
    crate::objects::dict::set_str(vm, &d, "environ", env);
    m
}
