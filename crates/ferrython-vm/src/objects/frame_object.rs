//! Frame objects as Python sees them (`sys._getframe()`, `tb_frame`), and the
//! attributes of traceback objects. CPython: Objects/frameobject.c, Python/traceback.c.
//!
//! Our executing frames are plain Rust structs owned by the eval loop, so a frame
//! object is a snapshot taken when Python asks for it: code, globals, the line being
//! run and the locals at that moment, with `f_back` snapshots of the callers. Code
//! that inspects its callers (warnings, logging, inspect.stack) reads exactly these.

use crate::object::{NativeObject, Payload, PyRef};
use crate::{PyResult, Vm};

pub struct FrameSnapshot {
    pub code: PyRef,
    pub globals: PyRef,
    /// `f_locals`: the frame's locals mapping, or a dict snapshot for functions.
    pub locals: Option<PyRef>,
    pub lineno: u32,
    pub lasti: usize,
    pub back: Option<PyRef>,
}

impl NativeObject for FrameSnapshot {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn snap(o: &PyRef) -> Option<&FrameSnapshot> {
    match &o.payload {
        Payload::Native(n) => n.as_any().downcast_ref::<FrameSnapshot>(),
        _ => None,
    }
}

/// A frame object for the frame `depth` levels up (0 = innermost), with its callers
/// chained through `f_back`; None past the outermost frame.
pub fn frame_at(vm: &mut Vm, depth: usize) -> PyResult<Option<PyRef>> {
    let n = vm.frames.len();
    if depth >= n {
        return Ok(None);
    }
    let mut back: Option<PyRef> = None;
    // Outermost first, so each snapshot can point at its caller.
    for d in (depth..n).rev() {
        let (code, globals, lineno, lasti) = {
            let f = vm.frame_at(d).expect("depth < frames.len()");
            (f.code.clone(), f.globals.clone(), f.line(), f.lasti)
        };
        let locals = crate::builtins::core::frame_locals(vm, d)?;
        let data = FrameSnapshot { code, globals, locals: Some(locals), lineno, lasti, back: back.take() };
        back = Some(PyRef::new(&vm.interp.types.frame, Payload::Native(Box::new(data))));
    }
    Ok(back)
}

/// A frame object for `frame` alone (no locals, no callers): what profile functions get.
pub fn snapshot_of(vm: &mut Vm, frame: &crate::eval::Frame) -> PyRef {
    let data = FrameSnapshot { code: frame.code.clone(), globals: frame.globals.clone(), locals: None, lineno: frame.line(), lasti: frame.lasti, back: None };
    PyRef::new(&vm.interp.types.frame, Payload::Native(Box::new(data)))
}

/// The frame object of a traceback entry (no locals or callers are kept).
fn tb_frame_of(vm: &mut Vm, tb: &crate::traceback::TracebackData) -> PyRef {
    let data = FrameSnapshot { code: tb.code.clone(), globals: tb.globals.clone(), locals: None, lineno: tb.lineno, lasti: tb.lasti, back: None };
    PyRef::new(&vm.interp.types.frame, Payload::Native(Box::new(data)))
}

fn this<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a FrameSnapshot> {
    snap(o).ok_or_else(|| vm.new_type_error("descriptor requires a 'frame' object"))
}

fn f_code(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(this(vm, o)?.code.clone())
}

fn f_globals(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(this(vm, o)?.globals.clone())
}

fn f_locals(vm: &mut Vm, o: &PyRef) -> PyResult {
    let s = this(vm, o)?;
    match &s.locals {
        Some(l) => Ok(l.clone()),
        None => Ok(vm.new_dict()),
    }
}

fn f_builtins(vm: &mut Vm, _o: &PyRef) -> PyResult {
    Ok(vm.interp.builtins_dict.clone())
}

fn f_lineno(vm: &mut Vm, o: &PyRef) -> PyResult {
    let l = this(vm, o)?.lineno;
    Ok(vm.new_int(l as i64))
}

fn f_lasti(vm: &mut Vm, o: &PyRef) -> PyResult {
    let l = this(vm, o)?.lasti;
    Ok(vm.new_int(2 * l as i64))
}

fn f_back(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(this(vm, o)?.back.clone().unwrap_or_else(|| vm.none()))
}

fn f_trace(vm: &mut Vm, _o: &PyRef) -> PyResult {
    Ok(vm.none())
}

fn frame_clear(vm: &mut Vm, _a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(vm.none())
}

fn frame_repr(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let s = this(vm, &a[0])?;
    let Payload::Code(cd) = &s.code.payload else { return Ok(vm.new_str("<frame>")) };
    let file = crate::objects::str_methods::str_repr(&cd.code.filename);
    Ok(vm.new_str(format!("<frame at {:#x}, file {}, line {}, code {}>", a[0].addr(), file, s.lineno, cd.code.name)))
}

fn tb(vm: &Vm, o: &PyRef) -> PyResult<&'static crate::traceback::TracebackData> {
    match &o.payload {
        // SAFETY: the returned borrow is only used while `o` (a live reference held
        // by the caller) keeps the traceback alive; 'static keeps signatures simple.
        Payload::Traceback(t) => Ok(unsafe { &*(&**t as *const crate::traceback::TracebackData) }),
        _ => Err(vm.new_type_error("descriptor requires a 'traceback' object")),
    }
}

fn tb_next(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(tb(vm, o)?.next.clone().unwrap_or_else(|| vm.none()))
}

fn tb_lineno(vm: &mut Vm, o: &PyRef) -> PyResult {
    let l = tb(vm, o)?.lineno;
    Ok(vm.new_int(l as i64))
}

fn tb_lasti(vm: &mut Vm, o: &PyRef) -> PyResult {
    let l = tb(vm, o)?.lasti;
    Ok(vm.new_int(2 * l as i64))
}

fn tb_frame(vm: &mut Vm, o: &PyRef) -> PyResult {
    let t = tb(vm, o)?;
    Ok(tb_frame_of(vm, t))
}

pub fn init(vm: &mut Vm) {
    let f = vm.interp.types.frame.clone();
    vm.add_getset(&f, "f_code", f_code, None);
    vm.add_getset(&f, "f_globals", f_globals, None);
    vm.add_getset(&f, "f_locals", f_locals, None);
    vm.add_getset(&f, "f_builtins", f_builtins, None);
    vm.add_getset(&f, "f_lineno", f_lineno, None);
    vm.add_getset(&f, "f_lasti", f_lasti, None);
    vm.add_getset(&f, "f_back", f_back, None);
    vm.add_getset(&f, "f_trace", f_trace, None);
    vm.add_method(&f, "clear", frame_clear);
    vm.add_method(&f, "__repr__", frame_repr);
    let t = vm.interp.types.traceback.clone();
    vm.add_getset(&t, "tb_next", tb_next, None);
    vm.add_getset(&t, "tb_lineno", tb_lineno, None);
    vm.add_getset(&t, "tb_lasti", tb_lasti, None);
    vm.add_getset(&t, "tb_frame", tb_frame, None);
}
