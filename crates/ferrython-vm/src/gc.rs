//! The cycle collector: finds groups of objects that only reference each other and
//! frees them. CPython: Modules/gcmodule.c (the algorithm, not the code).
//!
//! Containers (instances, lists, tuples, dicts, sets, functions, cells, bound methods,
//! generators, exceptions, modules…) are *tracked* from allocation to free, in three
//! generations; the header's `gc_slot` says which generation and where. A collection
//! of generations 0..=g:
//! 1. copies each object's refcount into `gc_refs` and subtracts one for every
//!    reference coming from another object of the set: what remains counts the
//!    references from outside (frames, native code, older objects…);
//! 2. everything with outside references, and everything reachable from those, is
//!    alive; the rest is garbage;
//! 3. garbage with a `__del__` (or a suspended generator) is finalized once (PEP 442)
//!    and the analysis is redone, so resurrected objects survive;
//! 4. weak references to garbage are cleared (callbacks run only for weak references
//!    that are not garbage themselves), then every garbage container is emptied, which
//!    breaks the cycles and lets refcounting free them;
//! 5. survivors move to the next generation.
//!
//! Soundness rests on `traverse` reporting only references the object owns and that
//! are counted in the refcount (reporting fewer is safe: the referent then looks
//! referenced from outside and survives). A container whose contents cannot be read
//! right now (a `RefCell` borrowed up the stack) is treated as referenced from outside.

use crate::object::{Payload, PyObject, PyRef};
use crate::Vm;
use std::cell::UnsafeCell;

/// `gc_slot` of untracked objects.
pub const UNTRACKED: u32 = u32::MAX;
const GEN_SHIFT: u32 = 29;
const INDEX_MASK: u32 = (1 << GEN_SHIFT) - 1;
/// Generation 3 holds objects moved out of the collector's sight by `gc.freeze()`.
const PERMANENT: usize = 3;

pub struct State {
    gens: [Vec<usize>; 4],
    /// Generation 0: allocations minus deallocations since the last collection;
    /// 1 and 2: collections of the younger generation since their own last one.
    pub count: [usize; 3],
    pub threshold: [usize; 3],
    pub enabled: bool,
    collecting: bool,
    /// Objects that survived a full collection, and those promoted to generation 2 since.
    long_lived_total: usize,
    long_lived_pending: usize,
    pub debug: i64,
    /// Collections, collected and uncollectable objects per generation (`gc.get_stats`).
    pub stats: [(usize, usize, usize); 3],
}

struct Global(UnsafeCell<State>);
// SAFETY: only touched by the thread holding the GIL.
unsafe impl Sync for Global {}

static STATE: Global = Global(UnsafeCell::new(State {
    gens: [Vec::new(), Vec::new(), Vec::new(), Vec::new()],
    count: [0; 3],
    threshold: [700, 10, 10],
    enabled: true,
    collecting: false,
    long_lived_total: 0,
    long_lived_pending: 0,
    debug: 0,
    stats: [(0, 0, 0); 3],
}));

/// The collector's state. Callers hold the GIL and keep the borrow short (no Python
/// code runs while it is held).
#[allow(clippy::mut_from_ref)]
pub fn state() -> &'static mut State {
    // SAFETY: GIL-serialised; every use is a short, non-reentrant access.
    unsafe { &mut *STATE.0.get() }
}

fn encode(gen: usize, index: usize) -> u32 {
    ((gen as u32) << GEN_SHIFT) | index as u32
}

fn decode(slot: u32) -> (usize, usize) {
    ((slot >> GEN_SHIFT) as usize, (slot & INDEX_MASK) as usize)
}

fn header(addr: usize) -> &'static PyObject {
    // SAFETY: tracked addresses are live objects (untracked before they are freed).
    unsafe { &*(addr as *const PyObject) }
}

