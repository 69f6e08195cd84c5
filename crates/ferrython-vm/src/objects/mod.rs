//! Builtin object types, one file per type. CPython: Objects/.

pub mod async_gen;
pub mod basic_types;
pub mod bytes_type;
pub mod complex_type;
pub mod dict;
pub mod dict_type;
pub mod exception;
pub mod exception_group;
pub mod float;
pub mod frame_object;
pub mod function;
pub mod generator;
pub mod generic_alias;
pub mod int;
pub mod iter;
pub mod list_type;
pub mod memoryview;
pub mod num_type;
pub mod object_type;
pub mod set;
pub mod str;
pub mod str_methods;
pub mod str_type;
pub mod unicode_digits;
pub mod typeobj;
pub mod weakref;
