//! The standard streams (`sys.stdin/stdout/stderr`): text streams over file
//! descriptors 0/1/2 with CPython's buffering (stdout line-buffered on a terminal,
//! block-buffered otherwise; stderr unbuffered-ish: flushed per write).
//! CPython: Modules/_io/textio.c (the behaviour needed by print and tracebacks).

use crate::object::{NativeObject, Payload, PyRef};
use crate::objects::typeobj::{self, Layout, TypeData};
use crate::{PyResult, Vm};
use std::io::Write;
use std::sync::Mutex;

pub struct TextStream {
    pub fd: i32,
}

impl NativeObject for TextStream {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

static STDOUT_BUF: Mutex<Vec<u8>> = Mutex::new(Vec::new());
static UNBUFFERED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn set_unbuffered(u: bool) {
    UNBUFFERED.store(u, std::sync::atomic::Ordering::Relaxed);
}

/// Writes to fd 1 through the buffer.
pub fn write_fd(fd: i32, s: &[u8]) -> std::io::Result<()> {
    if fd == 1 {
        let mut b = STDOUT_BUF.lock().unwrap_or_else(|p| p.into_inner());
        b.extend_from_slice(s);
        if UNBUFFERED.load(std::sync::atomic::Ordering::Relaxed) || b.len() > 8192 {
            let r = std::io::stdout().write_all(&b).and_then(|_| std::io::stdout().flush());
            b.clear();
            return r;
        }
        Ok(())
    } else {
        flush_stdout_buffer()?;
        let mut e = std::io::stderr();
        e.write_all(s)?;
        e.flush()
    }
}

/// Flushes buffered stdout (every exit path calls this).
pub fn flush_stdout_buffer() -> std::io::Result<()> {
    let mut b = STDOUT_BUF.lock().unwrap_or_else(|p| p.into_inner());
    if !b.is_empty() {
        let r = std::io::stdout().write_all(&b);
        b.clear();
        r?;
    }
    std::io::stdout().flush()
}

fn stream_fd(o: &PyRef) -> Option<i32> {
    match &o.payload {
        Payload::Native(n) => n.as_any().downcast_ref::<TextStream>().map(|t| t.fd),
        _ => None,
    }
}

fn stream_write(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("write", &args[1..], kw, 1)?;
    let fd = stream_fd(&args[0]).unwrap_or(1);
    let s = match args[1].as_str() {
        Some(s) => s.as_str().to_string(),
        None => return Err(vm.new_type_error(format!("write() argument must be str, not {}", typeobj::obj_type_name(&args[1])))),
    };
    let n = s.chars().count();
    if fd == 0 {
        return Err(vm.new_exception_msg(&vm.interp.exc.os_error.clone(), "not writable"));
    }
    write_fd(fd, s.as_bytes()).map_err(|e| vm.new_exception_msg(&vm.interp.exc.os_error.clone(), e.to_string()))?;
    Ok(vm.new_int(n as i64))
}

fn stream_flush(vm: &mut Vm, _args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    flush_stdout_buffer().ok();
    Ok(vm.none())
}

fn stream_readline(vm: &mut Vm, _args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    flush_stdout_buffer().ok();
    let line = vm.allow_threads(|| {
        let mut s = String::new();
        std::io::stdin().read_line(&mut s).map(|_| s)
    });
    match line {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(vm.new_exception_msg(&vm.interp.exc.os_error.clone(), e.to_string())),
    }
}

fn stream_read(vm: &mut Vm, _args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let data = vm.allow_threads(|| {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).map(|_| s)
    });
    match data {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => Err(vm.new_exception_msg(&vm.interp.exc.os_error.clone(), e.to_string())),
    }
}

fn stream_name_of(o: &PyRef) -> &'static str {
    match stream_fd(o) {
        Some(0) => "<stdin>",
        Some(1) => "<stdout>",
        _ => "<stderr>",
    }
}

fn stream_name(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_str(stream_name_of(o)))
}

fn stream_mode(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_str(if stream_fd(o) == Some(0) { "r" } else { "w" }))
}

fn stream_encoding(vm: &mut Vm, _o: &PyRef) -> PyResult {
    Ok(vm.new_str("utf-8"))
}

fn stream_errors(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_str(if stream_fd(o) == Some(2) { "backslashreplace" } else { "strict" }))
}

fn stream_closed(vm: &mut Vm, _o: &PyRef) -> PyResult {
    Ok(vm.new_bool(false))
}

fn stream_line_buffering(vm: &mut Vm, o: &PyRef) -> PyResult {
    let fd = stream_fd(o).unwrap_or(1);
    let tty = match fd {
        0 => std::io::IsTerminal::is_terminal(&std::io::stdin()),
        1 => std::io::IsTerminal::is_terminal(&std::io::stdout()),
        _ => true,
    };
    Ok(vm.new_bool(tty && fd != 0))
}