/// Does this payload make the object a container the collector tracks?
#[inline]
pub fn is_container(p: &Payload) -> bool {
    matches!(
        p,
        Payload::Instance(_)
            | Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Function(_)
            | Payload::Cell(_)
            | Payload::Method(_)
            | Payload::ClassMethod(_)
            | Payload::StaticMethod(_)
            | Payload::Property(_)
            | Payload::Generator(_)
            | Payload::Exception(_)
            | Payload::Module(_)
    )
}

/// Starts tracking a new container (called by `PyRef::new`).
#[inline]
pub(crate) fn track(obj: &PyObject, addr: usize) {
    let s = state();
    let idx = s.gens[0].len();
    s.gens[0].push(addr);
    obj.gc_slot.set(encode(0, idx));
    s.count[0] += 1;
    if s.count[0] > s.threshold[0] && s.threshold[0] > 0 && s.enabled && !s.collecting {
        crate::dealloc::request_gc();
    }
}

/// Stops tracking an object about to be freed.
#[inline]
pub(crate) fn untrack(obj: &PyObject) {
    let slot = obj.gc_slot.get();
    if slot == UNTRACKED {
        return;
    }
    obj.gc_slot.set(UNTRACKED);
    let (g, i) = decode(slot);
    let s = state();
    let list = &mut s.gens[g];
    list.swap_remove(i);
    if i < list.len() {
        header(list[i]).gc_slot.set(encode(g, i));
    }
    if s.count[0] > 0 {
        s.count[0] -= 1;
    }
}

pub fn is_tracked(o: &PyRef) -> bool {
    o.gc_slot.get() != UNTRACKED
}

/// Calls `visit` with every counted reference `o` owns that could be part of a
/// cycle. Returns false when the contents cannot be read right now.
pub fn traverse(o: &PyRef, visit: &mut dyn FnMut(&PyRef)) -> bool {
    // SAFETY (the `peek`s below): no Python code runs during a traversal, so no slot
    // can be replaced while we look at it.
    if let Some(d) = unsafe { o.dict.peek() } {
        visit(d);
    }
    match &o.payload {
        Payload::Instance(slots) => {
            for s in slots.iter() {
                if let Some(v) = unsafe { s.peek() } {
                    visit(v);
                }
            }
        }
        Payload::List(l) => match l.try_borrow() {
            Ok(l) => l.iter().for_each(|x| visit(x)),
            Err(_) => return false,
        },
        Payload::Tuple(t) => t.iter().for_each(|x| visit(x)),
        Payload::Dict(d) | Payload::Set(d) | Payload::FrozenSet(d) => match d.try_borrow() {
            Ok(d) => {
                // Like CPython, str-keyed dicts report only their values.
                let keys = d.shape.general || !matches!(o.payload, Payload::Dict(_));
                for e in d.iter() {
                    if keys {
                        visit(&e.key);
                    }
                    visit(&e.value);
                }
            }
            Err(_) => return false,
        },
        Payload::Function(f) => {
            visit(&f.globals);
            for c in [f.defaults.get(), f.kwdefaults.get(), f.annotations.get(), f.module.get(), f.doc.get()].into_iter().flatten() {
                visit(&c);
            }
            if let Some(c) = &f.closure {
                visit(c);
            }
        }
        Payload::Cell(c) => {
            if let Some(v) = c.get() {
                visit(&v);
            }
        }
        Payload::Method(m) => {
            visit(&m.0);
            visit(&m.1);
        }
        Payload::ClassMethod(w) | Payload::StaticMethod(w) => visit(&w.0),
        Payload::Property(p) => {
            for f in [p.fget.get(), p.fset.get(), p.fdel.get(), p.doc.get()].into_iter().flatten() {
                visit(&f);
            }
        }
        Payload::Generator(g) => {
            match g.frame.try_borrow() {
                Ok(fr) => {
                    if let Some(fr) = fr.as_ref() {
                        visit(&fr.globals);
                        if let Some(l) = &fr.locals {
                            visit(l);
                        }
                        fr.fast.iter().flatten().for_each(|x| visit(x));
                        fr.cells.iter().for_each(|x| visit(x));
                        fr.stack.iter().for_each(|x| visit(x));
                        if let Some(f) = &fr.func {
                            visit(f);
                        }
                    }
                }
                Err(_) => return false,
            }
            if let Some(e) = g.exc_info.get() {
                visit(&e);
            }
        }
        Payload::Exception(e) => match e.try_borrow() {
            Ok(e) => {
                visit(&e.args);
                for x in [&e.traceback, &e.cause, &e.context].into_iter().flatten() {
                    visit(x);
                }
                e.attrs.iter().for_each(|(_, v)| visit(v));
            }
            Err(_) => return false,
        },
        Payload::Module(d) => visit(d),
        _ => {}
    }
    true
}

