//! The front end: parse with `ruff_python_parser`, build the symbol table, and
//! compile to [`ferrython_bytecode::CodeObject`]s. Knows nothing of runtime objects.

mod codegen;
mod error;
mod symtable;

use ferrython_bytecode::CodeObject;
use ruff_python_ast::token::TokenKind;
use ruff_python_ast::Mod;
use ruff_python_parser::{Mode as ParseMode, ParseOptions};
use ruff_text_size::{Ranged, TextRange};
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

/// Marks a SyntaxErr that is really the compiler's recursion limit.
pub(crate) const RECURSION_MARKER: &str = "\0recursion";

/// CPython's tokenizer limits (Parser/tokenizer.h MAXLEVEL, MAXINDENT) and the
/// parser's stack limit, reached by long chains of prefix operators.
const MAX_PAREN_LEVEL: usize = 200;
const MAX_INDENT: usize = 100;
const MAX_PREFIX_CHAIN: usize = 5975;

/// Sources larger than this compile on a thread with a big stack, so deeply
/// nested input (and dropping its AST) cannot overflow the caller's stack.
const BIG_SOURCE: usize = 16 * 1024;

/// Compiles `source` into a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>, CompileError> {
    if source.len() < BIG_SOURCE {
        return compile_here(source, filename, mode);
    }
    let src = source.to_string();
    let fname = filename.to_string();
    let handle = std::thread::Builder::new()
        .name("ferrython-compile".into())
        .stack_size(1 << 30)
        .spawn(move || compile_here(&src, &fname, mode));
    match handle {
        Ok(h) => match h.join() {
            Ok(r) => r,
            Err(_) => Err(simple_error(ErrorKind::MemoryError, "", filename)),
        },
        Err(_) => compile_here(source, filename, mode),
    }
}

fn simple_error(kind: ErrorKind, msg: &str, filename: &str) -> CompileError {
    CompileError {
        kind,
        msg: msg.into(),
        filename: filename.into(),
        lineno: 0,
        offset: 0,
        end_lineno: 0,
        end_offset: 0,
        text: None,
    }
}

