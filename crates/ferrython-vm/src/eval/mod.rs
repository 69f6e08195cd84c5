//! The eval loop. Python-to-Python calls do not recurse on the Rust stack: CALL pushes
//! the callee's frame and the loop continues with it; RETURN_VALUE pops back.
//! CPython: Python/ceval.c, Python/bytecodes.c.

pub mod frame;
pub mod inline_cache;
mod instr;

pub use frame::{Block, Frame, Stack};

use crate::object::PyRef;
use crate::{PyResult, Vm};

/// How a run of the loop ended.
pub enum Outcome {
    Return(PyRef),
    /// The bottom frame (a generator's) yielded.
    Yield(PyRef),
}

/// What one instruction asks the loop to do next.
pub(crate) enum Control {
    Next,
    /// Start executing a callee frame (inline call).
    PushFrame(Box<Frame>),
    Return(PyRef),
    Yield(PyRef),
    /// Raise without adding a traceback entry (RERAISE, bare `raise`).
    Reraise(PyRef),
}

impl Vm {
    /// Runs `frame` (and any frames it calls inline) until it returns or yields.
    /// With `pending`, execution starts by raising that exception at the current
    /// instruction (generator `throw`). The frame is handed back for generators.
    pub fn run_frame(&mut self, mut frame: Box<Frame>, pending: Option<PyRef>) -> (Box<Frame>, PyResult<Outcome>) {
        let mut parents: Vec<Box<Frame>> = Vec::new();
        let base_depth = self.depth;
        if self.depth >= self.interp.recursion_limit.get() {
            // Entering Python code from native code, as CPython words it.
            let ty = self.interp.exc.recursion_error.clone();
            let e = self.new_exception_msg(&ty, "maximum recursion depth exceeded while calling a Python object");
            return (frame, Err(e));
        }
        self.depth += 1;
        self.frames.push(&*frame as *const Frame);
        let mut raised: Option<(PyRef, bool)> = pending.map(|e| (e, false));
        if self.profile.is_some() {
            if let Err(e) = self.profile_event(&frame, "call", None) {
                raised = Some((e, false));
            }
        }
        let result = 'outer: loop {
            let code = frame.code.clone();
            let cd = match &code.payload {
                crate::object::Payload::Code(c) => c,
                _ => unreachable!(),
            };
            loop {
                let ctl = match raised.take() {
                    Some((e, reraise)) => Err((e, reraise)),
                    None => {
                        if crate::dealloc::has_pending() {
                            // Objects died during the last instruction: run their
                            // finalizers and weakref callbacks before the next one.
                            crate::dealloc::run_pending(self);
                        }
                        let Some(&ins) = cd.code.instructions.get(frame.ip) else {
                            raised = Some((self.new_system_error("fell off the end of the bytecode"), false));
                            continue;
                        };
                        frame.lasti = frame.ip;
                        frame.ip += 1;
                        match self.exec_instr(&mut frame, cd, ins) {
                            Ok(Control::Reraise(e)) => Err((e, true)),
                            Ok(c) => Ok(c),
                            Err(e) => Err((e, false)),
                        }
                    }
                };
                match ctl {
                    Ok(Control::Next) => {}
                    Ok(Control::PushFrame(callee)) => {
                        if self.depth >= self.interp.recursion_limit.get() {
                            raised = Some((self.new_recursion_error(), false));
                            drop(callee);
                            continue;
                        }
                        self.depth += 1;
                        self.frames.push(&*callee as *const Frame);
                        parents.push(std::mem::replace(&mut frame, callee));
                        if self.profile.is_some() {
                            if let Err(e) = self.profile_event(&frame, "call", None) {
                                raised = Some((e, false));
                            }
                        }
                        continue 'outer;
                    }
                    Ok(Control::Return(v)) if self.profile.is_some() && !self.in_profile => {
                        if let Err(e) = self.profile_event(&frame, "return", Some(v.clone())) {
                            raised = Some((e, false));
                            continue;
                        }
                        match parents.pop() {
                            Some(parent) => {
                                self.frames.pop();
                                self.depth -= 1;
                                let done = std::mem::replace(&mut frame, parent);
                                self.recycle_frame(done);
                                frame.stack.push(v);
                                continue 'outer;
                            }
                            None => break 'outer Ok(Outcome::Return(v)),
                        }
                    }
                    Ok(Control::Return(v)) => match parents.pop() {
                        Some(parent) => {
                            self.frames.pop();
                            self.depth -= 1;
                            let done = std::mem::replace(&mut frame, parent);
                            self.recycle_frame(done);
                            frame.stack.push(v);
                            continue 'outer;
                        }
                        None => break 'outer Ok(Outcome::Return(v)),
                    },
                    Ok(Control::Yield(v)) => {
                        if self.profile.is_some() {
                            if let Err(e) = self.profile_event(&frame, "return", Some(v.clone())) {
                                raised = Some((e, false));
                                continue;
                            }
                        }
                        // Only the bottom frame can be a generator frame.
                        break 'outer Ok(Outcome::Yield(v));
                    }
                    Ok(Control::Reraise(_)) => unreachable!(),
                    Err((exc, reraise)) => {
                        let mut exc = exc;
                        if !reraise {
                            exc = self.prepare_raise(exc);
                            crate::traceback::add_entry(self, &exc, &frame);
                        }
                        // Unwind: find a handler in this frame, else pop to the caller.
                        loop {
                            if let Some(b) = frame.blocks.pop() {
                                frame.stack.truncate(b.depth as usize);
                                frame.stack.push(exc);
                                frame.ip = b.handler as usize;
                                continue 'outer;
                            }
                            if self.profile.is_some() {
                                // The frame ends by the exception: a "return" of None.
                                let _ = self.profile_event(&frame, "return", None);
                            }
                            match parents.pop() {
                                Some(parent) => {
                                    self.frames.pop();
                                    self.depth -= 1;
                                    let done = std::mem::replace(&mut frame, parent);
                                    drop(done);
                                    crate::traceback::add_entry(self, &exc, &frame);
                                }
                                None => break 'outer Err(exc),
                            }
                        }
                    }
                }
            }
        };
        self.frames.pop();
        self.depth = base_depth;
        (frame, result)
    }

    /// Reports a profiling event to the `sys.setprofile` function (not while it runs).
    pub(crate) fn profile_event(&mut self, frame: &Frame, event: &'static str, arg: Option<PyRef>) -> PyResult<()> {
        if self.in_profile {
            return Ok(());
        }
        let Some(func) = self.profile.clone() else { return Ok(()) };
        self.in_profile = true;
        let fo = crate::objects::frame_object::snapshot_of(self, frame);
        let ev = self.intern(event);
        let arg = arg.unwrap_or_else(|| self.none());
        let saved = self.exc_info.clone();
        let r = self.call(&func, &[fo, ev, arg], &[]);
        self.exc_info = saved;
        self.in_profile = false;
        r.map(|_| ())
    }

    /// Sets `__context__` from the exception being handled, as raising does in CPython.
    pub(crate) fn prepare_raise(&mut self, exc: PyRef) -> PyRef {
        if let Some(cur) = &self.exc_info {
            if !cur.is(&exc) && crate::exceptions::is_exception_instance(&exc) {
                let data = crate::exceptions::exc_data(&exc);
                // Avoid creating a cycle: cut the chain where it reaches exc.
                let mut o = Some(cur.clone());
                let mut steps = 0;
                while let Some(x) = o {
                    let next = crate::exceptions::exc_data(&x).borrow().context.clone();
                    if let Some(n) = &next {
                        if n.is(&exc) {
                            crate::exceptions::exc_data(&x).borrow_mut().context = None;
                            break;
                        }
                    }
                    o = next;
                    steps += 1;
                    if steps > 10_000 {
                        break;
                    }
                }
                let same = data.borrow().context.as_ref().is_some_and(|c| c.is(cur));
                if !same {
                    data.borrow_mut().context = Some(cur.clone());
                }
            }
        }
        exc
    }

    /// Runs a code object as a module or exec body with the given namespaces.
    pub fn run_code(&mut self, code: &PyRef, globals: &PyRef, locals: Option<PyRef>) -> PyResult {
        let frame = self.new_frame_for_code(code, globals, locals);
        match self.run_frame(frame, None).1? {
            Outcome::Return(v) => Ok(v),
            Outcome::Yield(_) => Err(self.new_system_error("yield outside a generator frame")),
        }
    }

    pub fn new_frame_for_code(&mut self, code: &PyRef, globals: &PyRef, locals: Option<PyRef>) -> Box<Frame> {
        let cd = match &code.payload {
            crate::object::Payload::Code(c) => c,
            _ => panic!("not a code object"),
        };
        let n_cells = cd.code.cellvars.len() + cd.code.freevars.len();
        let cells = (0..n_cells).map(|_| self.new_cell(None)).collect();
        Box::new(Frame {
            code: code.clone(),
            globals: globals.clone(),
            locals,
            fast: vec![None; cd.code.varnames.len()],
            cells,
            stack: Stack::with_capacity(8),
            blocks: Vec::new(),
            ip: 0,
            lasti: 0,
            kwnames: None,
            func: None,
        })
    }

    /// The innermost frame being executed, if any.
    pub fn current_frame(&self) -> Option<&Frame> {
        // SAFETY: pointers in `frames` are pushed by run_frame for boxed frames that
        // stay alive (owned by run_frame's locals or a generator being run) until popped.
        self.frames.last().map(|p| unsafe { &**p })
    }

    /// The frame `depth` levels up (0 = innermost).
    pub fn frame_at(&self, depth: usize) -> Option<&Frame> {
        let n = self.frames.len();
        if depth >= n {
            return None;
        }
        // SAFETY: as in current_frame.
        Some(unsafe { &*self.frames[n - 1 - depth] })
    }
}
