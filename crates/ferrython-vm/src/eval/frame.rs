//! Frames: the execution state of one code object. Frames live on the heap (boxed),
//! so generators and coroutines suspend by keeping theirs. CPython: Include/internal/pycore_frame.h.

use crate::object::{Payload, PyRef};

/// A handler pushed by SETUP_FINALLY: where to jump and the stack depth to restore.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub handler: u32,
    pub depth: u32,
}

pub struct Frame {
    /// The code object (`Payload::Code`).
    pub code: PyRef,
    pub globals: PyRef,
    /// The locals mapping of module and class bodies (None for optimized functions).
    pub locals: Option<PyRef>,
    /// Fast locals, indexed like `co_varnames`.
    pub fast: Vec<Option<PyRef>>,
    /// Cell objects: cellvars then freevars.
    pub cells: Vec<PyRef>,
    pub stack: Vec<PyRef>,
    pub blocks: Vec<Block>,
    /// Next instruction to execute.
    pub ip: usize,
    /// The instruction being (or last) executed, for tracebacks and `f_lineno`.
    pub lasti: usize,
    /// Keyword names for the next CALL (from KW_NAMES).
    pub kwnames: Option<PyRef>,
    /// The function being run (for zero-argument `super` we use the code's `__class__` cell).
    pub func: Option<PyRef>,
}

impl Frame {
    pub fn code_data(&self) -> &crate::object::CodeData {
        match &self.code.payload {
            Payload::Code(c) => c,
            _ => unreachable!("frame code is a code object"),
        }
    }

    pub fn line(&self) -> u32 {
        self.code_data().code.line_of(self.lasti)
    }
}
