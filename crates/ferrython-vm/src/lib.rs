//! The runtime: objects, the eval loop, builtins and native modules.
//! See docs/ARCHITECTURE.md for the layers and invariants (the GIL rule, refcounts).

pub mod api;
pub mod args;
pub mod builtins;
pub mod cell;
pub mod config;
pub mod dealloc;
pub mod gc;
pub mod eval;
pub mod exceptions;
pub mod gil;
pub mod hash;
pub mod import;
mod init;
pub mod leakcheck;
mod lib_modules;
pub mod modules;
pub mod object;
pub mod objects;
pub mod protocol;
pub mod signals;
pub mod suggestions;
pub mod traceback;
pub mod vm;

pub use api::{ExitStatus, Interpreter};
pub use config::Config;
pub use ferrython_compiler::Mode as CompileMode;
pub use object::{Payload, PyRef};
pub use vm::{Interp, PyErr, PyResult, Vm};
