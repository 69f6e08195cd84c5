//! Iterator objects of builtin types and builtins (list_iterator, range_iterator,
//! dict_keyiterator, enumerate, zip, map, filter, reversed, callable_iterator…).
//! CPython: Objects/iterobject.c, listobject.c, rangeobject.c, enumobject.c, bltinmodule.c.

use crate::object::PyRef;

pub enum IterState {
    /// Index-based iteration over a list, tuple, str, bytes or bytearray.
    Seq { seq: PyRef, index: usize },
    /// `reversed()` over a list or tuple (index counts down; None once exhausted).
    SeqReverse { seq: PyRef, index: Option<usize> },
    Range { next: i64, step: i64, remaining: i64 },
    /// Over a dict or set: raw entry position, the length at start (size-change check).
    Dict { dict: PyRef, pos: usize, len: usize, kind: DictIterKind },
    /// Over a set in CPython's table order (objects/set.rs): entry indices to visit.
    SetOrdered { set: PyRef, order: Vec<usize>, i: usize, len: usize },
    /// The `__getitem__` fallback of `iter()`.
    GetItem { obj: PyRef, index: i64 },
    /// `iter(callable, sentinel)`.
    Callable { func: PyRef, sentinel: PyRef },
    Enumerate { it: PyRef, count: PyRef },
    Zip { its: Vec<PyRef>, strict: bool },
    Map { func: PyRef, its: Vec<PyRef> },
    Filter { func: PyRef, it: PyRef },
    Exhausted,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
    /// Over a set.
    Set,
}

use crate::object::Payload;
use crate::{PyResult, Vm};
use std::cell::RefCell;

/// One step of a range or list/tuple iterator: Some(next item, or None at the end),
/// or None when the iterator is of another kind. FOR_ITER calls it inline; these
/// iterator types cannot be subclassed, so no `__next__` override can exist.
#[inline(always)]
pub fn step_fast(vm: &Vm, st: &mut IterState) -> Option<Option<PyRef>> {
    match st {
        IterState::Range { next, step, remaining } => Some(if *remaining > 0 {
            let v = *next;
            *next = next.wrapping_add(*step);
            *remaining -= 1;
            Some(vm.new_int(v))
        } else {
            None
        }),
        IterState::Seq { seq, index } => {
            let v = match &seq.payload {
                Payload::List(l) => l.borrow().get(*index).cloned(),
                Payload::Tuple(t) => t.get(*index).cloned(),
                _ => return None,
            };
            match v {
                Some(v) => {
                    *index += 1;
                    Some(Some(v))
                }
                None => {
                    *st = IterState::Exhausted;
                    Some(None)
                }
            }
        }
        _ => None,
    }
}

