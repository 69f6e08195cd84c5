//! The `_thread` module: OS threads running Python code under the GIL, and the
//! basic lock. `threading` (lib/threading.py) is built on these.
//! CPython: Modules/_threadmodule.c, Python/thread_pthread.h.
//!
//! A new thread takes the GIL before touching any object (including the callable
//! and arguments moved into it) and gives it back only after dropping them, so
//! refcounts are only ever changed under the GIL.

use crate::args::positional;
use crate::object::{NativeObject, Payload, PyRef};
use crate::objects::typeobj::{self, Layout, TypeData};
use crate::{PyResult, Vm};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// Threads started by `start_new_thread` and still running (`_thread._count()`).
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// Stack size for new threads: our eval loop does not recurse for Python calls,
/// but native recursion (repr of nested data, deep compiles) needs room.
const THREAD_STACK: usize = 256 << 20;

/// `TIMEOUT_MAX` as CPython reports it on Linux.
const TIMEOUT_MAX: f64 = 9223372036.0;

/// The lock behind `_thread.LockType`: a flag with a condition variable.
pub struct Lock {
    locked: Mutex<bool>,
    cv: Condvar,
}

impl NativeObject for Lock {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl Lock {
    fn new() -> Lock {
        Lock { locked: Mutex::new(false), cv: Condvar::new() }
    }

    fn try_acquire(&self) -> bool {
        let mut l = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        if *l {
            false
        } else {
            *l = true;
            true
        }
    }

    /// Blocks (without the GIL) until acquired or `timeout` passes.
    fn acquire_blocking(&self, timeout: Option<Duration>) -> bool {
        let deadline = timeout.map(|t| Instant::now() + t);
        let mut l = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        while *l {
            match deadline {
                None => l = self.cv.wait(l).unwrap_or_else(|e| e.into_inner()),
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        return false;
                    }
                    l = self.cv.wait_timeout(l, d - now).unwrap_or_else(|e| e.into_inner()).0;
                }
            }
        }
        *l = true;
        true
    }

    fn release(&self) -> bool {
        let mut l = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        if !*l {
            return false;
        }
        *l = false;
        self.cv.notify_one();
        true
    }

    fn is_locked(&self) -> bool {
        *self.locked.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A `&Lock` that may cross into `allow_threads`; the caller's reference keeps it alive.
struct LockPtr(*const Lock);
unsafe impl Send for LockPtr {}

fn lock_of<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a Lock> {
    match &o.payload {
        Payload::Native(n) => match n.as_any().downcast_ref::<Lock>() {
            Some(l) => Ok(l),
            None => Err(vm.new_type_error("descriptor requires a '_thread.lock' object")),
        },
        _ => Err(vm.new_type_error("descriptor requires a '_thread.lock' object")),
    }
}

fn lock_acquire(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let p = vm.bind_args("acquire", &a[1..], k, &["blocking", "timeout"], 0)?;
    let blocking = match &p[0] {
        Some(b) => vm.is_true(b)?,
        None => true,
    };
    let timeout = match &p[1] {
        Some(t) => match crate::objects::float::as_f64(vm, t)? {
            Some(f) => f,
            None => {
                return Err(vm.new_type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    typeobj::obj_type_name(t)
                )))
            }
        },
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.new_value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.new_value_error("timeout value must be a non-negative number"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.new_overflow_error("timeout value is too large"));
    }
    let lock = lock_of(vm, &a[0])?;
    if lock.try_acquire() {
        return Ok(vm.new_bool(true));
    }
    if !blocking {
        return Ok(vm.new_bool(false));
    }
    let t = if timeout < 0.0 { None } else { Some(Duration::from_secs_f64(timeout)) };
    let ptr = LockPtr(lock as *const Lock);
    crate::modules::io::flush_stdout_buffer().ok();
    let got = vm.allow_threads(move || {
        let p = ptr;
        // SAFETY: a[0] holds a reference to the lock object for the whole call.
        unsafe { &*p.0 }.acquire_blocking(t)
    });
    crate::signals::check(vm)?;
    Ok(vm.new_bool(got))
}

