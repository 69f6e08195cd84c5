//! The object protocols: attribute access, calls, operators, subscripts, repr/format.
//! CPython: Objects/abstract.c, Objects/object.c, Objects/call.c.

pub mod attr;
pub mod call;
pub mod format;
pub mod format_spec;
pub mod matching;
pub mod ops;
pub mod percent_format;
pub mod repr;
pub mod str_format;
pub mod subscript;
