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

/// How far an interactive statement has got: the REPL reads more lines unless
/// it is complete (or has a real syntax error).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum InputState {
    Complete,
    /// Inside an open bracket or a triple-quoted string.
    Unfinished,
    /// A block header without its body: read up to a blank line.
    NeedsBlock,
}

pub fn input_state(src: &str) -> InputState {
    match ferrython_compiler::compile(src, "<stdin>", CompileMode::Single) {
        Ok(_) => InputState::Complete,
        Err(e) if e.msg.starts_with("expected an indented block") => InputState::NeedsBlock,
        Err(e)
            if e.msg.ends_with("was never closed")
                || e.msg.starts_with("unterminated triple-quoted string")
                || e.msg == "unexpected EOF while parsing" =>
        {
            InputState::Unfinished
        }
        Err(_) => InputState::Complete,
    }
}
pub use object::{Payload, PyRef};
pub use vm::{Interp, PyErr, PyResult, Vm};