fn compile_here(source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>, CompileError> {
    let index = error::LineIndex::new(source);
    let pmode = match mode {
        Mode::Eval => ParseMode::Expression,
        Mode::Exec | Mode::Single => ParseMode::Module,
    };
    let parsed = ruff_python_parser::parse_unchecked(source, ParseOptions::from(pmode));
    check_token_limits(parsed.tokens(), source, &index, filename)?;
    if let Some(e) = parsed.errors().first() {
        if let Some(b) = bracket_error(parsed.tokens(), source, &index, filename, e.location.start()) {
            return Err(b);
        }
        if let Some(b) = missing_comma_error(parsed.tokens(), source, &index, filename, e.location.start()) {
            return Err(b);
        }
        return Err(error::from_parse_error(e, source, &index, filename));
    }
    let module = parsed.into_syntax();
    let to_err = |e: error::SyntaxErr| {
        if e.msg == RECURSION_MARKER {
            simple_error(ErrorKind::RecursionError, "maximum recursion depth exceeded during compilation", filename)
        } else {
            error::make_error(ErrorKind::SyntaxError, e.msg, source, &index, filename, e.range)
        }
    };
    let result = match &module {
        Mod::Module(m) => {
            let table = symtable::build(&m.body, None).map_err(|e| fix_nonlocal_range(e, &m.body)).map_err(to_err)?;
            let mut c = codegen::Compiler::new(source, &index, filename, table);
            c.compile_module(&m.body, mode == Mode::Single).map_err(to_err)
        }
        Mod::Expression(e) => {
            let table = symtable::build(&[], Some(&e.body)).map_err(to_err)?;
            let mut c = codegen::Compiler::new(source, &index, filename, table);
            c.compile_eval(&e.body).map_err(to_err)
        }
    };
    if let Ok(code) = &result {
        // Debugging aid: FERRYTHON_DIS=1 prints every compiled code object.
        if std::env::var_os("FERRYTHON_DIS").is_some() {
            eprintln!("{}", code.disassemble());
        }
    }
    result
}

/// Symbol-table errors about `nonlocal` carry no position; point at the statement.
fn fix_nonlocal_range(mut e: error::SyntaxErr, body: &[ruff_python_ast::Stmt]) -> error::SyntaxErr {
    if e.range != TextRange::default() {
        return e;
    }
    if let Some(name) = e.msg.strip_prefix("no binding for nonlocal '").and_then(|s| s.strip_suffix("' found")) {
        if let Some(r) = find_nonlocal(body, name) {
            e.range = r;
        }
    }
    e
}

fn find_nonlocal(body: &[ruff_python_ast::Stmt], name: &str) -> Option<TextRange> {
    use ruff_python_ast::Stmt;
    for s in body {
        let found = match s {
            Stmt::Nonlocal(n) if n.names.iter().any(|x| x.id.as_str() == name) => Some(n.range),
            Stmt::FunctionDef(f) => find_nonlocal(&f.body, name),
            Stmt::ClassDef(c) => find_nonlocal(&c.body, name),
            Stmt::If(i) => find_nonlocal(&i.body, name)
                .or_else(|| i.elif_else_clauses.iter().find_map(|c| find_nonlocal(&c.body, name))),
            Stmt::For(f) => find_nonlocal(&f.body, name).or_else(|| find_nonlocal(&f.orelse, name)),
            Stmt::While(f) => find_nonlocal(&f.body, name).or_else(|| find_nonlocal(&f.orelse, name)),
            Stmt::With(w) => find_nonlocal(&w.body, name),
            Stmt::Try(t) => find_nonlocal(&t.body, name)
                .or_else(|| find_nonlocal(&t.orelse, name))
                .or_else(|| find_nonlocal(&t.finalbody, name))
                .or_else(|| {
                    t.handlers.iter().find_map(|h| {
                        let ruff_python_ast::ExceptHandler::ExceptHandler(h) = h;
                        find_nonlocal(&h.body, name)
                    })
                }),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// The tokenizer's bracket errors, which CPython reports before any grammar error:
/// unmatched closers, mismatched pairs, and brackets still open at the end.
fn bracket_error(
    tokens: &ruff_python_ast::token::Tokens,
    source: &str,
    index: &error::LineIndex,
    filename: &str,
    error_at: ruff_text_size::TextSize,
) -> Option<CompileError> {
    let mut stack: Vec<(char, TextRange)> = Vec::new();
    let err = |msg: String, r: TextRange| error::make_error(ErrorKind::SyntaxError, msg, source, index, filename, r);
    for t in tokens.iter() {
        let open = match t.kind() {
            TokenKind::Lpar => Some('('),
            TokenKind::Lsqb => Some('['),
            TokenKind::Lbrace => Some('{'),
            _ => None,
        };
        if let Some(c) = open {
            stack.push((c, t.range()));
            continue;
        }
        let close = match t.kind() {
            TokenKind::Rpar => ')',
            TokenKind::Rsqb => ']',
            TokenKind::Rbrace => '}',
            _ => continue,
        };
        let r = TextRange::new(t.range().start(), t.range().start());
        match stack.pop() {
            None => return Some(err(format!("unmatched '{close}'"), r)),
            Some((o, orange)) => {
                let expected = match o {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                };
                if expected != close {
                    let (ol, _) = index.line_col(orange.start());
                    let (cl, _) = index.line_col(t.range().start());
                    let msg = if ol != cl {
                        format!("closing parenthesis '{close}' does not match opening parenthesis '{o}' on line {ol}")
                    } else {
                        format!("closing parenthesis '{close}' does not match opening parenthesis '{o}'")
                    };
                    return Some(err(msg, r));
                }
            }
        }
    }
    // An open bracket is only the culprit when parsing failed at the end of the input.
    let at_end = usize::from(error_at) >= source.trim_end().len();
    if !at_end {
        return None;
    }
    stack.first().map(|(o, r)| err(format!("'{o}' was never closed"), TextRange::new(r.start(), r.start())))
}

/// CPython's "invalid syntax. Perhaps you forgot a comma?": two expressions side by
/// side inside brackets. The marked range runs from the start of the first (after the
/// nearest `(`, `[`, `{`, `,`, `:` or `=` at that level) to the end of the second.
fn missing_comma_error(
    tokens: &ruff_python_ast::token::Tokens,
    source: &str,
    index: &error::LineIndex,
    filename: &str,
    error_at: ruff_text_size::TextSize,
) -> Option<CompileError> {
    use TokenKind as K;
    let toks: Vec<_> = tokens.iter().filter(|t| !matches!(t.kind(), K::Comment | K::NonLogicalNewline)).collect();
    let i = toks.iter().position(|t| t.range().start() >= error_at)?;
    if i == 0 {
        return None;
    }
    let depth: i32 = toks[..i]
        .iter()
        .map(|t| match t.kind() {
            K::Lpar | K::Lsqb | K::Lbrace => 1,
            K::Rpar | K::Rsqb | K::Rbrace => -1,
            _ => 0,
        })
        .sum();
    if depth <= 0 {
        return None;
    }
    let ends_expr = |k: K| {
        matches!(k, K::Name | K::Int | K::Float | K::Complex | K::String | K::FStringEnd | K::Rpar | K::Rsqb | K::Rbrace | K::None | K::True | K::False)
    };
    let starts_expr = |k: K| {
        matches!(k, K::Name | K::Int | K::Float | K::Complex | K::String | K::FStringStart | K::Lpar | K::Lsqb | K::Lbrace | K::None | K::True | K::False)
    };
    let (prev, cur) = (toks[i - 1].kind(), toks[i].kind());
    // `kf"..."` (an unknown string prefix) is not a missing comma.
    if !ends_expr(prev) || !starts_expr(cur) || (prev == K::Name && cur == K::String) {
        return None;
    }
    // Start of the first expression.
    let mut j = i - 1;
    let mut level = 0;
    loop {
        match toks[j].kind() {
            K::Rpar | K::Rsqb | K::Rbrace => level += 1,
            K::Lpar | K::Lsqb | K::Lbrace if level == 0 => {
                j += 1;
                break;
            }
            K::Lpar | K::Lsqb | K::Lbrace => level -= 1,
            K::Comma | K::Colon | K::Equal if level == 0 => {
                j += 1;
                break;
            }
            _ => {}
        }
        if j == 0 {
            break;
        }
        j -= 1;
    }
    // End of the second: an atom with its trailers (`.name`, calls, subscripts).
    let mut k = i;
    let skip_group = |mut k: usize| -> usize {
        let mut level = 0;
        while k < toks.len() {
            match toks[k].kind() {
                K::Lpar | K::Lsqb | K::Lbrace => level += 1,
                K::Rpar | K::Rsqb | K::Rbrace => {
                    level -= 1;
                    if level == 0 {
                        return k;
                    }
                }
                _ => {}
            }
            k += 1;
        }
        toks.len() - 1
    };
    if matches!(cur, K::Lpar | K::Lsqb | K::Lbrace) {
        k = skip_group(k);
    } else if cur == K::FStringStart {
        while k < toks.len() && toks[k].kind() != K::FStringEnd {
            k += 1;
        }
    }
    loop {
        match toks.get(k + 1).map(|t| t.kind()) {
            Some(K::Dot) if toks.get(k + 2).is_some_and(|t| t.kind() == K::Name) => k += 2,
            Some(K::Lpar) | Some(K::Lsqb) => k = skip_group(k + 1),
            _ => break,
        }
    }
    let range = TextRange::new(toks[j.min(i - 1)].range().start(), toks[k.min(toks.len() - 1)].range().end());
    Some(error::make_error(ErrorKind::SyntaxError, "invalid syntax. Perhaps you forgot a comma?".into(), source, index, filename, range))
}

fn check_token_limits(
    tokens: &ruff_python_ast::token::Tokens,
    source: &str,
    index: &error::LineIndex,
    filename: &str,
) -> Result<(), CompileError> {
    let mut parens = 0usize;
    let mut indent = 0usize;
    let mut prefix_run = 0usize;
    for t in tokens.iter() {
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                parens += 1;
                if parens > MAX_PAREN_LEVEL {
                    return Err(error::make_error(
                        ErrorKind::SyntaxError,
                        "too many nested parentheses".into(),
                        source,
                        index,
                        filename,
                        t.range(),
                    ));
                }
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => parens = parens.saturating_sub(1),
            TokenKind::Indent => {
                indent += 1;
                if indent >= MAX_INDENT {
                    let mut e = error::make_error(
                        ErrorKind::IndentationError,
                        "too many levels of indentation".into(),
                        source,
                        index,
                        filename,
                        t.range(),
                    );
                    e.offset = e.text.as_ref().map(|s| s.trim_end_matches('\n').chars().count() as u32 + 1).unwrap_or(0);
                    return Err(e);
                }
            }
            TokenKind::Dedent => indent = indent.saturating_sub(1),
            _ => {}
        }
        match t.kind() {
            TokenKind::Not | TokenKind::Minus | TokenKind::Plus | TokenKind::Tilde => {
                prefix_run += 1;
                if prefix_run > MAX_PREFIX_CHAIN {
                    return Err(simple_error(ErrorKind::MemoryError, "", filename));
                }
            }
            _ => prefix_run = 0,
        }
    }
    Ok(())
}

/// Where a traceback's `^` markers split for a binary operation or subscript, as
/// CPython 3.11 decides it: `segment` is the source text of the failing expression;
/// the result is (left, right) character offsets into it. Characters before `left`
/// and from `right` on are drawn with `~`, the operator or index part with `^`.
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use ruff_python_ast::{Expr, Stmt};
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let body = &parsed.syntax().body;
    if body.len() != 1 {
        return None;
    }
    let Stmt::Expr(stmt) = &body[0] else { return None };
    let chars = |byte: usize| segment.get(..byte.min(segment.len())).map(|s| s.chars().count()).unwrap_or(byte);
    let bytes = segment.as_bytes();
    match &*stmt.value {
        Expr::BinOp(b) => {
            let left_end = usize::from(b.left.range().end());
            let right_start = usize::from(b.right.range().start());
            let between = segment.get(left_end..right_start)?;
            let skip = between.len() - between.trim_start().len();
            let mut left = left_end + skip;
            let mut right = left + 1;
            // Two-character operators (`**`, `//`, `<<`, ...).
            if skip + 1 < between.len() && !between.as_bytes()[skip + 1].is_ascii_whitespace() {
                right += 1;
            }
            while left < bytes.len() && (bytes[left].is_ascii_whitespace() || bytes[left] == b')' || bytes[left] == b'#') {
                left += 1;
                right += 1;
            }
            Some((chars(left), chars(right)))
        }
        Expr::Subscript(s) => {
            let mut left = chars(usize::from(s.value.range().end()));
            let mut right = chars(usize::from(s.slice.range().end()) + 1);
            let cs: Vec<char> = segment.chars().collect();
            while left < cs.len() && cs[left] != '[' {
                left += 1;
            }
            while right < cs.len() && cs[right] != ']' {
                right += 1;
            }
            if right < cs.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ferrython_bytecode::{Constant, Opcode};

    fn code(src: &str) -> Arc<CodeObject> {
        compile(src, "<test>", Mode::Exec).expect("compiles")
    }

    fn inner(c: &CodeObject, name: &str) -> Arc<CodeObject> {
        c.constants
            .iter()
            .find_map(|k| match k {
                Constant::Code(x) if x.name == name => Some(x.clone()),
                _ => None,
            })
            .expect("nested code object")
    }

    #[test]
    fn closures_get_cells_and_free_variables() {
        let m = code("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n");
        let outer = inner(&m, "outer");
        assert_eq!(outer.cellvars, vec!["x".to_string()]);
        let i = inner(&outer, "inner");
        assert_eq!(i.freevars, vec!["x".to_string()]);
        assert_eq!(i.qualname, "outer.<locals>.inner");
    }

    #[test]
    fn methods_using_super_get_the_class_cell() {
        let m = code("class C:\n    def f(self):\n        return super().f()\n");
        let c = inner(&m, "C");
        assert_eq!(c.cellvars, vec!["__class__".to_string()]);
        assert_eq!(inner(&c, "f").freevars, vec!["__class__".to_string()]);
    }

    #[test]
    fn function_locals_use_fast_opcodes_and_module_names_do_not() {
        let m = code("y = 2\ndef f(a):\n    b = a + y\n    return b\n");
        assert!(m.instructions.iter().any(|i| i.op == Opcode::STORE_NAME));
        let f = inner(&m, "f");
        // `b = ...; return b`: the store is fused with the load that follows.
        assert!(f.instructions.iter().any(|i| i.op == Opcode::STORE_FAST__LOAD_FAST));
        assert!(f.instructions.iter().any(|i| i.op == Opcode::LOAD_GLOBAL));
        assert_eq!(f.varnames, vec!["a".to_string(), "b".to_string()]);
    }

    #[test]
    fn superinstructions_pack_both_operands_and_keep_the_second_instruction() {
        let m = code("def f(a, b):\n    c = a\n    return a + b + 1\n");
        let f = inner(&m, "f");
        let ops: Vec<Opcode> = f.instructions.iter().map(|i| i.op).collect();
        let i = ops.iter().position(|&o| o == Opcode::LOAD_FAST__LOAD_FAST).expect("a + b fused");
        // Operands: a (0) in the low half, b (1) in the high half; the LOAD_FAST of b
        // stays in place for jumps that target it.
        assert_eq!(f.instructions[i].arg, 1 << 16);
        assert_eq!(ops[i + 1], Opcode::LOAD_FAST);
        assert_eq!(f.instructions[i + 1].arg, 1);
        assert!(ops.contains(&Opcode::STORE_FAST__LOAD_FAST));
    }

    #[test]
    fn syntax_errors_carry_cpython_messages_and_positions() {
        let e = compile("x = (1,\n", "<s>", Mode::Exec).unwrap_err();
        assert_eq!(e.msg, "'(' was never closed");
        assert_eq!((e.lineno, e.offset), (1, 5));
        let e = compile("def f():\n    nonlocal q\n", "<s>", Mode::Exec).unwrap_err();
        assert_eq!(e.msg, "no binding for nonlocal 'q' found");
        assert_eq!(e.lineno, 2);
        let e = compile("(" .repeat(201).as_str(), "<s>", Mode::Eval).unwrap_err();
        assert_eq!(e.msg, "too many nested parentheses");
    }

    #[test]
    fn deep_expressions_hit_the_compiler_recursion_limit() {
        let src = vec!["x"; 5000].join("+");
        let e = compile(&src, "<s>", Mode::Eval).unwrap_err();
        assert_eq!(e.kind, ErrorKind::RecursionError);
    }

    #[test]
    fn caret_anchors_split_operators_and_subscripts() {
        assert_eq!(caret_anchors("a / b"), Some((2, 3)));
        assert_eq!(caret_anchors("x ** y"), Some((2, 4)));
        assert_eq!(caret_anchors("d['a']['c']"), Some((6, 11)));
        assert_eq!(caret_anchors("f(x)"), None);
    }
}