fn stream_readable(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    Ok(vm.new_bool(stream_fd(&args[0]) == Some(0)))
}

fn stream_writable(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    Ok(vm.new_bool(stream_fd(&args[0]) != Some(0)))
}

fn stream_false(vm: &mut Vm, _args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    Ok(vm.new_bool(false))
}

fn stream_repr(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let mode = if stream_fd(&args[0]) == Some(0) { "r" } else { "w" };
    Ok(vm.new_str(format!("<_io.TextIOWrapper name='{}' mode='{mode}' encoding='utf-8'>", stream_name_of(&args[0]))))
}

fn stream_fileno(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    Ok(vm.new_int(stream_fd(&args[0]).unwrap_or(1) as i64))
}

fn stream_isatty(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let fd = stream_fd(&args[0]).unwrap_or(1);
    let tty = match fd {
        0 => std::io::IsTerminal::is_terminal(&std::io::stdin()),
        1 => std::io::IsTerminal::is_terminal(&std::io::stdout()),
        _ => std::io::IsTerminal::is_terminal(&std::io::stderr()),
    };
    Ok(vm.new_bool(tty))
}

/// Creates the three standard stream objects.
pub fn make_std_streams(vm: &mut Vm) -> (PyRef, PyRef, PyRef) {
    let ns = vm.new_dict();
    let ty = PyRef::new(
        &vm.interp.types.type_,
        Payload::Type(Box::new(TypeData::new("TextIOWrapper", vec![vm.interp.types.object.clone()], ns, Layout::Opaque, 0))),
    );
    typeobj::finish_type(vm, &ty).ok();
    let m = vm.new_str("_io");
    typeobj::set_attr_raw(vm, &ty, "__module__", m);
    vm.add_method(&ty, "write", stream_write);
    vm.add_method(&ty, "flush", stream_flush);
    vm.add_method(&ty, "readline", stream_readline);
    vm.add_method(&ty, "read", stream_read);
    vm.add_method(&ty, "fileno", stream_fileno);
    vm.add_method(&ty, "isatty", stream_isatty);
    vm.add_method(&ty, "readable", stream_readable);
    vm.add_method(&ty, "writable", stream_writable);
    vm.add_method(&ty, "seekable", stream_false);
    vm.add_method(&ty, "__repr__", stream_repr);
    vm.add_getset(&ty, "name", stream_name, None);
    vm.add_getset(&ty, "mode", stream_mode, None);
    vm.add_getset(&ty, "encoding", stream_encoding, None);
    vm.add_getset(&ty, "errors", stream_errors, None);
    vm.add_getset(&ty, "closed", stream_closed, None);
    vm.add_getset(&ty, "line_buffering", stream_line_buffering, None);
    let mk = |fd| PyRef::new(&ty, Payload::Native(Box::new(TextStream { fd })));
    (mk(0), mk(1), mk(2))
}

impl Vm {
    fn sys_stream(&mut self, name: &str) -> Option<PyRef> {
        let sys = self.interp.sys.get()?;
        let d = self.module_dict(&sys);
        crate::objects::dict::get_str(self, &d, name)
    }

    /// Writes to `sys.stdout` (directly when it is the original stream).
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        self.write_stream("stdout", 1, s)
    }

    pub fn write_stderr(&mut self, s: &str) -> PyResult<()> {
        self.write_stream("stderr", 2, s)
    }

    fn write_stream(&mut self, name: &str, default_fd: i32, s: &str) -> PyResult<()> {
        match self.sys_stream(name) {
            Some(st) => match stream_fd(&st) {
                Some(fd) => write_fd(fd, s.as_bytes()).map_err(|e| self.new_exception_msg(&self.interp.exc.os_error.clone(), e.to_string())),
                None => {
                    if matches!(st.payload, Payload::None) {
                        return Ok(());
                    }
                    let w = self.getattr_str(&st, "write")?;
                    let arg = self.new_str(s);
                    self.call(&w, &[arg], &[])?;
                    Ok(())
                }
            },
            None => write_fd(default_fd, s.as_bytes()).map_err(|e| self.new_exception_msg(&self.interp.exc.os_error.clone(), e.to_string())),
        }
    }

    pub fn flush_stdout(&mut self) -> PyResult<()> {
        match self.sys_stream("stdout") {
            Some(st) if stream_fd(&st).is_none() && !matches!(st.payload, Payload::None) => {
                if let Some(f) = self.getattr_opt(&st, "flush")? {
                    self.call(&f, &[], &[])?;
                }
                Ok(())
            }
            _ => {
                flush_stdout_buffer().ok();
                Ok(())
            }
        }
    }
}
