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
