//! Freeing objects whose refcount reached zero.
//!
//! Two concerns, as in CPython's `_Py_Dealloc` and its "trashcan":
//! - Deep structures (a list nested 100,000 deep) must not overflow the Rust stack
//!   when freed: past a nesting depth, objects are queued and freed iteratively by the
//!   outermost call.
//! - Objects whose class defines `__del__` are not freed on the spot: running Python
//!   code in the middle of whatever dropped the reference is unsafe. They are kept
//!   alive in a queue and finalized at the next safe point of the eval loop (the next
//!   instruction boundary of the eval loop, before the program's next instruction
//!   runs), then freed. Weak reference callbacks wait in the same queue.
//!
//! The queue is global (any thread holding the GIL may drain it); the flag is an
//! atomic so the eval loop can test it on every instruction for the price of a load.

use crate::object::PyRef;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

const MAX_DEPTH: usize = 64;

thread_local! {
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<PyRef>> = const { RefCell::new(Vec::new()) };
}

/// Python code that must run at the next safe point.
enum Pending {
    /// `obj.__del__()`, then the object is released.
    Finalize(PyRef),
    /// `callback(weakref)` for a weak reference whose referent died.
    WeakCallback(PyRef, PyRef),
}

static QUEUE: Mutex<VecDeque<Pending>> = Mutex::new(VecDeque::new());
static HAS_PENDING: AtomicBool = AtomicBool::new(false);
/// The allocation count passed the cycle collector's threshold (gc.rs).
static GC_PENDING: AtomicBool = AtomicBool::new(false);

/// Asks for an automatic cycle collection at the next safe point.
pub(crate) fn request_gc() {
    GC_PENDING.store(true, Ordering::Relaxed);
    HAS_PENDING.store(true, Ordering::Relaxed);
}

fn push(p: Pending) {
    QUEUE.lock().unwrap_or_else(|e| e.into_inner()).push_back(p);
    HAS_PENDING.store(true, Ordering::Relaxed);
}

/// Queues `callback(weakref)` (called by the weakref registry when a referent dies).
pub(crate) fn queue_weakref_callback(weakref: PyRef, callback: PyRef) {
    push(Pending::WeakCallback(weakref, callback));
}

/// Called with the last reference (refcount 1).
pub(crate) fn dealloc(obj: PyRef) {
    if is_plain_leaf(&obj) {
        // No children, finalizer or weak references: nothing can nest or run code.
        obj.free();
        return;
    }
    if needs_finalizer(&obj) {
        push(Pending::Finalize(obj));
        return;
    }
    if obj.flags.get() & crate::object::flags::HAS_WEAKREFS != 0 {
        crate::objects::weakref::clear(&obj);
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

/// An int, float or str (or similar) without instance dict, weak references or a
/// class with `__del__`: freeing it touches nothing else.
#[inline(always)]
fn is_plain_leaf(obj: &PyRef) -> bool {
    use crate::object::Payload;
    matches!(obj.payload, Payload::Int(_) | Payload::Float(_) | Payload::Str(_) | Payload::Complex(..) | Payload::Bytes(_) | Payload::BigInt(_))
        && obj.flags.get() & crate::object::flags::HAS_WEAKREFS == 0
        && obj.dict.is_none()
        && obj.class().as_type().is_some_and(|t| !t.has_finalizer())
}

fn needs_finalizer(obj: &PyRef) -> bool {
    if obj.flags.get() & crate::object::flags::FINALIZED != 0 {
        return false;
    }
    if let crate::object::Payload::Generator(g) = &obj.payload {
        return crate::objects::generator::needs_finalizer(g);
    }
    match obj.class().as_type() {
        Some(t) => t.has_finalizer(),
        None => false,
    }
}

/// Are finalizers or weakref callbacks waiting to run?
#[inline(always)]
pub fn has_pending() -> bool {
    HAS_PENDING.load(Ordering::Relaxed)
}

/// Runs pending `__del__` methods and weakref callbacks, in the order their objects
/// died (called by the eval loop at instruction boundaries).
pub fn run_pending(vm: &mut crate::Vm) {
    if GC_PENDING.swap(false, Ordering::Relaxed) {
        crate::gc::collect_automatic(vm);
    }
    loop {
        // Take the whole batch first: Python code run below reaches instruction
        // boundaries itself, and must not start on this batch's later entries.
        let batch: Vec<Pending> = {
            let mut q = QUEUE.lock().unwrap_or_else(|e| e.into_inner());
            HAS_PENDING.store(false, Ordering::Relaxed);
            q.drain(..).collect()
        };
        if batch.is_empty() {
            break;
        }
        for p in batch {
            run_one(vm, p);
        }
    }
}

fn run_one(vm: &mut crate::Vm, p: Pending) {
    match p {
        Pending::Finalize(obj) => {
            obj.flags.set(obj.flags.get() | crate::object::flags::FINALIZED);
            if matches!(obj.payload, crate::object::Payload::Generator(_)) {
                vm.finalize_generator(&obj);
            } else {
                vm.call_finalizer(&obj);
            }
            // Dropping `obj` frees it now unless `__del__` resurrected it.
            drop(obj);
        }
        Pending::WeakCallback(weakref, callback) => vm.call_weakref_callback(&weakref, &callback),
    }
}