/// One step of a builtin iterator. The state is taken out of its cell while Python code
/// runs (map/filter callbacks, nested `next`), so re-entrant use sees an exhausted
/// iterator instead of a borrow conflict.
pub fn iter_next(vm: &mut Vm, _it: &PyRef, cell: &RefCell<IterState>) -> PyResult<Option<PyRef>> {
    // Fast, non-reentrant kinds first.
    {
        let mut st = cell.borrow_mut();
        if let Some(v) = step_fast(vm, &mut st) {
            return Ok(v);
        }
        match &mut *st {
            IterState::Seq { seq, index } => {
                let i = *index;
                let v = match &seq.payload {
                    Payload::Str(s) => {
                        if i < s.char_len() {
                            let c = s.char_at(i);
                            let mut b = [0u8; 4];
                            Some(vm.new_str(&*c.encode_utf8(&mut b)))
                        } else {
                            None
                        }
                    }
                    Payload::Bytes(b) => b.get(i).map(|x| vm.new_int(*x as i64)),
                    Payload::ByteArray(b) => b.borrow().get(i).map(|x| vm.new_int(*x as i64)),
                    _ => None,
                };
                return Ok(match v {
                    Some(v) => {
                        *index += 1;
                        Some(v)
                    }
                    None => {
                        *st = IterState::Exhausted;
                        None
                    }
                });
            }
            IterState::SeqReverse { seq, index } => {
                let Some(i) = *index else { return Ok(None) };
                let v = match &seq.payload {
                    Payload::List(l) => l.borrow().get(i).cloned(),
                    Payload::Tuple(t) => t.get(i).cloned(),
                    _ => None,
                };
                *index = if i == 0 { None } else { Some(i - 1) };
                if v.is_none() {
                    *index = None;
                }
                return Ok(v);
            }
            IterState::Dict { dict, pos, len, kind } => {
                let d = match &dict.payload {
                    Payload::Dict(d) | Payload::Set(d) | Payload::FrozenSet(d) => d,
                    _ => return Ok(None),
                };
                let data = d.borrow();
                if data.len() != *len {
                    let what = if *kind == DictIterKind::Set { "set" } else { "dictionary" };
                    *len = usize::MAX;
                    drop(data);
                    return Err(vm.new_runtime_error(format!("{what} changed size during iteration")));
                }
                match data.entry_from(*pos) {
                    Some((np, e)) => {
                        *pos = np;
                        let v = match kind {
                            DictIterKind::Keys | DictIterKind::Set => e.key.clone(),
                            DictIterKind::Values => e.value.clone(),
                            DictIterKind::Items => {
                                let (k, v) = (e.key.clone(), e.value.clone());
                                drop(data);
                                return Ok(Some(vm.new_tuple(vec![k, v])));
                            }
                        };
                        return Ok(Some(v));
                    }
                    None => return Ok(None),
                }
            }
            IterState::SetOrdered { set, order, i, len } => {
                let d = match &set.payload {
                    Payload::Set(d) | Payload::FrozenSet(d) => d,
                    _ => return Ok(None),
                };
                let data = d.borrow();
                if data.len() != *len {
                    *len = usize::MAX;
                    drop(data);
                    return Err(vm.new_runtime_error("Set changed size during iteration"));
                }
                while *i < order.len() {
                    let idx = order[*i];
                    *i += 1;
                    if let Some(k) = data.key_at(idx) {
                        return Ok(Some(k.clone()));
                    }
                }
                return Ok(None);
            }
            IterState::Exhausted => return Ok(None),
            _ => {}
        }
    }
    // Kinds that call back into Python: take the state out while running.
    let mut st = std::mem::replace(&mut *cell.borrow_mut(), IterState::Exhausted);
    let r = step_reentrant(vm, &mut st);
    let keep = matches!(r, Ok(Some(_)));
    if keep {
        *cell.borrow_mut() = st;
    }
    r
}

fn step_reentrant(vm: &mut Vm, st: &mut IterState) -> PyResult<Option<PyRef>> {
    match st {
        IterState::GetItem { obj, index } => {
            let i = vm.new_int(*index);
            match vm.getitem(obj, &i) {
                Ok(v) => {
                    *index += 1;
                    Ok(Some(v))
                }
                Err(e) if vm.isinstance_exc(&e, &vm.interp.exc.index_error.clone()) || vm.isinstance_exc(&e, &vm.interp.exc.stop_iteration.clone()) => Ok(None),
                Err(e) => Err(e),
            }
        }
        IterState::Callable { func, sentinel } => {
            let v = vm.call(func, &[], &[])?;
            if vm.eq(&v, sentinel)? {
                Ok(None)
            } else {
                Ok(Some(v))
            }
        }
        IterState::Enumerate { it, count } => match vm.next(it)? {
            Some(v) => {
                let c = count.clone();
                let one = vm.new_int(1);
                *count = vm.binary_op(&c, &one, ferrython_bytecode::BinaryOp::Add)?;
                Ok(Some(vm.new_tuple(vec![c, v])))
            }
            None => Ok(None),
        },
        IterState::Zip { its, strict } => {
            let mut items = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => items.push(v),
                    None => {
                        if *strict {
                            if i > 0 {
                                let s = if i == 1 { " " } else { "s 1-" };
                                return Err(vm.new_value_error(format!(
                                    "zip() argument {} is shorter than argument{s}{}",
                                    i + 1,
                                    i
                                )));
                            }
                            for (j, other) in its.iter().enumerate().skip(1) {
                                if vm.next(other)?.is_some() {
                                    let s = if j == 1 { " " } else { "s 1-" };
                                    return Err(vm.new_value_error(format!(
                                        "zip() argument {} is longer than argument{s}{}",
                                        j + 1,
                                        j
                                    )));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            if items.is_empty() {
                return Ok(None);
            }
            Ok(Some(vm.new_tuple(items)))
        }
        IterState::Map { func, its } => {
            let mut args = Vec::with_capacity(its.len());
            for it in its.iter() {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            Ok(Some(vm.call(func, &args, &[])?))
        }
        IterState::Filter { func, it } => loop {
            let Some(v) = vm.next(it)? else { return Ok(None) };
            let keep = if matches!(func.payload, Payload::None) {
                vm.is_true(&v)?
            } else {
                let r = vm.call(func, &[v.clone()], &[])?;
                vm.is_true(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        },
        _ => Ok(None),
    }
}
