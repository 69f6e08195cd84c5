//! Generators and coroutines: a suspended heap frame driven by send/throw/close.
//! Both share this code, like CPython's genobject.c; the eval loop is the same one.

use crate::cell::PyCell;
use crate::eval::{Frame, Outcome};
use crate::object::{Payload, PyRef};
use crate::objects::typeobj;
use crate::{PyResult, Vm};
use ferrython_bytecode::{code_flags, Opcode};
use std::cell::{Cell, RefCell};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

pub struct GenData {
    pub frame: RefCell<Option<Box<Frame>>>,
    pub state: Cell<GenState>,
    pub kind: GenKind,
    pub name: PyCell<PyRef>,
    pub qualname: PyCell<PyRef>,
    pub code: PyRef,
    /// The exception being handled inside the generator while it is suspended.
    pub exc_info: PyCell<Option<PyRef>>,
}

/// Must this generator run code when it dies? A coroutine that never started warns
/// ("was never awaited"); a suspended generator inside `try`/`with` is closed, so its
/// `finally` blocks run (PEP 342). Others die silently.
pub fn needs_finalizer(g: &GenData) -> bool {
    match g.state.get() {
        GenState::Created => g.kind == GenKind::Coroutine,
        GenState::Suspended => g.kind != GenKind::AsyncGenerator && g.frame.borrow().as_ref().is_some_and(|f| !f.blocks.is_empty()),
        _ => false,
    }
}

/// What a resumption produced.
pub enum GenResult {
    Yield(PyRef),
    Return(PyRef),
}

pub fn gen_data(o: &PyRef) -> Option<&GenData> {
    match &o.payload {
        Payload::Generator(g) => Some(g),
        _ => None,
    }
}

impl GenKind {
    fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

impl Vm {
    pub fn new_generator(&mut self, func: &PyRef, frame: Box<Frame>) -> PyRef {
        let flags = frame.code_data().code.flags;
        let (kind, ty) = if flags & code_flags::COROUTINE != 0 {
            (GenKind::Coroutine, self.interp.types.coroutine.clone())
        } else if flags & code_flags::ASYNC_GENERATOR != 0 {
            (GenKind::AsyncGenerator, self.interp.types.async_generator.clone())
        } else {
            (GenKind::Generator, self.interp.types.generator.clone())
        };
        let (name, qualname) = match &func.payload {
            Payload::Function(f) => (f.name.get(), f.qualname.get()),
            _ => (self.new_str("?"), self.new_str("?")),
        };
        let code = frame.code.clone();
        PyRef::new(
            &ty,
            Payload::Generator(Box::new(GenData {
                frame: RefCell::new(Some(frame)),
                state: Cell::new(GenState::Created),
                kind,
                name: PyCell::new(name),
                qualname: PyCell::new(qualname),
                code,
                exc_info: PyCell::new(None),
            })),
        )
    }

