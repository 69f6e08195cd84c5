//! The runtime: objects, the eval loop, builtins and native modules.
//!
//! Work in progress (see docs/STATUS.md): the object model, GIL, eval loop and call
//! protocol are written (`object.rs`, `cell.rs`, `dealloc.rs`, `gil.rs`, `vm.rs`,
//! `exceptions.rs`, `eval/`, `protocol/`, `objects/`) but not yet wired into the crate,
//! because the remaining pieces they call (int/float arithmetic, iterators, generators,
//! tracebacks, imports, builtins) are not written yet. Only `hash` is compiled so far.

pub mod hash;
