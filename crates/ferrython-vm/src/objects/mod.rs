//! Builtin object types, one file per type. CPython: Objects/.

pub mod dict;
pub mod exception;
pub mod function;
pub mod generator;
pub mod iter;
pub mod set;
pub mod str;
pub mod typeobj;