    /// Resumes `gen` with `value` (or raises `exc` into it).
    fn gen_resume(&mut self, gen: &PyRef, value: PyRef, exc: Option<PyRef>) -> PyResult<GenResult> {
        let g = gen_data(gen).expect("generator");
        match g.state.get() {
            GenState::Running => {
                return Err(self.new_value_error(format!("{} already executing", g.kind.noun())));
            }
            GenState::Finished => {
                if let Some(e) = exc {
                    return Err(e);
                }
                return match g.kind {
                    GenKind::Coroutine => Err(self.new_runtime_error("cannot reuse already awaited coroutine")),
                    GenKind::AsyncGenerator => Err(self.new_exception(&self.interp.exc.stop_async_iteration.clone(), vec![])),
                    GenKind::Generator => Err(self.new_stop_iteration(None)),
                };
            }
            GenState::Created => {
                if exc.is_none() && !matches!(value.payload, Payload::None) {
                    return Err(self.new_type_error(format!(
                        "can't send non-None value to a just-started {}",
                        g.kind.noun()
                    )));
                }
            }
            GenState::Suspended => {}
        }
        let mut frame = g.frame.borrow_mut().take().expect("suspended generator has a frame");
        if g.state.get() == GenState::Suspended && exc.is_none() {
            frame.stack.push(value);
        }
        g.state.set(GenState::Running);
        // The generator's own handled exception becomes current while it runs.
        let saved = std::mem::replace(&mut self.exc_info, g.exc_info.take());
        let (frame, r) = self.run_frame(frame, exc);
        let inner_exc = std::mem::replace(&mut self.exc_info, saved);
        match r {
            Ok(Outcome::Yield(v)) => {
                g.exc_info.set(inner_exc);
                *g.frame.borrow_mut() = Some(frame);
                g.state.set(GenState::Suspended);
                Ok(GenResult::Yield(v))
            }
            Ok(Outcome::Return(v)) => {
                drop(frame);
                g.state.set(GenState::Finished);
                Ok(GenResult::Return(v))
            }
            Err(e) => {
                drop(frame);
                g.state.set(GenState::Finished);
                let si = self.interp.exc.stop_iteration.clone();
                let sai = self.interp.exc.stop_async_iteration.clone();
                if self.isinstance_exc(&e, &si) || (g.kind == GenKind::AsyncGenerator && self.isinstance_exc(&e, &sai)) {
                    let what = if self.isinstance_exc(&e, &si) { "StopIteration" } else { "StopAsyncIteration" };
                    let new = self.new_runtime_error(format!("{} raised {what}", g.kind.noun()));
                    {
                        let mut d = crate::exceptions::exc_data(&new).borrow_mut();
                        d.cause = Some(e.clone());
                        d.context = Some(e);
                        d.suppress_context = true;
                    }
                    return Err(new);
                }
                Err(e)
            }
        }
    }

    /// `gen.send(value)`, or one step of `yield from`/`await` on any iterator.
    pub fn send(&mut self, recv: &PyRef, value: PyRef) -> PyResult<GenResult> {
        if let Payload::Generator(_) = &recv.payload {
            return self.gen_resume(recv, value, None);
        }
        if crate::objects::async_gen::step_of(recv).is_some() {
            return self.async_gen_step(recv, value, None);
        }
        let r = if matches!(value.payload, Payload::None) {
            if recv.class().as_type().is_some_and(|t| t.is_heap()) {
                // A user iterator's StopIteration may carry the `yield from` result.
                if let Some(m) = self.lookup_special(recv, "__next__")? {
                    return match self.call(&m, &[], &[]) {
                        Ok(v) => Ok(GenResult::Yield(v)),
                        Err(e) if self.isinstance_exc(&e, &self.interp.exc.stop_iteration.clone()) => {
                            let v = crate::exceptions::exc_data(&e).borrow().get_attr("value").unwrap_or_else(|| self.none());
                            Ok(GenResult::Return(v))
                        }
                        Err(e) => Err(e),
                    };
                }
            }
            self.next(recv).map(|o| o.ok_or(()))
        } else {
            let m = self.getattr_str(recv, "send")?;
            match self.call(&m, &[value], &[]) {
                Ok(v) => Ok(Ok(v)),
                Err(e) if self.isinstance_exc(&e, &self.interp.exc.stop_iteration.clone()) => {
                    let v = crate::exceptions::exc_data(&e).borrow().get_attr("value").unwrap_or_else(|| self.none());
                    return Ok(GenResult::Return(v));
                }
                Err(e) => Err(e),
            }
        };
        match r? {
            Ok(v) => Ok(GenResult::Yield(v)),
            Err(()) => Ok(GenResult::Return(self.none())),
        }
    }