/// Empties a garbage container so the cycle it is part of falls apart (tp_clear).
fn clear(o: &PyRef) {
    let dict = o.dict.take();
    drop(dict);
    match &o.payload {
        Payload::Instance(slots) => {
            for s in slots.iter() {
                drop(s.take());
            }
        }
        Payload::List(l) => {
            let items = l.try_borrow_mut().map(|mut l| std::mem::take(&mut *l));
            drop(items);
        }
        Payload::Dict(d) | Payload::Set(d) | Payload::FrozenSet(d) => {
            let old = d.try_borrow_mut().map(|mut d| d.clear());
            drop(old);
        }
        Payload::Function(f) => {
            for c in [&f.defaults, &f.kwdefaults, &f.annotations, &f.module, &f.doc] {
                drop(c.take());
            }
        }
        Payload::Cell(c) => drop(c.take()),
        Payload::Property(p) => {
            for c in [&p.fget, &p.fset, &p.fdel, &p.doc] {
                drop(c.take());
            }
        }
        Payload::Generator(g) => {
            let fr = g.frame.try_borrow_mut().map(|mut f| f.take());
            drop(fr);
            drop(g.exc_info.take());
        }
        Payload::Exception(e) => {
            let old = e.try_borrow_mut().map(|mut e| (e.traceback.take(), e.cause.take(), e.context.take(), std::mem::take(&mut e.attrs)));
            drop(old);
        }
        _ => {}
    }
}

/// The outcome of analysing a set of generations.
struct Analysis {
    /// Garbage, as counted references (kept alive while we work on them).
    garbage: Vec<PyRef>,
}

/// Runs `f` on the object at `addr` without touching its refcount.
fn with_obj<R>(addr: usize, f: impl FnOnce(&PyRef) -> R) -> R {
    // SAFETY: tracked objects are alive; ManuallyDrop keeps the refcount untouched.
    let o = std::mem::ManuallyDrop::new(unsafe { PyRef::from_addr_unowned(addr) });
    f(&o)
}

/// Splits the objects of generations 0..=`upto` into alive and garbage. Objects are
/// numbered by generation and slot (`gc_slot`), so no hashing is needed.
fn analyse(upto: usize) -> Analysis {
    let s = state();
    let mut offset = [0usize; 4];
    let mut addrs: Vec<usize> = Vec::new();
    for g in 0..=upto {
        offset[g] = addrs.len();
        addrs.extend_from_slice(&s.gens[g]);
    }
    let position = |c: &PyRef| -> Option<usize> {
        let slot = c.gc_slot.get();
        if slot == UNTRACKED {
            return None;
        }
        let (g, i) = decode(slot);
        (g <= upto).then(|| offset[g] + i)
    };
    let mut refs: Vec<isize> = addrs.iter().map(|&a| header(a).refcount_raw() as isize).collect();
    for i in 0..addrs.len() {
        let ok = with_obj(addrs[i], |o| {
            traverse(o, &mut |c: &PyRef| {
                if let Some(p) = position(c) {
                    refs[p] -= 1;
                }
            })
        });
        if !ok {
            // Contents unreadable now: treat as referenced from outside.
            refs[i] = isize::MAX / 2;
        }
    }
    // Everything referenced from outside is alive, and so is what it reaches.
    let mut alive: Vec<bool> = refs.iter().map(|&r| r > 0).collect();
    let mut stack: Vec<usize> = (0..addrs.len()).filter(|&i| alive[i]).collect();
    while let Some(i) = stack.pop() {
        with_obj(addrs[i], |o| {
            traverse(o, &mut |c: &PyRef| {
                if let Some(p) = position(c) {
                    if !alive[p] {
                        alive[p] = true;
                        stack.push(p);
                    }
                }
            })
        });
    }
    let garbage = (0..addrs.len())
        .filter(|&i| !alive[i])
        // SAFETY: garbage objects are alive until we clear them.
        .map(|i| unsafe { PyRef::from_addr_borrowed(addrs[i]) })
        .collect();
    Analysis { garbage }
}

