//! The code generator: walks the ruff AST and emits [`CodeObject`]s, one unit per
//! scope (module, class body, function, lambda, comprehension).
//! CPython counterpart: Python/compile.c.
//!
//! Jumps are emitted with label ids and resolved to instruction indices when a
//! unit is finished. Exception handling uses the block stack documented in
//! `ferrython_bytecode::opcode` (SETUP_FINALLY / POP_BLOCK); `fblocks` mirrors it
//! at compile time so `return`/`break`/`continue` can unwind through `finally`
//! bodies, `with` exits and active handlers.

mod expr;
mod pattern;
mod stmt;
mod unparse;

use crate::error::{LineIndex, SyntaxErr};
use crate::symtable::{self, NameScope, ScopeKind, SymbolTable};
use ferrython_bytecode::{code_flags, CodeObject, Constant, Instruction, Location, Opcode};
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::TextRange;
use std::sync::Arc;

pub type CResult<T = ()> = Result<T, SyntaxErr>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(u32);

/// A compile-time block, innermost last.
#[derive(Clone, Copy)]
pub enum FBlock<'a> {
    While { start: Label, exit: Label },
    For { start: Label, exit: Label },
    /// Inside `try:` of a try/except: one SETUP_FINALLY is active.
    TryExcept,
    /// Inside `try:` of a try/finally: the finally body runs on unwind.
    FinallyTry { body: &'a [Stmt] },
    /// Inside the exception path of a finally body: `[prev, exc]` on the stack, cleanup block active.
    FinallyEnd,
    /// Inside a `with` body: `[exit]` on the stack, handler block active.
    With { is_async: bool },
    /// Inside an except handler body: `[prev]` on the stack, cleanup block(s) active.
    HandlerCleanup { name: Option<&'a str> },
    /// A value to discard when unwinding (the pending return value while a finally body runs).
    PopValue,
    /// Inside a `match` case body is not a block; `async for` uses this to pop the iterator.
    AsyncFor { start: Label, exit: Label },
}

pub struct Unit<'a> {
    pub code: CodeObject,
    pub scope: usize,
    labels: Vec<Option<u32>>,
    fblocks: Vec<FBlock<'a>>,
    pub loc: Location,
    /// True while compiling the body of a loop (for `continue` checks etc.).
    in_async_comprehension: bool,
}

pub struct Compiler<'a> {
    pub src: &'a str,
    pub index: &'a LineIndex,
    pub filename: Arc<str>,
    pub table: SymbolTable,
    units: Vec<Unit<'a>>,
    pub interactive: bool,
    /// Depth of nested expression compilation (CPython's compiler recursion limit).
    pub depth: u32,
    /// `from __future__ import annotations`: annotations are stored as strings.
    pub future_annotations: bool,
}

/// Nesting beyond this raises "maximum recursion depth exceeded during compilation".
pub const MAX_COMPILE_DEPTH: u32 = 2990;

impl<'a> Compiler<'a> {
    pub fn new(src: &'a str, index: &'a LineIndex, filename: &str, table: SymbolTable) -> Self {
        Compiler { src, index, filename: filename.into(), table, units: Vec::new(), interactive: false, depth: 0, future_annotations: false }
    }

    pub fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    pub fn scope(&self) -> &symtable::Scope {
        &self.table.scopes[self.units.last().unwrap().scope]
    }

    pub fn err<T>(&self, msg: impl Into<String>, range: TextRange) -> CResult<T> {
        Err(SyntaxErr { msg: msg.into(), range })
    }

    // ---- units ----

    pub fn enter_unit(&mut self, scope: usize, name: &str, qualname: String, first_line: u32) {
        let s = &self.table.scopes[scope];
        let mut flags = 0;
        if s.is_function_like() {
            flags |= code_flags::OPTIMIZED | code_flags::NEWLOCALS;
        }
        if s.nested {
            flags |= code_flags::NESTED;
        }
        if s.is_generator && s.is_coroutine {
            flags |= code_flags::ASYNC_GENERATOR;
        } else if s.is_coroutine {
            flags |= code_flags::COROUTINE;
        } else if s.is_generator {
            flags |= code_flags::GENERATOR;
        }
        if s.freevars.is_empty() && s.cellvars.is_empty() {
            flags |= code_flags::NOFREE;
        }
        let code = CodeObject {
            name: name.to_string(),
            qualname,
            filename: self.filename.clone(),
            first_line,
            flags,
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            ..Default::default()
        };
        self.units.push(Unit {
            code,
            scope,
            labels: Vec::new(),
            fblocks: Vec::new(),
            loc: Location { line: first_line, end_line: first_line, col: 0, end_col: 0 },
            in_async_comprehension: false,
        });
    }