    /// `gen.throw(exc)`: delegates to a sub-iterator when suspended in `yield from`.
    pub fn gen_throw(&mut self, gen: &PyRef, exc: PyRef) -> PyResult<GenResult> {
        let g = gen_data(gen).expect("generator");
        if g.state.get() == GenState::Suspended {
            let delegate = {
                let fr = g.frame.borrow();
                let fr = fr.as_ref().unwrap();
                let code = &fr.code_data().code;
                let at_yield = code.instructions.get(fr.lasti).is_some_and(|i| i.op == Opcode::YIELD_VALUE)
                    && fr.lasti > 0
                    && code.instructions[fr.lasti - 1].op == Opcode::SEND;
                if at_yield {
                    fr.stack.last().cloned()
                } else {
                    None
                }
            };
            if let Some(sub) = delegate {
                let r = if matches!(sub.payload, Payload::Generator(_)) {
                    Some(self.gen_throw(&sub, exc.clone()))
                } else if crate::objects::async_gen::step_of(&sub).is_some() {
                    let none = self.none();
                    Some(self.async_gen_step(&sub, none, Some(exc.clone())))
                } else {
                    match self.getattr_opt(&sub, "throw")? {
                        Some(t) => Some(
                            match self.call(&t, &[exc.clone()], &[]) {
                                Ok(v) => Ok(GenResult::Yield(v)),
                                Err(e) if self.isinstance_exc(&e, &self.interp.exc.stop_iteration.clone()) => {
                                    let v = crate::exceptions::exc_data(&e).borrow().get_attr("value").unwrap_or_else(|| self.none());
                                    Ok(GenResult::Return(v))
                                }
                                Err(e) => Err(e),
                            },
                        ),
                        None => None,
                    }
                };
                match r {
                    Some(Ok(GenResult::Yield(v))) => return Ok(GenResult::Yield(v)),
                    Some(Ok(GenResult::Return(v))) => {
                        // The sub-iterator finished: continue after the SEND loop with v.
                        let target = {
                            let mut fr = g.frame.borrow_mut();
                            let fr = fr.as_mut().unwrap();
                            let send_ip = fr.lasti - 1;
                            let t = fr.code_data().code.instructions[send_ip].arg as usize;
                            fr.stack.pop();
                            fr.stack.push(v);
                            fr.ip = t;
                            t
                        };
                        let _ = target;
                        // Resume without pushing a sent value.
                        return self.gen_resume_raw(gen);
                    }
                    Some(Err(e)) => {
                        if let Some(fr) = g.frame.borrow_mut().as_mut() {
                            fr.stack.pop();
                        }
                        return self.gen_resume(gen, self.none(), Some(e));
                    }
                    None => {}
                }
            }
        }
        if g.state.get() == GenState::Created {
            g.state.set(GenState::Suspended);
            // An unstarted generator raises at its first line.
        }
        self.gen_resume(gen, self.none(), Some(exc))
    }

    /// Resumes a suspended generator whose frame was already prepared (no sent value).
    fn gen_resume_raw(&mut self, gen: &PyRef) -> PyResult<GenResult> {
        let g = gen_data(gen).unwrap();
        let frame = g.frame.borrow_mut().take().unwrap();
        g.state.set(GenState::Running);
        let saved = std::mem::replace(&mut self.exc_info, g.exc_info.take());
        let (frame, r) = self.run_frame(frame, None);
        let inner = std::mem::replace(&mut self.exc_info, saved);
        match r {
            Ok(Outcome::Yield(v)) => {
                g.exc_info.set(inner);
                *g.frame.borrow_mut() = Some(frame);
                g.state.set(GenState::Suspended);
                Ok(GenResult::Yield(v))
            }
            Ok(Outcome::Return(v)) => {
                g.state.set(GenState::Finished);
                Ok(GenResult::Return(v))
            }
            Err(e) => {
                g.state.set(GenState::Finished);
                Err(e)
            }
        }
    }

    /// The finalizer of a dying generator (see `needs_finalizer`).
    pub fn finalize_generator(&mut self, gen: &PyRef) {
        let g = gen_data(gen).unwrap();
        let saved = self.exc_info.clone();
        if g.state.get() == GenState::Created {
            if g.kind == GenKind::Coroutine {
                self.warn_unawaited_coroutine(gen);
            }
        } else if let Err(e) = self.gen_close(gen) {
            let desc = self.repr_str(gen).unwrap_or_default();
            self.report_unraisable(&format!("Exception ignored in: {desc}"), &e);
        }
        g.state.set(GenState::Finished);
        g.frame.borrow_mut().take();
        self.exc_info = saved;
    }

