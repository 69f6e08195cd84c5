//! Processes and file descriptors for the `posix` module: fork, waitpid, pipes,
//! raw reads and writes, kill. CPython: Modules/posixmodule.c.

use crate::object::{Payload, PyRef};
use crate::{PyResult, Vm};

fn last_os_error(vm: &mut Vm) -> PyRef {
    crate::modules::fileio::os_error(vm, &std::io::Error::last_os_error(), None)
}

fn int_arg(vm: &mut Vm, o: &PyRef) -> PyResult<i64> {
    vm.index_value(o)
}

/// `os.fork()`: the child continues with only this thread, as in C. Our buffered
/// stdout is flushed first so the child does not print the parent's pending output.
fn fork(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("fork", a, k, 0)?;
    crate::modules::io::flush_stdout_buffer().ok();
    // SAFETY: fork has no preconditions; the child only runs this thread, which holds
    // the GIL, so interpreter state stays consistent.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(last_os_error(vm));
    }
    Ok(vm.new_int(pid as i64))
}

fn waitpid(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("waitpid", a, k, 2)?;
    let pid = int_arg(vm, &a[0])? as libc::pid_t;
    let options = int_arg(vm, &a[1])? as i32;
    let (r, status, err) = vm.allow_threads(move || {
        let mut status = 0;
        loop {
            // SAFETY: plain system call with a valid out-pointer.
            let r = unsafe { libc::waitpid(pid, &mut status, options) };
            if r < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            let err = if r < 0 { std::io::Error::last_os_error().raw_os_error() } else { None };
            return (r, status, err);
        }
    });
    if r < 0 {
        let e = std::io::Error::from_raw_os_error(err.unwrap_or(0));
        return Err(crate::modules::fileio::os_error(vm, &e, None));
    }
    let items = vec![vm.new_int(r as i64), vm.new_int(status as i64)];
    Ok(vm.new_tuple(items))
}

fn pipe(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("pipe", a, k, 0)?;
    let mut fds = [0i32; 2];
    // SAFETY: fds has room for the two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return Err(last_os_error(vm));
    }
    let items = vec![vm.new_int(fds[0] as i64), vm.new_int(fds[1] as i64)];
    Ok(vm.new_tuple(items))
}

fn read(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("read", a, k, 2)?;
    let fd = int_arg(vm, &a[0])? as i32;
    let n = int_arg(vm, &a[1])?.max(0) as usize;
    let (buf, err) = vm.allow_threads(move || {
        let mut buf = vec![0u8; n];
        loop {
            // SAFETY: buf has n writable bytes.
            let r = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, n) };
            if r < 0 {
                let e = std::io::Error::last_os_error();
                if e.raw_os_error() == Some(libc::EINTR) {
                    continue;
                }
                return (Vec::new(), e.raw_os_error());
            }
            buf.truncate(r as usize);
            return (buf, None);
        }
    });
    if let Some(e) = err {
        return Err(crate::modules::fileio::os_error(vm, &std::io::Error::from_raw_os_error(e), None));
    }
    Ok(vm.new_bytes(buf))
}

fn write(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("write", a, k, 2)?;
    let fd = int_arg(vm, &a[0])? as i32;
    let data: Vec<u8> = match &a[1].payload {
        Payload::Bytes(b) => b.to_vec(),
        Payload::ByteArray(b) => b.borrow().clone(),
        _ => return Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", crate::objects::typeobj::obj_type_name(&a[1])))),
    };
    let (n, err) = vm.allow_threads(move || loop {
        // SAFETY: data is a valid buffer of data.len() bytes.
        let r = unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) };
        if r < 0 {
            let e = std::io::Error::last_os_error();
            if e.raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return (0, e.raw_os_error());
        }
        return (r as i64, None);
    });
    if let Some(e) = err {
        return Err(crate::modules::fileio::os_error(vm, &std::io::Error::from_raw_os_error(e), None));
    }
    Ok(vm.new_int(n))
}

fn close(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("close", a, k, 1)?;
    let fd = int_arg(vm, &a[0])? as i32;
    // SAFETY: closing a descriptor number has no memory-safety preconditions.
    if unsafe { libc::close(fd) } < 0 {
        return Err(last_os_error(vm));
    }
    Ok(vm.none())
}

fn kill(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("kill", a, k, 2)?;
    let pid = int_arg(vm, &a[0])? as libc::pid_t;
    let sig = int_arg(vm, &a[1])? as i32;
    // SAFETY: plain system call.
    if unsafe { libc::kill(pid, sig) } < 0 {
        return Err(last_os_error(vm));
    }
    Ok(vm.none())
}

fn status_fn(vm: &mut Vm, a: &[PyRef], k: &[PyRef], name: &str, f: fn(i32) -> i64) -> PyResult {
    vm.exact_args(name, a, k, 1)?;
    let s = int_arg(vm, &a[0])? as i32;
    Ok(vm.new_int(f(s)))
}

fn wifexited(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("WIFEXITED", a, k, 1)?;
    let s = int_arg(vm, &a[0])? as i32;
    Ok(vm.new_bool(libc::WIFEXITED(s)))
}

fn wifsignaled(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("WIFSIGNALED", a, k, 1)?;
    let s = int_arg(vm, &a[0])? as i32;
    Ok(vm.new_bool(libc::WIFSIGNALED(s)))
}

fn wexitstatus(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    status_fn(vm, a, k, "WEXITSTATUS", |s| libc::WEXITSTATUS(s) as i64)
}

fn wtermsig(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    status_fn(vm, a, k, "WTERMSIG", |s| libc::WTERMSIG(s) as i64)
}

/// `os.waitstatus_to_exitcode`: the exit code, or minus the signal number.
fn waitstatus_to_exitcode(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("waitstatus_to_exitcode", a, k, 1)?;
    let s = int_arg(vm, &a[0])? as i32;
    if libc::WIFEXITED(s) {
        Ok(vm.new_int(libc::WEXITSTATUS(s) as i64))
    } else if libc::WIFSIGNALED(s) {
        Ok(vm.new_int(-(libc::WTERMSIG(s) as i64)))
    } else {
        Err(vm.new_value_error(format!("invalid wait status: {s}")))
    }
}

pub const FUNCTIONS: &[(&str, crate::object::NativeFn)] = &[
    ("fork", fork),
    ("waitpid", waitpid),
    ("pipe", pipe),
    ("read", read),
    ("write", write),
    ("close", close),
    ("kill", kill),
    ("WIFEXITED", wifexited),
    ("WIFSIGNALED", wifsignaled),
    ("WEXITSTATUS", wexitstatus),
    ("WTERMSIG", wtermsig),
    ("waitstatus_to_exitcode", waitstatus_to_exitcode),
];

pub const CONSTANTS: &[(&str, i64)] = &[("WNOHANG", libc::WNOHANG as i64), ("WUNTRACED", libc::WUNTRACED as i64)];
