//! Code objects: the compiler's output and the VM's input.
//! CPython counterpart: Objects/codeobject.c (`PyCodeObject`).

use crate::opcode::Opcode;
use num_bigint::BigInt;
use std::sync::Arc;

/// One instruction: an opcode and its operand (no EXTENDED_ARG: the operand is 32 bits).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instruction {
    pub op: Opcode,
    pub arg: u32,
}

impl Instruction {
    pub const fn new(op: Opcode, arg: u32) -> Self {
        Instruction { op, arg }
    }
}

/// Source location of an instruction, 1-based lines and 0-based UTF-8 byte columns
/// (as CPython's `co_positions()`), used for tracebacks and their `^^^` markers.
/// `line == 0` means "no location" (artificial instructions).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// A compile-time constant. Equal constants (same type and value) appear once per
/// code object, so `a = 257; b = 257; a is b` holds within one code object as in CPython.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex { real: f64, imag: f64 },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    FrozenSet(Vec<Constant>),
    Code(Arc<CodeObject>),
}

impl Constant {
    /// Identity-relevant equality used for de-duplication: same type and same value
    /// (floats compare by bits, so 0.0 and -0.0 stay distinct, as in CPython).
    pub fn same_as(&self, other: &Constant) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex { real: a, imag: b }, Complex { real: c, imag: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) | (FrozenSet(a), FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same_as(y))
            }
            (Code(a), Code(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// `co_flags` bits, numbered as CPython's.
pub mod code_flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// A compiled body: module, function, lambda, class body or comprehension.
#[derive(Debug, Default)]
pub struct CodeObject {
    /// `co_name`: function name, `<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, class name.
    pub name: String,
    /// `co_qualname`, e.g. `Outer.method.<locals>.inner`.
    pub qualname: String,
    pub filename: Arc<str>,
    /// `co_firstlineno`.
    pub first_line: u32,
    /// Positional parameters, including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// `code_flags` bits.
    pub flags: u32,
    pub instructions: Vec<Instruction>,
    /// One location per instruction (same length as `instructions`).
    pub locations: Vec<Location>,
    pub constants: Vec<Constant>,
    /// Names used by *_NAME, *_GLOBAL, *_ATTR, LOAD_METHOD, IMPORT_* instructions.
    pub names: Vec<String>,
    /// Local variable names; parameters first, in order: positional, keyword-only, *args, **kwargs.
    pub varnames: Vec<String>,
    /// Variables of this scope captured by inner scopes.
    pub cellvars: Vec<String>,
    /// Variables of enclosing scopes used here.
    pub freevars: Vec<String>,
    /// For each cellvar that is also a parameter: its index in `varnames`
    /// (the frame moves the argument into the new cell at entry).
    pub cell2arg: Vec<Option<u32>>,
    /// The docstring, if the body starts with a string literal (functions and classes).
    pub docstring: Option<String>,
}

impl CodeObject {
    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// Total parameter count including `*args` and `**kwargs` slots.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.has_flag(code_flags::VARARGS) {
            n += 1;
        }
        if self.has_flag(code_flags::VARKEYWORDS) {
            n += 1;
        }
        n
    }

    /// The source line of instruction `index` (0 if unknown).
    pub fn line_of(&self, index: usize) -> u32 {
        self.locations.get(index).map(|l| l.line).unwrap_or(0)
    }

    /// A human-readable listing, in the spirit of `dis.dis` (for debugging and tests).
    pub fn disassemble(&self) -> String {
        let mut out = String::new();
        let mut last_line = 0;
        for (i, ins) in self.instructions.iter().enumerate() {
            let line = self.line_of(i);
            let line_s = if line != last_line && line != 0 {
                last_line = line;
                format!("{line:>4}")
            } else {
                "    ".to_string()
            };
            out.push_str(&format!("{line_s} {i:>6} {:<22} {}\n", ins.op.name(), ins.arg));
        }
        for c in &self.constants {
            if let Constant::Code(code) = c {
                out.push_str(&format!("\nDisassembly of <code object {}>:\n", code.name));
                out.push_str(&code.disassemble());
            }
        }
        out
    }
}