fn lock_release(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("release", &a[1..], k, 0)?;
    let lock = lock_of(vm, &a[0])?;
    if !lock.release() {
        return Err(vm.new_runtime_error("release unlocked lock"));
    }
    Ok(vm.none())
}

fn lock_exit(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let lock = lock_of(vm, &a[0])?;
    if !lock.release() {
        return Err(vm.new_runtime_error("release unlocked lock"));
    }
    Ok(vm.none())
}

fn lock_locked(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("locked", &a[1..], k, 0)?;
    let lock = lock_of(vm, &a[0])?;
    Ok(vm.new_bool(lock.is_locked()))
}

fn lock_at_fork_reinit(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let lock = lock_of(vm, &a[0])?;
    lock.release();
    Ok(vm.none())
}

fn lock_repr(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let lock = lock_of(vm, &a[0])?;
    let state = if lock.is_locked() { "locked" } else { "unlocked" };
    let name = typeobj::obj_type_name(&a[0]);
    let module = "_thread";
    Ok(vm.new_str(format!("<{state} {module}.{name} object at {:#x}>", a[0].addr())))
}

fn lock_type(vm: &mut Vm) -> PyRef {
    if let Some(t) = vm.interp.thread_lock_type.get() {
        return t;
    }
    let ns = vm.new_dict();
    let ty = PyRef::new(
        &vm.interp.types.type_,
        Payload::Type(Box::new(TypeData::new("lock", vec![vm.interp.types.object.clone()], ns, Layout::Opaque, 0))),
    );
    typeobj::finish_type(vm, &ty).ok();
    let m = vm.new_str("_thread");
    typeobj::set_attr_raw(vm, &ty, "__module__", m);
    vm.add_method(&ty, "acquire", lock_acquire);
    vm.add_method(&ty, "acquire_lock", lock_acquire);
    vm.add_method(&ty, "__enter__", lock_acquire);
    vm.add_method(&ty, "release", lock_release);
    vm.add_method(&ty, "release_lock", lock_release);
    vm.add_method(&ty, "__exit__", lock_exit);
    vm.add_method(&ty, "locked", lock_locked);
    vm.add_method(&ty, "locked_lock", lock_locked);
    vm.add_method(&ty, "_at_fork_reinit", lock_at_fork_reinit);
    vm.add_method(&ty, "__repr__", lock_repr);
    vm.interp.thread_lock_type.set(Some(ty.clone()));
    ty
}

fn allocate_lock(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("allocate_lock", a, k, 0)?;
    let ty = lock_type(vm);
    Ok(PyRef::new(&ty, Payload::Native(Box::new(Lock::new()))))
}

/// Everything a new thread needs; moved into it and dropped there under the GIL.
struct Start {
    func: PyRef,
    args: Vec<PyRef>,
    kwnames: Vec<PyRef>,
}
unsafe impl Send for Start {}

