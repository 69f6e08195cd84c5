//! Async generator protocol: `__anext__`/`asend`/`athrow`/`aclose` return awaitable
//! step objects that drive the generator. CPython: Objects/genobject.c
//! (async_generator_asend, async_generator_athrow).
//!
//! The compiler marks an async generator's own `yield` with YIELD_VALUE arg 1, and
//! the VM records that in `Vm::last_yield_wrapped`: such a yield completes the step
//! (StopIteration carrying the value), while the yields of `await`s inside the
//! generator pass through to whoever drives the step (the event loop).

use crate::object::{NativeObject, Payload, PyRef};
use crate::objects::generator::GenResult;
use crate::objects::typeobj::{self, Layout, TypeData};
use crate::{PyResult, Vm};
use std::cell::{Cell, RefCell};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// `__anext__`/`asend(v)`.
    Send,
    /// `athrow(exc)`.
    Throw,
    /// `aclose()`: throws GeneratorExit; the generator must not yield.
    Close,
}

pub struct AsyncGenStep {
    agen: PyRef,
    mode: Mode,
    /// The value to send (Send) or exception to throw (Throw/Close) on the first step.
    first: RefCell<Option<PyRef>>,
    started: Cell<bool>,
    done: Cell<bool>,
}

impl NativeObject for AsyncGenStep {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub fn step_of(o: &PyRef) -> Option<&AsyncGenStep> {
    match &o.payload {
        Payload::Native(n) => n.as_any().downcast_ref::<AsyncGenStep>(),
        _ => None,
    }
}

fn step_type(vm: &mut Vm, close: bool) -> PyRef {
    let idx = if close { 1 } else { 0 };
    if let Some(t) = vm.interp.async_gen_step_types.borrow()[idx].clone() {
        return t;
    }
    let name = if close { "async_generator_athrow" } else { "async_generator_asend" };
    let ns = vm.new_dict();
    let ty = PyRef::new(
        &vm.interp.types.type_,
        Payload::Type(Box::new(TypeData::new(name, vec![vm.interp.types.object.clone()], ns, Layout::Opaque, 0))),
    );
    let _ = typeobj::finish_type(vm, &ty);
    vm.add_method(&ty, "send", py_send);
    vm.add_method(&ty, "throw", py_throw);
    vm.add_method(&ty, "close", py_close);
    vm.add_method(&ty, "__next__", py_next);
    vm.add_method(&ty, "__iter__", py_self);
    vm.add_method(&ty, "__await__", py_self);
    vm.interp.async_gen_step_types.borrow_mut()[idx] = Some(ty.clone());
    ty
}

fn new_step(vm: &mut Vm, agen: &PyRef, mode: Mode, first: Option<PyRef>) -> PyRef {
    let ty = step_type(vm, mode != Mode::Send);
    let st = AsyncGenStep {
        agen: agen.clone(),
        mode,
        first: RefCell::new(first),
        started: Cell::new(false),
        done: Cell::new(false),
    };
    PyRef::new(&ty, Payload::Native(Box::new(st)))
}

impl Vm {
    /// One step of an asend/athrow object: what SEND (or `send()`) gets back.
    pub fn async_gen_step(&mut self, step: &PyRef, value: PyRef, exc: Option<PyRef>) -> PyResult<GenResult> {
        let s = step_of(step).expect("async generator step");
        if s.done.get() {
            return Err(self.new_runtime_error(if s.mode == Mode::Send {
                "cannot reuse already awaited __anext__()/asend()"
            } else {
                "cannot reuse already awaited aclose()/athrow()"
            }));
        }
        let agen = s.agen.clone();
        let first = !s.started.get();
        s.started.set(true);
        let r = match (exc, s.mode, first) {
            (Some(e), _, _) => self.gen_throw(&agen, e),
            (None, Mode::Send, true) => {
                let v = s.first.borrow_mut().take().unwrap_or_else(|| self.none());
                self.send(&agen, v)
            }
            (None, Mode::Send, false) => self.send(&agen, value),
            (None, _, true) => {
                let e = s.first.borrow_mut().take().unwrap();
                self.gen_throw(&agen, e)
            }
            (None, _, false) => self.send(&agen, value),
        };
        let wrapped = std::mem::replace(&mut self.last_yield_wrapped, false);
        match r {
            Ok(GenResult::Yield(v)) if wrapped => {
                s.done.set(true);
                if s.mode == Mode::Close {
                    return Err(self.new_runtime_error("async generator ignored GeneratorExit"));
                }
                Ok(GenResult::Return(v))
            }
            Ok(GenResult::Yield(v)) => Ok(GenResult::Yield(v)),
            Ok(GenResult::Return(_)) => {
                s.done.set(true);
                if s.mode == Mode::Close {
                    return Ok(GenResult::Return(self.none()));
                }
                Err(self.new_exception(&self.interp.exc.stop_async_iteration.clone(), vec![]))
            }
            Err(e) => {
                s.done.set(true);
                if s.mode == Mode::Close
                    && (self.isinstance_exc(&e, &self.interp.exc.generator_exit.clone())
                        || self.isinstance_exc(&e, &self.interp.exc.stop_async_iteration.clone()))
                {
                    return Ok(GenResult::Return(self.none()));
                }
                Err(e)
            }
        }
    }
}

/// GenResult as the Python-level `send()` result: a yield or StopIteration(value).
fn finish(vm: &mut Vm, r: PyResult<GenResult>) -> PyResult {
    match r? {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => Err(vm.new_stop_iteration(Some(v))),
    }
}

fn py_send(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("send", &a[1..], k, 1)?;
    let r = vm.async_gen_step(&a[0], a[1].clone(), None);
    finish(vm, r)
}

fn py_next(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let none = vm.none();
    let r = vm.async_gen_step(&a[0], none, None);
    finish(vm, r)
}

fn py_throw(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let e = match a.get(1) {
        Some(t) if matches!(t.payload, Payload::Type(_)) => vm.call(t, &a[2..a.len().min(3)], &[])?,
        Some(e) => e.clone(),
        None => return Err(vm.new_type_error("throw expected at least 1 argument, got 0")),
    };
    let none = vm.none();
    let r = vm.async_gen_step(&a[0], none, Some(e));
    finish(vm, r)
}

fn py_close(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    if let Some(s) = step_of(&a[0]) {
        s.done.set(true);
    }
    Ok(vm.none())
}

fn py_self(_vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(a[0].clone())
}

fn ag_aiter(_vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(a[0].clone())
}

fn ag_anext(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(new_step(vm, &a[0], Mode::Send, None))
}

fn ag_asend(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("asend", &a[1..], k, 1)?;
    Ok(new_step(vm, &a[0], Mode::Send, Some(a[1].clone())))
}

fn ag_athrow(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let e = match a.get(1) {
        Some(t) if matches!(t.payload, Payload::Type(_)) => vm.call(t, &a[2..a.len().min(3)], &[])?,
        Some(e) => e.clone(),
        None => return Err(vm.new_type_error("athrow expected at least 1 argument, got 0")),
    };
    Ok(new_step(vm, &a[0], Mode::Throw, Some(e)))
}

fn ag_aclose(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let ge = vm.interp.exc.generator_exit.clone();
    let e = vm.new_exception(&ge, vec![]);
    Ok(new_step(vm, &a[0], Mode::Close, Some(e)))
}

pub fn init(vm: &mut Vm) {
    let t = vm.interp.types.async_generator.clone();
    vm.add_method(&t, "__aiter__", ag_aiter);
    vm.add_method(&t, "__anext__", ag_anext);
    vm.add_method(&t, "asend", ag_asend);
    vm.add_method(&t, "athrow", ag_athrow);
    vm.add_method(&t, "aclose", ag_aclose);
}