    /// RuntimeWarning "coroutine '...' was never awaited", through `warnings` while
    /// Python code runs; at shutdown (no frame left) written directly, as CPython's
    /// fallback does ("sys:1: ...").
    fn warn_unawaited_coroutine(&mut self, coro: &PyRef) {
        let qualname = gen_data(coro).map(|g| g.qualname.get()).and_then(|q| q.as_str().map(|s| s.as_str().to_string())).unwrap_or_default();
        if !self.frames.is_empty() {
            let r = self.import_module_path("warnings").and_then(|w| self.getattr_str(&w, "_warn_unawaited_coroutine")).and_then(|f| self.call(&f, &[coro.clone()], &[]));
            match r {
                Ok(_) => return,
                Err(e) => {
                    let desc = self.repr_str(coro).unwrap_or_default();
                    self.report_unraisable(&format!("Exception ignored in: {desc}"), &e);
                    return;
                }
            }
        }
        crate::modules::io::flush_stdout_buffer().ok();
        let _ = self.write_stderr(&format!("sys:1: RuntimeWarning: coroutine '{qualname}' was never awaited\n"));
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, gen: &PyRef) -> PyResult<()> {
        let g = gen_data(gen).unwrap();
        match g.state.get() {
            GenState::Created => {
                g.state.set(GenState::Finished);
                g.frame.borrow_mut().take();
                return Ok(());
            }
            GenState::Finished => return Ok(()),
            _ => {}
        }
        let ge = self.new_exception(&self.interp.exc.generator_exit.clone(), vec![]);
        match self.gen_throw(gen, ge) {
            Ok(GenResult::Yield(_)) => Err(self.new_runtime_error(format!("{} ignored GeneratorExit", g.kind.noun()))),
            Ok(GenResult::Return(_)) => Ok(()),
            Err(e) => {
                if self.isinstance_exc(&e, &self.interp.exc.generator_exit.clone()) || self.isinstance_exc(&e, &self.interp.exc.stop_iteration.clone()) {
                    Ok(())
                } else {
                    Err(e)
                }
            }
        }
    }

    /// GET_AWAITABLE: coroutines are awaited directly; otherwise `__await__()`.
    pub fn get_awaitable(&mut self, o: &PyRef, kind: u32) -> PyResult {
        if let Some(g) = gen_data(o) {
            if g.kind == GenKind::Coroutine {
                return Ok(o.clone());
            }
            if g.kind == GenKind::Generator && g.code.payload.kind_name() == "code" {
                if let Payload::Code(cd) = &g.code.payload {
                    if cd.code.flags & code_flags::ITERABLE_COROUTINE != 0 {
                        return Ok(o.clone());
                    }
                }
            }
        }
        match self.lookup_special(o, "__await__")? {
            Some(m) => {
                let it = self.call(&m, &[], &[])?;
                if let Some(g) = gen_data(&it) {
                    if g.kind == GenKind::Coroutine {
                        return Err(self.new_type_error("__await__() returned a coroutine"));
                    }
                }
                if !matches!(it.payload, Payload::Iterator(_) | Payload::Generator(_)) && typeobj::lookup(self, it.class(), "__next__").is_none() {
                    return Err(self.new_type_error(format!(
                        "__await__() returned non-iterator of type '{}'",
                        typeobj::obj_type_name(&it)
                    )));
                }
                Ok(it)
            }
            None => {
                let tn = typeobj::obj_type_name(o);
                Err(self.new_type_error(match kind {
                    1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {tn}"),
                    2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {tn}"),
                    _ => format!("object {tn} can't be used in 'await' expression"),
                }))
            }
        }
    }

    pub fn get_aiter(&mut self, o: &PyRef) -> PyResult {
        match self.lookup_special(o, "__aiter__")? {
            Some(m) => self.call(&m, &[], &[]),
            None => Err(self.new_type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                typeobj::obj_type_name(o)
            ))),
        }
    }

    pub fn get_anext(&mut self, it: &PyRef) -> PyResult {
        match self.lookup_special(it, "__anext__")? {
            Some(m) => {
                let aw = self.call(&m, &[], &[])?;
                self.get_awaitable(&aw, 0)
            }
            None => Err(self.new_type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                typeobj::obj_type_name(it)
            ))),
        }
    }
}