    /// Finishes the current unit: resolves labels, computes cell2arg.
    pub fn exit_unit(&mut self) -> Arc<CodeObject> {
        let mut u = self.units.pop().unwrap();
        let labels = std::mem::take(&mut u.labels);
        for (i, ins) in u.code.instructions.iter_mut().enumerate() {
            if is_jump(ins.op) {
                let target = labels[ins.arg as usize].expect("label bound");
                ins.arg = target;
                if ins.op == Opcode::JUMP_FORWARD && (target as usize) <= i {
                    ins.op = Opcode::JUMP_BACKWARD;
                }
            }
        }
        superinstructions(&mut u.code.instructions);
        u.code.cell2arg = u
            .code
            .cellvars
            .iter()
            .map(|c| {
                let nargs = u.code.total_args();
                u.code.varnames[..nargs.min(u.code.varnames.len())].iter().position(|v| v == c).map(|p| p as u32)
            })
            .collect();
        Arc::new(u.code)
    }

    /// The qualified name for a new scope named `name` defined in the current unit.
    pub fn qualname_for(&self, name: &str) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let u = self.units.last().unwrap();
        let s = &self.table.scopes[u.scope];
        // A name declared global in the enclosing scope gets a plain qualname.
        if let Some(NameScope::GlobalExplicit) = s.scopes.get(name) {
            return name.to_string();
        }
        if s.is_function_like() {
            format!("{}.<locals>.{}", u.code.qualname, name)
        } else {
            format!("{}.{}", u.code.qualname, name)
        }
    }

    // ---- emission ----

    pub fn emit(&mut self, op: Opcode, arg: u32) {
        let u = self.unit();
        u.code.instructions.push(Instruction::new(op, arg));
        let loc = u.loc;
        u.code.locations.push(loc);
    }

    pub fn op(&mut self, op: Opcode) {
        self.emit(op, 0);
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0 as usize] = Some(u.code.instructions.len() as u32);
    }

    pub fn jump(&mut self, op: Opcode, l: Label) {
        self.emit(op, l.0);
    }

    pub fn set_loc(&mut self, range: TextRange) {
        let (line, col) = self.index.line_col(range.start());
        let (end_line, end_col) = self.index.line_col(range.end());
        self.unit().loc = Location { line, end_line, col, end_col };
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        let consts = &mut self.unit().code.constants;
        if let Some(i) = consts.iter().position(|x| x.same_as(&c)) {
            return i as u32;
        }
        consts.push(c);
        consts.len() as u32 - 1
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Opcode::LOAD_CONST, i);
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        let names = &mut self.unit().code.names;
        if let Some(i) = names.iter().position(|x| x == name) {
            return i as u32;
        }
        names.push(name.to_string());
        names.len() as u32 - 1
    }

    pub fn add_varname(&mut self, name: &str) -> u32 {
        let v = &mut self.unit().code.varnames;
        if let Some(i) = v.iter().position(|x| x == name) {
            return i as u32;
        }
        v.push(name.to_string());
        v.len() as u32 - 1
    }

    pub fn mangle(&self, name: &str) -> String {
        symtable::mangle(self.scope().private.as_deref(), name)
    }

    fn deref_index(&self, name: &str) -> u32 {
        let c = &self.units.last().unwrap().code;
        if let Some(i) = c.cellvars.iter().position(|x| x == name) {
            return i as u32;
        }
        match c.freevars.iter().position(|x| x == name) {
            Some(i) => (c.cellvars.len() + i) as u32,
            None => panic!("compiler bug: no cell or free variable {name}"),
        }
    }

    /// Emits the load/store/delete of a variable according to its scope.
    pub fn name_op(&mut self, name: &str, ctx: NameCtx) {
        let name = self.mangle(name);
        let scope = self.scope();
        let sc = scope.lookup(&name);
        let optimized = scope.is_function_like();
        let is_class = scope.kind == ScopeKind::Class;
        use NameCtx::*;
        match sc {
            NameScope::Free | NameScope::Cell => {
                let i = self.deref_index(&name);
                let op = match ctx {
                    Load if is_class => Opcode::LOAD_CLASSDEREF,
                    Load => Opcode::LOAD_DEREF,
                    Store => Opcode::STORE_DEREF,
                    Del => Opcode::DELETE_DEREF,
                };
                self.emit(op, i);
            }
            NameScope::Local if optimized => {
                let i = self.add_varname(&name);
                let op = match ctx {
                    Load => Opcode::LOAD_FAST,
                    Store => Opcode::STORE_FAST,
                    Del => Opcode::DELETE_FAST,
                };
                self.emit(op, i);
            }
            NameScope::GlobalExplicit | NameScope::GlobalImplicit if optimized || sc == NameScope::GlobalExplicit => {
                let i = self.add_name(&name);
                let op = match ctx {
                    Load => Opcode::LOAD_GLOBAL,
                    Store => Opcode::STORE_GLOBAL,
                    Del => Opcode::DELETE_GLOBAL,
                };
                self.emit(op, i);
            }
            _ => {
                let i = self.add_name(&name);
                let op = match ctx {
                    Load => Opcode::LOAD_NAME,
                    Store => Opcode::STORE_NAME,
                    Del => Opcode::DELETE_NAME,
                };
                self.emit(op, i);
            }
        }
    }

    // ---- fblocks ----

    pub fn push_fblock(&mut self, b: FBlock<'a>) {
        self.unit().fblocks.push(b);
    }

    pub fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    /// Emits the code that leaves `b` early. With `preserve_tos` the value on top of
    /// the stack (a return value) is kept above everything removed.
    fn unwind_fblock(&mut self, b: FBlock<'a>, preserve_tos: bool) -> CResult {
        match b {
            FBlock::While { .. } => {}
            FBlock::For { .. } | FBlock::AsyncFor { .. } => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.op(Opcode::POP_TOP);
            }
            FBlock::TryExcept => self.op(Opcode::POP_BLOCK),
            FBlock::FinallyTry { body } => {
                self.op(Opcode::POP_BLOCK);
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue);
                }
                let saved = self.unit().loc;
                self.body(body)?;
                self.unit().loc = saved;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlock::FinallyEnd => {
                self.op(Opcode::POP_BLOCK);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.op(Opcode::POP_TOP); // the exception
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.op(Opcode::POP_EXCEPT);
            }
            FBlock::With { is_async } => {
                self.op(Opcode::POP_BLOCK);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones(is_async);
                self.op(Opcode::POP_TOP);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.op(Opcode::POP_BLOCK);
                }
                self.op(Opcode::POP_BLOCK);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.op(Opcode::POP_EXCEPT);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.name_op(n, NameCtx::Store);
                    self.name_op(n, NameCtx::Del);
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.op(Opcode::POP_TOP);
            }
        }
        Ok(())
    }

    /// `[exit] -> [exit(None, None, None)]` (awaited for `async with`).
    pub fn call_exit_with_nones(&mut self, is_async: bool) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::CALL, 2);
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, 2);
            self.load_const(Constant::None);
            self.yield_from_loop();
        }
    }

    /// Unwinds every fblock down to (and, with `include_loop`, including) the
    /// innermost loop; returns that loop. Used by break/continue/return.
    pub fn unwind_to_loop(&mut self, include_loop: bool) -> CResult<Option<FBlock<'a>>> {
        let saved = self.unit().fblocks.clone();
        let mut found = None;
        while let Some(b) = self.unit().fblocks.pop() {
            match b {
                FBlock::While { .. } | FBlock::For { .. } | FBlock::AsyncFor { .. } => {
                    if include_loop {
                        self.unwind_fblock(b, false)?;
                    }
                    found = Some(b);
                    break;
                }
                _ => self.unwind_fblock(b, false)?,
            }
        }
        self.unit().fblocks = saved;
        Ok(found)
    }

    /// Unwinds every fblock for `return`, keeping the return value on top.
    pub fn unwind_all(&mut self, preserve_tos: bool) -> CResult {
        let saved = self.unit().fblocks.clone();
        while let Some(b) = self.unit().fblocks.pop() {
            self.unwind_fblock(b, preserve_tos)?;
        }
        self.unit().fblocks = saved;
        Ok(())
    }

    /// `[receiver, v]` -> `[result]`: the SEND/YIELD_VALUE loop of `yield from`/`await`.
    pub fn yield_from_loop(&mut self) {
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.jump(Opcode::SEND, exit);
        self.op(Opcode::YIELD_VALUE);
        self.jump(Opcode::JUMP_FORWARD, start);
        self.bind(exit);
    }

    pub fn body(&mut self, stmts: &'a [Stmt]) -> CResult {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// Compiles a module (or `exec`/`single` input).
    /// `from __future__ import ...`: checks the features and their placement (only a
    /// docstring may come first), and turns on PEP 563 annotations.
    fn future_imports(&mut self, body: &'a [Stmt]) -> CResult {
        const KNOWN: &[&str] = &[
            "nested_scopes", "generators", "division", "absolute_import", "with_statement",
            "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
        ];
        let mut leading = true;
        for (i, st) in body.iter().enumerate() {
            let Stmt::ImportFrom(f) = st else {
                if !(i == 0 && docstring_of(st).is_some()) {
                    leading = false;
                }
                continue;
            };
            if f.module.as_ref().map(|m| m.as_str()) != Some("__future__") || f.level != 0 {
                leading = false;
                continue;
            }
            if !leading {
                return self.err("from __future__ imports must occur at the beginning of the file", ruff_text_size::Ranged::range(st));
            }
            for a in f.names.iter() {
                let name = a.name.as_str();
                if name == "braces" {
                    return self.err("not a chance", ruff_text_size::Ranged::range(st));
                }
                if !KNOWN.contains(&name) {
                    return self.err(format!("future feature {name} is not defined"), ruff_text_size::Ranged::range(st));
                }
                if name == "annotations" {
                    self.future_annotations = true;
                }
            }
        }
        Ok(())
    }

    pub fn compile_module(&mut self, body: &'a [Stmt], interactive: bool) -> CResult<Arc<CodeObject>> {
        self.interactive = interactive;
        self.future_imports(body)?;
        self.enter_unit(0, "<module>", "<module>".into(), 1);
        if self.table.scopes[0].has_annotations() {
            self.op(Opcode::SETUP_ANNOTATIONS);
        }
        let mut rest = body;
        if !interactive {
            if let Some(doc) = body.first().and_then(docstring_of) {
                let (line, _) = self.index.line_col(ruff_text_size::Ranged::range(&body[0]).start());
                self.unit().loc.line = line;
                self.load_const(Constant::Str(doc));
                self.name_op("__doc__", NameCtx::Store);
                rest = &body[1..];
            }
        }
        self.body(rest)?;
        self.load_const(Constant::None);
        self.op(Opcode::RETURN_VALUE);
        Ok(self.exit_unit())
    }

    pub fn compile_eval(&mut self, e: &'a Expr) -> CResult<Arc<CodeObject>> {
        self.enter_unit(0, "<module>", "<module>".into(), 1);
        self.expr(e)?;
        self.op(Opcode::RETURN_VALUE);
        Ok(self.exit_unit())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum NameCtx {
    Load,
    Store,
    Del,
}

pub fn is_jump(op: Opcode) -> bool {
    use Opcode::*;
    matches!(
        op,
        JUMP_FORWARD
            | JUMP_BACKWARD
            | POP_JUMP_IF_FALSE
            | POP_JUMP_IF_TRUE
            | POP_JUMP_IF_NONE
            | POP_JUMP_IF_NOT_NONE
            | JUMP_IF_FALSE_OR_POP
            | JUMP_IF_TRUE_OR_POP
            | FOR_ITER
            | SEND
            | SETUP_FINALLY
    )
}

/// The docstring of a body, if its first statement is a plain string literal.
pub fn docstring_of(s: &Stmt) -> Option<String> {
    if let Stmt::Expr(e) = s {
        if let Expr::StringLiteral(lit) = &*e.value {
            return Some(lit.value.to_str().to_string());
        }
    }
    None
}

/// Fuses common instruction pairs into superinstructions (see the opcode table). The
/// second instruction of each pair stays as it was, so jumps to it still work.
fn superinstructions(code: &mut [Instruction]) {
    for i in 0..code.len().saturating_sub(1) {
        let (a, b) = (code[i], code[i + 1]);
        if a.arg > 0xFFFF || b.arg > 0xFFFF {
            continue;
        }
        let fused = match (a.op, b.op) {
            (Opcode::LOAD_FAST, Opcode::LOAD_FAST) => Opcode::LOAD_FAST__LOAD_FAST,
            (Opcode::LOAD_FAST, Opcode::LOAD_CONST) => Opcode::LOAD_FAST__LOAD_CONST,
            (Opcode::LOAD_CONST, Opcode::LOAD_FAST) => Opcode::LOAD_CONST__LOAD_FAST,
            (Opcode::STORE_FAST, Opcode::LOAD_FAST) => Opcode::STORE_FAST__LOAD_FAST,
            (Opcode::STORE_FAST, Opcode::STORE_FAST) => Opcode::STORE_FAST__STORE_FAST,
            _ => continue,
        };
        code[i] = Instruction::new(fused, a.arg | (b.arg << 16));
    }
}
