//! `set` and `frozenset` storage: a dict whose values are unused.
//! CPython: Objects/setobject.c (ours reuses the dict table; insertion order is kept,
//! which CPython does not promise, but iteration order of small-int sets still matches).

pub type SetData = super::dict::DictData;
