//! Expression source text as CPython's `ast.unparse` spells it, for the string
//! annotations of `from __future__ import annotations` (PEP 563): `Dict[str, int]`,
//! `'Node' | None`, `Callable[[int], str]`. Rare expression kinds fall back to the
//! source text as written.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

/// Binding strength, weakest first (CPython's `_Precedence`).
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Prec {
    Tuple,
    Test,
    BOr,
    BXor,
    BAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

pub fn unparse(src: &str, e: &Expr) -> String {
    let mut out = String::new();
    write(src, e, Prec::Test, &mut out);
    out
}

fn binop_prec(op: ast::Operator) -> (Prec, &'static str) {
    use ast::Operator as O;
    match op {
        O::BitOr => (Prec::BOr, "|"),
        O::BitXor => (Prec::BXor, "^"),
        O::BitAnd => (Prec::BAnd, "&"),
        O::LShift => (Prec::Shift, "<<"),
        O::RShift => (Prec::Shift, ">>"),
        O::Add => (Prec::Arith, "+"),
        O::Sub => (Prec::Arith, "-"),
        O::Mult => (Prec::Term, "*"),
        O::MatMult => (Prec::Term, "@"),
        O::Div => (Prec::Term, "/"),
        O::FloorDiv => (Prec::Term, "//"),
        O::Mod => (Prec::Term, "%"),
        O::Pow => (Prec::Power, "**"),
    }
}

fn items(src: &str, elts: &[Expr], out: &mut String) {
    for (i, e) in elts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(src, e, Prec::Test, out);
    }
}

fn write(src: &str, e: &Expr, ctx: Prec, out: &mut String) {
    let paren = |p: Prec| ctx > p;
    match e {
        Expr::Name(n) => out.push_str(&n.id),
        Expr::NoneLiteral(_) => out.push_str("None"),
        Expr::BooleanLiteral(b) => out.push_str(if b.value { "True" } else { "False" }),
        Expr::EllipsisLiteral(_) => out.push_str("..."),
        Expr::StringLiteral(s) => out.push_str(&ferrython_format::str_repr::str_repr(s.value.to_str())),
        Expr::Attribute(a) => {
            write(src, &a.value, Prec::Atom, out);
            out.push('.');
            out.push_str(&a.attr);
        }
        Expr::Subscript(s) => {
            write(src, &s.value, Prec::Atom, out);
            out.push('[');
            match &*s.slice {
                Expr::Tuple(t) if !t.elts.is_empty() => items(src, &t.elts, out),
                other => write(src, other, Prec::Tuple, out),
            }
            out.push(']');
        }
        Expr::Tuple(t) => {
            out.push('(');
            items(src, &t.elts, out);
            if t.elts.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Expr::List(l) => {
            out.push('[');
            items(src, &l.elts, out);
            out.push(']');
        }
        Expr::Call(c) => {
            write(src, &c.func, Prec::Atom, out);
            out.push('(');
            let mut first = true;
            for a in c.arguments.args.iter() {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                write(src, a, Prec::Test, out);
            }
            for k in c.arguments.keywords.iter() {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(name) => {
                        out.push_str(name);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                write(src, &k.value, Prec::Test, out);
            }
            out.push(')');
        }
        Expr::BinOp(b) => {
            let (p, sym) = binop_prec(b.op);
            if paren(p) {
                out.push('(');
            }
            // Left-associative, except `**`.
            let (lp, rp) = if p == Prec::Power { (Prec::Await, p) } else { (p, next(p)) };
            write(src, &b.left, lp, out);
            out.push(' ');
            out.push_str(sym);
            out.push(' ');
            write(src, &b.right, rp, out);
            if paren(p) {
                out.push(')');
            }
        }
        Expr::Starred(s) => {
            out.push('*');
            write(src, &s.value, Prec::BOr, out);
        }
        other => {
            let text = &src[other.range()];
            if ctx > Prec::Test && !matches!(other, Expr::NumberLiteral(_)) {
                out.push('(');
                out.push_str(text);
                out.push(')');
            } else {
                out.push_str(text);
            }
        }
    }
}

fn next(p: Prec) -> Prec {
    match p {
        Prec::BOr => Prec::BXor,
        Prec::BXor => Prec::BAnd,
        Prec::BAnd => Prec::Shift,
        Prec::Shift => Prec::Arith,
        Prec::Arith => Prec::Term,
        Prec::Term => Prec::Factor,
        _ => Prec::Atom,
    }
}
