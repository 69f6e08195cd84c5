//! The front end: parse with `ruff_python_parser`, build the symbol table, and
//! compile to [`ferrython_bytecode::CodeObject`]s. Knows nothing of runtime objects.

use ferrython_bytecode::CodeObject;
use std::sync::Arc;

/// What `compile()` is asked to produce, as CPython's `mode` argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec` body; returns None.
    Exec,
    /// A single expression; returns its value.
    Eval,
    /// One interactive statement: expression statements print their value (PRINT_EXPR).
    Single,
}

/// Which Python exception a compile failure becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// CPython raises MemoryError when the parser nests too deeply ("not " * 150000).
    MemoryError,
    /// "maximum recursion depth exceeded during compilation".
    RecursionError,
}

/// A compile failure with the attributes CPython's SyntaxError carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line (0 when unknown).
    pub lineno: u32,
    /// 1-based column offset as CPython reports it (0 when unknown).
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The source line the error is on, as CPython's `SyntaxError.text`.
    pub text: Option<String>,
}

/// Compiles `source` into a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>, CompileError> {
    let _ = (source, filename, mode);
    Err(CompileError {
        kind: ErrorKind::SyntaxError,
        msg: "compiler not written yet".into(),
        filename: filename.into(),
        lineno: 0,
        offset: 0,
        end_lineno: 0,
        end_offset: 0,
        text: None,
    })
}
