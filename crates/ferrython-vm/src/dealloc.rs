//! Freeing objects whose refcount reached zero.
//!
//! Two concerns, as in CPython's `_Py_Dealloc` and its "trashcan":
//! - Deep structures (a list nested 100,000 deep) must not overflow the Rust stack
//!   when freed: past a nesting depth, objects are queued and freed iteratively by the
//!   outermost call.
//! - Objects whose class defines `__del__` are not freed on the spot: running Python
//!   code in the middle of whatever dropped the reference is unsafe. They are kept
//!   alive in a queue and finalized at the next safe point of the eval loop (the next
//!   call, backward jump or return, before any further user-visible effect), then freed.

use crate::object::PyRef;
use std::cell::{Cell, RefCell};

const MAX_DEPTH: usize = 64;

thread_local! {
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<PyRef>> = const { RefCell::new(Vec::new()) };
    static FINALIZE: RefCell<Vec<PyRef>> = const { RefCell::new(Vec::new()) };
    static HAS_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Called with the last reference (refcount 1).
pub(crate) fn dealloc(obj: PyRef) {
    if needs_finalizer(&obj) {
        FINALIZE.with(|f| f.borrow_mut().push(obj));
        HAS_PENDING.with(|p| p.set(true));
        return;
    }
    let depth = DEPTH.with(|d| d.get());
    if depth >= MAX_DEPTH {
        DEFERRED.with(|q| q.borrow_mut().push(obj));
        return;
    }
    DEPTH.with(|d| d.set(depth + 1));
    obj.free();
    if depth == 0 {
        // Outermost: drain what deeper levels queued, iteratively.
        loop {
            let next = DEFERRED.with(|q| q.borrow_mut().pop());
            match next {
                Some(o) => o.free(),
                None => break,
            }
        }
    }
    DEPTH.with(|d| d.set(depth));
}

fn needs_finalizer(obj: &PyRef) -> bool {
    match obj.class().as_type() {
        Some(t) => t.has_finalizer() && obj.flags.get() & crate::object::flags::FINALIZED == 0,
        None => false,
    }
}

/// Are finalizers waiting to run?
#[inline]
pub fn has_pending() -> bool {
    HAS_PENDING.with(|p| p.get())
}

/// Runs pending `__del__` methods (called by the eval loop at safe points).
pub fn run_pending(vm: &mut crate::Vm) {
    HAS_PENDING.with(|p| p.set(false));
    loop {
        let next = FINALIZE.with(|f| {
            let mut f = f.borrow_mut();
            if f.is_empty() {
                None
            } else {
                Some(f.remove(0))
            }
        });
        let Some(obj) = next else { break };
        obj.flags.set(obj.flags.get() | crate::object::flags::FINALIZED);
        vm.call_finalizer(&obj);
        // Dropping `obj` frees it now unless `__del__` resurrected it.
        drop(obj);
    }
}