fn needs_finalizer(o: &PyRef) -> bool {
    if o.flags.get() & crate::object::flags::FINALIZED != 0 {
        return false;
    }
    match &o.payload {
        Payload::Generator(g) => crate::objects::generator::needs_finalizer(g),
        _ => o.class().as_type().is_some_and(|t| t.has_finalizer()),
    }
}

/// Counted like CPython 3.11 counts them: an instance `__dict__` still sharing its
/// class's keys is, in CPython, values stored inside the instance, not an object.
fn counts_as_object(o: &PyRef) -> bool {
    match &o.payload {
        Payload::Dict(d) => d.try_borrow().map(|d| d.shape.split.is_none()).unwrap_or(true),
        _ => true,
    }
}

/// Collects generations 0..=`generation`; returns the number of unreachable objects.
pub fn collect(vm: &mut Vm, generation: usize) -> usize {
    let generation = generation.min(2);
    {
        let s = state();
        if s.collecting {
            return 0;
        }
        s.collecting = true;
    }
    run_callbacks(vm, "start", generation, 0);
    let mut analysis = analyse(generation);
    // PEP 442: finalize garbage once, then look again (finalizers may resurrect).
    let to_finalize: Vec<PyRef> = analysis.garbage.iter().filter(|o| needs_finalizer(o)).cloned().collect();
    if !to_finalize.is_empty() {
        for o in &to_finalize {
            o.flags.set(o.flags.get() | crate::object::flags::FINALIZED);
        }
        drop(analysis);
        for o in &to_finalize {
            if matches!(o.payload, Payload::Generator(_)) {
                vm.finalize_generator(o);
            } else {
                vm.call_finalizer(o);
            }
        }
        drop(to_finalize);
        analysis = analyse(generation);
    }
    let garbage = analysis.garbage;
    let found = garbage.iter().filter(|o| counts_as_object(o)).count();
    // Weak references to garbage die first; only live weak references get callbacks.
    let garbage_addrs: std::collections::HashSet<usize> = garbage.iter().map(|o| o.addr()).collect();
    for o in &garbage {
        if o.flags.get() & crate::object::flags::HAS_WEAKREFS != 0 {
            crate::objects::weakref::clear_for_gc(o, &|a| garbage_addrs.contains(&a));
            o.flags.set(o.flags.get() & !crate::object::flags::HAS_WEAKREFS);
        }
    }
    for o in &garbage {
        clear(o);
    }
    drop(garbage);
    {
        let s = state();
        // Survivors grow up.
        let target = (generation + 1).min(2);
        for g in 0..=generation {
            if g == target {
                continue;
            }
            let moved = std::mem::take(&mut s.gens[g]);
            for a in moved {
                let h = header(a);
                // As CPython: a tuple holding only untracked objects can never be
                // part of a cycle (it is immutable), so it leaves the collector.
                if let Payload::Tuple(items) = &h.payload {
                    if items.iter().all(|x| x.gc_slot.get() == UNTRACKED) {
                        h.gc_slot.set(UNTRACKED);
                        continue;
                    }
                }
                let idx = s.gens[target].len();
                s.gens[target].push(a);
                h.gc_slot.set(encode(target, idx));
            }
        }
        if generation < 2 {
            s.count[generation + 1] += 1;
            if target == 2 {
                s.long_lived_pending = s.gens[2].len().saturating_sub(s.long_lived_total);
            }
        } else {
            s.long_lived_total = s.gens[2].len();
            s.long_lived_pending = 0;
        }
        for c in s.count.iter_mut().take(generation + 1) {
            *c = 0;
        }
        s.stats[generation].0 += 1;
        s.stats[generation].1 += found;
        s.collecting = false;
    }
    run_callbacks(vm, "stop", generation, found);
    crate::dealloc::run_pending(vm);
    found
}

