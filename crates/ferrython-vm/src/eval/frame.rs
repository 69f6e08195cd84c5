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
    pub stack: Stack,
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

/// The value stack: a `Vec` whose `push` is forced inline. Inside the eval loop's huge
/// dispatch function LLVM outlined `Vec::push` (5% of a plain `for` loop's time).
pub struct Stack(Vec<PyRef>);

impl Stack {
    pub fn with_capacity(n: usize) -> Stack {
        Stack(Vec::with_capacity(n))
    }

    #[inline(always)]
    pub fn push(&mut self, v: PyRef) {
        if self.0.len() == self.0.capacity() {
            self.grow();
        }
        let len = self.0.len();
        // SAFETY: len < capacity (ensured just above), so the slot is allocated and
        // unused; set_len then covers exactly the initialised elements.
        unsafe {
            self.0.as_mut_ptr().add(len).write(v);
            self.0.set_len(len + 1);
        }
    }

    /// The top `n` items, removed (in stack order).
    pub fn pop_n(&mut self, n: usize) -> Vec<PyRef> {
        let at = self.0.len() - n;
        self.0.split_off(at)
    }

    /// Moves the items from index `from` up into `locals` (which must be empty) as
    /// the first fast locals, then pads it with unbound slots up to `total` entries:
    /// a call's arguments becoming the callee's parameters, without per-item work.
    #[inline(always)]
    pub fn move_into_locals(&mut self, from: usize, locals: &mut Vec<Option<PyRef>>, total: usize) {
        let n = self.0.len() - from;
        assert!(locals.is_empty() && n <= total);
        locals.reserve(total);
        // SAFETY: Option<PyRef> has PyRef's layout with None as the null pointer (the
        // guaranteed niche of a repr(transparent) NonNull wrapper), so n references are
        // moved bitwise; the stack's length drops first so none is dropped twice, and
        // the padding is written as zero bytes = None. `locals` has room for `total`.
        unsafe {
            self.0.set_len(from);
            let dst = locals.as_mut_ptr();
            std::ptr::copy_nonoverlapping(self.0.as_ptr().add(from) as *const Option<PyRef>, dst, n);
            std::ptr::write_bytes(dst.add(n), 0, total - n);
            locals.set_len(total);
        }
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        self.0.reserve(16);
    }
}

impl std::ops::Deref for Stack {
    type Target = Vec<PyRef>;
    fn deref(&self) -> &Vec<PyRef> {
        &self.0
    }
}

impl std::ops::DerefMut for Stack {
    fn deref_mut(&mut self) -> &mut Vec<PyRef> {
        &mut self.0
    }
}