fn start_new_thread(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.no_kwargs("start_new_thread", k)?;
    let pos = positional(a, k);
    if pos.len() < 2 || pos.len() > 3 {
        return Err(vm.new_type_error(format!("start_new_thread expected at least 2 arguments, got {}", pos.len())));
    }
    let func = pos[0].clone();
    if !crate::builtins::core::is_callable(vm, &func) {
        return Err(vm.new_type_error("first arg must be callable"));
    }
    let Some(targs) = pos[1].as_tuple() else {
        return Err(vm.new_type_error("2nd arg must be a tuple"));
    };
    let mut args: Vec<PyRef> = targs.to_vec();
    let mut kwnames = Vec::new();
    if let Some(kw) = pos.get(2) {
        if !matches!(kw.payload, Payload::Dict(_)) {
            return Err(vm.new_type_error("optional 3rd arg must be a dictionary"));
        }
        let items = match &kw.payload {
            Payload::Dict(d) => d.borrow().items(),
            _ => Vec::new(),
        };
        for (key, v) in items {
            kwnames.push(key);
            args.push(v);
        }
    }
    let interp = vm.interp;
    let start = Start { func, args, kwnames };
    let (tx, rx) = std::sync::mpsc::channel::<u64>();
    RUNNING.fetch_add(1, Ordering::SeqCst);
    let spawned = std::thread::Builder::new().stack_size(THREAD_STACK).spawn(move || {
        let start = start;
        let _ = tx.send(crate::gil::current_thread_id());
        interp.gil.acquire();
        let body = std::panic::AssertUnwindSafe(move || {
            let mut tvm = Vm::new(interp);
            let Start { func, args, kwnames } = start;
            if let Err(e) = tvm.call(&func, &args, &kwnames) {
                report_thread_exception(&mut tvm, &func, &e);
            }
            drop((func, args, kwnames));
        });
        if std::panic::catch_unwind(body).is_err() {
            // An interpreter bug: the object graph may be inconsistent, so stop the process.
            crate::modules::io::flush_stdout_buffer().ok();
            eprintln!("ferrython: internal error: a thread panicked");
            std::process::exit(70);
        }
        crate::modules::io::flush_stdout_buffer().ok();
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        interp.gil.release();
    });
    if spawned.is_err() {
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        return Err(vm.new_runtime_error("can't start new thread"));
    }
    let ident = vm.allow_threads(move || rx.recv().unwrap_or(0));
    Ok(vm.new_int(ident as i64))
}

/// What `_thread` prints for an exception escaping a thread (SystemExit is silent).
fn report_thread_exception(vm: &mut Vm, func: &PyRef, e: &PyRef) {
    if vm.isinstance_exc(e, &vm.interp.exc.system_exit.clone()) {
        return;
    }
    let r = vm.repr_str(func).unwrap_or_else(|_| "<object>".into());
    crate::modules::io::flush_stdout_buffer().ok();
    let text = crate::traceback::format_exception(vm, e);
    let _ = vm.write_stderr(&format!("Exception ignored in thread started by: {r}\n{text}"));
}

fn get_ident(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("get_ident", a, k, 0)?;
    Ok(vm.new_int(crate::gil::current_thread_id() as i64))
}

fn get_native_id(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("get_native_id", a, k, 0)?;
    // SAFETY: gettid has no preconditions.
    let tid = unsafe { libc::syscall(libc::SYS_gettid) };
    Ok(vm.new_int(tid as i64))
}

fn count(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("_count", a, k, 0)?;
    Ok(vm.new_int(RUNNING.load(Ordering::SeqCst) as i64))
}

fn stack_size(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.no_kwargs("stack_size", k)?;
    if a.len() > 1 {
        return Err(vm.new_type_error(format!("stack_size expected at most 1 argument, got {}", a.len())));
    }
    Ok(vm.new_int(0))
}

fn interrupt_main(vm: &mut Vm, _a: &[PyRef], _k: &[PyRef]) -> PyResult {
    crate::signals::trip(libc::SIGINT);
    Ok(vm.none())
}

pub fn make(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("_thread");
    let d = vm.module_dict(&m);
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("allocate_lock", allocate_lock),
        ("allocate", allocate_lock),
        ("start_new_thread", start_new_thread),
        ("start_new", start_new_thread),
        ("get_ident", get_ident),
        ("get_native_id", get_native_id),
        ("_count", count),
        ("stack_size", stack_size),
        ("interrupt_main", interrupt_main),
    ];
    for (n, f) in fns {
        let b = vm.new_builtin(n, *f);
        crate::objects::dict::set_str(vm, &d, n, b);
    }
    let lt = lock_type(vm);
    crate::objects::dict::set_str(vm, &d, "LockType", lt);
    let err = vm.interp.exc.runtime_error.clone();
    crate::objects::dict::set_str(vm, &d, "error", err);
    let tm = vm.new_float(TIMEOUT_MAX);
    crate::objects::dict::set_str(vm, &d, "TIMEOUT_MAX", tm);
    m
}