/// The automatic collection: the oldest generation whose count passed its threshold
/// (a full collection only when enough long-lived objects accumulated, as CPython).
pub fn collect_automatic(vm: &mut Vm) {
    let gen = {
        let s = state();
        if !s.enabled || s.collecting {
            return;
        }
        let mut gen = None;
        for g in (0..3).rev() {
            if s.count[g] > s.threshold[g] && s.threshold[g] > 0 {
                if g == 2 && s.long_lived_pending < s.long_lived_total / 4 {
                    continue;
                }
                gen = Some(g);
                break;
            }
        }
        match gen {
            Some(g) => g,
            None => return,
        }
    };
    collect(vm, gen);
}

/// `gc.callbacks`: each called with ("start" | "stop", info dict).
fn run_callbacks(vm: &mut Vm, phase: &str, generation: usize, collected: usize) {
    let Some(gcmod) = vm.sys_modules_get("gc") else { return };
    let Ok(Some(cbs)) = vm.getattr_opt(&gcmod, "callbacks") else { return };
    let list = vm.seq_items(&cbs);
    if list.is_empty() {
        return;
    }
    let info = vm.new_dict();
    let g = vm.new_int(generation as i64);
    crate::objects::dict::set_str(vm, &info, "generation", g);
    let c = vm.new_int(collected as i64);
    crate::objects::dict::set_str(vm, &info, "collected", c);
    let u = vm.new_int(0);
    crate::objects::dict::set_str(vm, &info, "uncollectable", u);
    let p = vm.new_str(phase);
    for cb in list {
        if let Err(e) = vm.call(&cb, &[p.clone(), info.clone()], &[]) {
            let desc = vm.repr_str(&cb).unwrap_or_default();
            vm.report_unraisable(&format!("Exception ignored in garbage collector callback {desc}"), &e);
        }
    }
}

/// Tracked objects of generation `gen` (all but the frozen ones when None).
pub fn objects(gen: Option<usize>) -> Vec<PyRef> {
    let s = state();
    let gens: Vec<usize> = match gen {
        Some(g) => vec![g],
        None => vec![0, 1, 2],
    };
    let mut out = Vec::new();
    for g in gens {
        for &a in &s.gens[g] {
            // SAFETY: tracked objects are alive.
            out.push(unsafe { PyRef::from_addr_borrowed(a) });
        }
    }
    out
}

/// `gc.freeze()`: moves every tracked object to the permanent generation.
pub fn freeze() {
    let s = state();
    for g in 0..3 {
        let moved = std::mem::take(&mut s.gens[g]);
        for a in moved {
            let idx = s.gens[PERMANENT].len();
            s.gens[PERMANENT].push(a);
            header(a).gc_slot.set(encode(PERMANENT, idx));
        }
    }
    s.count = [0; 3];
}

/// `gc.unfreeze()`: the permanent generation goes back to the oldest one.
pub fn unfreeze() {
    let s = state();
    let moved = std::mem::take(&mut s.gens[PERMANENT]);
    for a in moved {
        let idx = s.gens[2].len();
        s.gens[2].push(a);
        header(a).gc_slot.set(encode(2, idx));
    }
}

pub fn freeze_count() -> usize {
    state().gens[PERMANENT].len()
}
