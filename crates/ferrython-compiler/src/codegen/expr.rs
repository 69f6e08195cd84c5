//! Expressions.

use super::{CResult, Compiler, NameCtx, MAX_COMPILE_DEPTH};
use crate::symtable::{addr, ScopeKind};
use ferrython_bytecode::{format_flags, BinaryOp, CompareOp, Constant, Opcode};
use num_bigint::BigInt;
use num_traits::Num;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

pub fn binop(op: ast::Operator) -> BinaryOp {
    use ast::Operator as O;
    match op {
        O::Add => BinaryOp::Add,
        O::Sub => BinaryOp::Subtract,
        O::Mult => BinaryOp::Multiply,
        O::MatMult => BinaryOp::MatrixMultiply,
        O::Div => BinaryOp::TrueDivide,
        O::Mod => BinaryOp::Remainder,
        O::Pow => BinaryOp::Power,
        O::LShift => BinaryOp::Lshift,
        O::RShift => BinaryOp::Rshift,
        O::BitOr => BinaryOp::Or,
        O::BitXor => BinaryOp::Xor,
        O::BitAnd => BinaryOp::And,
        O::FloorDiv => BinaryOp::FloorDivide,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

/// Parses an integer literal token (underscores, 0x/0o/0b prefixes) too big for i64.
fn parse_big_int(text: &str) -> Option<BigInt> {
    let t: String = text.chars().filter(|&c| c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::from_str_radix(&digits, radix).ok()
}

impl<'a> Compiler<'a> {
    /// The compile-time constant value of `e`, if it is one (literals and tuples of them).
    pub fn constant_of(&self, e: &Expr) -> Option<Constant> {
        Some(match e {
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => match i.as_i64() {
                    Some(v) => Constant::Int(v),
                    None => {
                        let text = &self.src[n.range.start().to_usize()..n.range.end().to_usize()];
                        let big = parse_big_int(text).or_else(|| parse_big_int(&i.to_string()))?;
                        Constant::BigInt(big)
                    }
                },
                ast::Number::Float(f) => Constant::Float(*f),
                ast::Number::Complex { real, imag } => Constant::Complex { real: *real, imag: *imag },
            },
            Expr::StringLiteral(s) => Constant::Str(s.value.to_str().to_string()),
            Expr::BytesLiteral(b) => Constant::Bytes(b.value.bytes().collect()),
            Expr::BooleanLiteral(b) => Constant::Bool(b.value),
            Expr::NoneLiteral(_) => Constant::None,
            Expr::EllipsisLiteral(_) => Constant::Ellipsis,
            Expr::Tuple(t) => {
                let mut items = Vec::with_capacity(t.elts.len());
                for x in &t.elts {
                    items.push(self.constant_of(x)?);
                }
                Constant::Tuple(items)
            }
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match self.constant_of(&u.operand)? {
                Constant::Int(v) => match v.checked_neg() {
                    Some(n) => Constant::Int(n),
                    None => Constant::BigInt(-BigInt::from(v)),
                },
                Constant::BigInt(b) => {
                    let n = -b;
                    match i64::try_from(&n) {
                        Ok(v) => Constant::Int(v),
                        Err(_) => Constant::BigInt(n),
                    }
                }
                Constant::Float(f) => Constant::Float(-f),
                Constant::Complex { real, imag } => Constant::Complex { real: -real, imag: -imag },
                _ => return None,
            },
            _ => return None,
        })
    }

    pub fn expr(&mut self, e: &'a Expr) -> CResult {
        self.depth += 1;
        if self.depth > MAX_COMPILE_DEPTH {
            self.depth -= 1;
            return Err(crate::error::SyntaxErr { msg: crate::RECURSION_MARKER.into(), range: e.range() });
        }
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        if let Some(c) = self.constant_of(e) {
            self.set_loc(e.range());
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = if b.op == ast::BoolOp::And { Opcode::JUMP_IF_FALSE_OR_POP } else { Opcode::JUMP_IF_TRUE_OR_POP };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.set_loc(b.range);
                        self.jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.set_loc(n.range);
                self.emit(Opcode::COPY, 1);
                match &*n.target {
                    Expr::Name(t) => self.name_op(&t.id, NameCtx::Store),
                    other => return self.err("cannot use assignment expressions with expression", other.range()),
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_loc(b.range);
                self.emit(Opcode::BINARY_OP, binop(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.set_loc(u.range);
                self.op(match u.op {
                    ast::UnaryOp::Invert => Opcode::UNARY_INVERT,
                    ast::UnaryOp::Not => Opcode::UNARY_NOT,
                    ast::UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    ast::UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                });
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.jump(Opcode::JUMP_FORWARD, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.dict_display(d)?,
            Expr::Set(s) => self.sequence_display(&s.elts, Opcode::BUILD_SET, s.range)?,
            Expr::List(l) => {
                if l.ctx != ast::ExprContext::Load {
                    return self.err("invalid syntax", l.range);
                }
                self.sequence_display(&l.elts, Opcode::BUILD_LIST, l.range)?
            }
            Expr::Tuple(t) => self.sequence_display(&t.elts, Opcode::BUILD_TUPLE, t.range)?,
            Expr::ListComp(c) => self.comprehension(addr(c), "<listcomp>", CompKind::List, &c.generators, &c.elt, None, c.range)?,
            Expr::SetComp(c) => self.comprehension(addr(c), "<setcomp>", CompKind::Set, &c.generators, &c.elt, None, c.range)?,
            Expr::DictComp(c) => {
                let Some(k) = &c.key else { return self.err("dict unpacking cannot be used in dict comprehension", c.range) };
                self.comprehension(addr(c), "<dictcomp>", CompKind::Dict, &c.generators, k, Some(&c.value), c.range)?
            }
            Expr::Generator(c) => self.comprehension(addr(c), "<genexpr>", CompKind::Gen, &c.generators, &c.elt, None, c.range)?,
            Expr::Await(a) => {
                if !self.scope().is_coroutine || self.scope().kind == ScopeKind::Comprehension && !self.unit().in_async_comprehension {
                    if self.scope().kind == ScopeKind::Module || !self.scope().is_coroutine {
                        return self.err("'await' outside async function", a.range);
                    }
                }
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::GET_AWAITABLE, 0);
                self.load_const(Constant::None);
                self.yield_from_loop();
            }
            Expr::Yield(y) => {
                self.check_yield(y.range)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.set_loc(y.range);
                // An async generator's own yields are marked (arg 1): they produce
                // values for `async for`; await's yields pass through (arg 0).
                let wrap = self.scope().is_coroutine as u32;
                self.emit(Opcode::YIELD_VALUE, wrap);
            }
            Expr::YieldFrom(y) => {
                self.check_yield(y.range)?;
                if self.scope().is_coroutine {
                    return self.err("'yield from' inside async function", y.range);
                }
                self.expr(&y.value)?;
                self.set_loc(y.range);
                self.op(Opcode::GET_YIELD_FROM_ITER);
                self.load_const(Constant::None);
                self.yield_from_loop();
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => return self.err("invalid syntax", t.range),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => unreachable!("constants are handled above"),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_loc(a.range);
                let k = self.add_name(&self.mangle(&a.attr.id));
                self.emit(Opcode::LOAD_ATTR, k);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.slice_or_expr(&s.slice)?;
                self.set_loc(s.range);
                self.op(Opcode::BINARY_SUBSCR);
            }
            Expr::Starred(s) => return self.err("can't use starred expression here", s.range),
            Expr::Name(n) => {
                self.set_loc(n.range);
                self.name_op(&n.id, NameCtx::Load);
            }
            Expr::Slice(_) => return self.slice_or_expr(e),
            Expr::IpyEscapeCommand(c) => return self.err("invalid syntax", c.range),
        }
        Ok(())
    }

    fn check_yield(&mut self, range: TextRange) -> CResult {
        match self.scope().kind {
            ScopeKind::Function | ScopeKind::Lambda => Ok(()),
            ScopeKind::Comprehension => self.err("'yield' inside list comprehension", range),
            _ => self.err("'yield' outside function", range),
        }
    }

    /// A subscript's index: slices become BUILD_SLICE.
    pub fn slice_or_expr(&mut self, e: &'a Expr) -> CResult {
        if let Expr::Slice(s) = e {
            let mut n = 2;
            for part in [&s.lower, &s.upper] {
                match part {
                    Some(p) => self.expr(p)?,
                    None => self.load_const(Constant::None),
                }
            }
            if let Some(st) = &s.step {
                self.expr(st)?;
                n = 3;
            }
            self.set_loc(s.range);
            self.emit(Opcode::BUILD_SLICE, n);
            return Ok(());
        }
        self.expr(e)
    }

    /// Compiles `e` as a condition: jumps to `target` when its truth equals `when`.
    pub fn jump_if(&mut self, e: &'a Expr, when: bool, target: super::Label) -> CResult {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => return self.jump_if(&u.operand, !when, target),
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                // `a and b` jumps on false as soon as one is false; on true only if all are.
                if is_and != when {
                    // Short-circuit direction matches the jump: each value may jump to target.
                    for v in &b.values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, target)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.set_loc(e.range());
        self.jump(if when { Opcode::POP_JUMP_IF_TRUE } else { Opcode::POP_JUMP_IF_FALSE }, target);
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.set_loc(c.range);
            self.compare_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.expr(&c.comparators[i])?;
            self.set_loc(c.range);
            if i + 1 < n {
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::COPY, 2);
                self.compare_op(c.ops[i]);
                self.jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
            } else {
                self.compare_op(c.ops[i]);
            }
        }
        self.jump(Opcode::JUMP_FORWARD, end);
        self.bind(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.op(Opcode::POP_TOP);
        self.bind(end);
        Ok(())
    }

    fn compare_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Eq => self.emit(Opcode::COMPARE_OP, CompareOp::Eq as u32),
            C::NotEq => self.emit(Opcode::COMPARE_OP, CompareOp::Ne as u32),
            C::Lt => self.emit(Opcode::COMPARE_OP, CompareOp::Lt as u32),
            C::LtE => self.emit(Opcode::COMPARE_OP, CompareOp::Le as u32),
            C::Gt => self.emit(Opcode::COMPARE_OP, CompareOp::Gt as u32),
            C::GtE => self.emit(Opcode::COMPARE_OP, CompareOp::Ge as u32),
            C::Is => self.emit(Opcode::IS_OP, 0),
            C::IsNot => self.emit(Opcode::IS_OP, 1),
            C::In => self.emit(Opcode::CONTAINS_OP, 0),
            C::NotIn => self.emit(Opcode::CONTAINS_OP, 1),
        }
    }

    /// Tuple/list/set displays, with `*x` items.
    fn sequence_display(&mut self, elts: &'a [Expr], build: Opcode, range: TextRange) -> CResult {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if build == Opcode::BUILD_LIST && elts.len() > 2 {
            // As CPython: a list of 3+ constants extends an empty list from one tuple
            // constant (which also gives CPython's list allocation).
            let consts: Option<Vec<Constant>> = elts.iter().map(|e| self.constant_of(e)).collect();
            if let Some(items) = consts {
                self.set_loc(range);
                self.emit(Opcode::BUILD_LIST, 0);
                self.load_const(Constant::Tuple(items));
                self.emit(Opcode::LIST_EXTEND, 1);
                return Ok(());
            }
        }
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            self.set_loc(range);
            self.emit(build, elts.len() as u32);
            return Ok(());
        }
        let (start, add, extend) = if build == Opcode::BUILD_SET {
            (Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE)
        } else {
            (Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND)
        };
        let lead = elts.iter().take_while(|e| !matches!(e, Expr::Starred(_))).count();
        for e in &elts[..lead] {
            self.expr(e)?;
        }
        self.set_loc(range);
        self.emit(start, lead as u32);
        for e in &elts[lead..] {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.set_loc(range);
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(e)?;
                    self.set_loc(range);
                    self.emit(add, 1);
                }
            }
        }
        if build == Opcode::BUILD_TUPLE {
            self.op(Opcode::LIST_TO_TUPLE);
        }
        Ok(())
    }

    fn dict_display(&mut self, d: &'a ast::ExprDict) -> CResult {
        let mut pending = 0u32;
        let mut have_dict = false;
        for it in &d.items {
            match &it.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&it.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !have_dict {
                        self.set_loc(d.range);
                        self.emit(Opcode::BUILD_MAP, pending);
                        if have_dict {
                            self.emit(Opcode::DICT_UPDATE, 1);
                        }
                        have_dict = true;
                        pending = 0;
                    }
                    self.expr(&it.value)?;
                    self.set_loc(d.range);
                    self.emit(Opcode::DICT_UPDATE, 1);
                }
            }
        }
        if pending > 0 || !have_dict {
            self.set_loc(d.range);
            self.emit(Opcode::BUILD_MAP, pending);
            if have_dict {
                self.emit(Opcode::DICT_UPDATE, 1);
            }
        }
        Ok(())
    }

    fn needs_ex(args: &[Expr], keywords: &[ast::Keyword]) -> bool {
        args.iter().any(|a| matches!(a, Expr::Starred(_))) || keywords.iter().any(|k| k.arg.is_none())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        let range = c.range();
        let ex = Self::needs_ex(&c.arguments.args, &c.arguments.keywords);
        match &*c.func {
            Expr::Attribute(a) if !ex => {
                self.expr(&a.value)?;
                self.set_loc(a.range);
                let k = self.add_name(&self.mangle(&a.attr.id));
                self.emit(Opcode::LOAD_METHOD, k);
            }
            f => {
                self.expr(f)?;
                if !ex {
                    self.op(Opcode::PUSH_NULL);
                }
            }
        }
        self.call_args(&c.arguments.args, &c.arguments.keywords, 0, range)
    }

    /// Arguments of a call whose callable (and NULL/self slot, unless the call needs
    /// CALL_FUNCTION_EX) is on the stack, after `prefix` positional values already pushed.
    pub fn call_args(&mut self, args: &'a [Expr], keywords: &'a [ast::Keyword], prefix: u32, range: TextRange) -> CResult {
        // Duplicate keyword arguments are a SyntaxError.
        for (i, k) in keywords.iter().enumerate() {
            if let Some(name) = &k.arg {
                if keywords[..i].iter().any(|o| o.arg.as_ref().is_some_and(|n| n.id == name.id)) {
                    return self.err(format!("keyword argument repeated: {}", name.id), k.range);
                }
            }
        }
        if !Self::needs_ex(args, keywords) {
            for a in args {
                self.expr(a)?;
            }
            let mut names = Vec::new();
            for k in keywords {
                self.expr(&k.value)?;
                names.push(Constant::Str(k.arg.as_ref().unwrap().id.to_string()));
            }
            self.set_loc(range);
            if !names.is_empty() {
                let i = self.add_const(Constant::Tuple(names));
                self.emit(Opcode::KW_NAMES, i);
            }
            self.emit(Opcode::CALL, prefix + args.len() as u32 + keywords.len() as u32);
            return Ok(());
        }
        // CALL_FUNCTION_EX: [callable, (NULL,) prefix..] — the class-definition path has a
        // NULL and prefix items; move them into the args list.
        // `f(*x)` passes x itself (CALL_FUNCTION_EX checks it is iterable).
        if prefix == 0 && args.len() == 1 {
            if let Expr::Starred(s) = &args[0] {
                self.expr(&s.value)?;
                return self.call_ex_keywords(keywords, range);
            }
        }
        let lead = args.iter().take_while(|e| !matches!(e, Expr::Starred(_))).count();
        for a in &args[..lead] {
            self.expr(a)?;
        }
        self.set_loc(range);
        self.emit(Opcode::BUILD_LIST, prefix + lead as u32);
        for a in &args[lead..] {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.set_loc(range);
                    self.emit(Opcode::LIST_EXTEND, 1);
                }
                _ => {
                    self.expr(a)?;
                    self.set_loc(range);
                    self.emit(Opcode::LIST_APPEND, 1);
                }
            }
        }
        self.op(Opcode::LIST_TO_TUPLE);
        self.call_ex_keywords(keywords, range)
    }

    /// The keyword part of a CALL_FUNCTION_EX call (the positional tuple is on the stack).
    fn call_ex_keywords(&mut self, keywords: &'a [ast::Keyword], range: TextRange) -> CResult {
        if keywords.is_empty() {
            self.set_loc(range);
            self.emit(Opcode::CALL_FUNCTION_EX, 0);
            return Ok(());
        }
        if keywords.len() == 1 && keywords[0].arg.is_none() {
            self.expr(&keywords[0].value)?;
            self.set_loc(range);
            self.emit(Opcode::CALL_FUNCTION_EX, 1);
            return Ok(());
        }
        let mut pending = 0u32;
        let mut have_dict = false;
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Constant::Str(name.id.to_string()));
                    self.expr(&k.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !have_dict {
                        self.set_loc(range);
                        self.emit(Opcode::BUILD_MAP, pending);
                        if have_dict {
                            self.emit(Opcode::DICT_MERGE, 1);
                        }
                        have_dict = true;
                        pending = 0;
                    }
                    self.expr(&k.value)?;
                    self.set_loc(range);
                    self.emit(Opcode::DICT_MERGE, 1);
                }
            }
        }
        if pending > 0 {
            self.set_loc(range);
            self.emit(Opcode::BUILD_MAP, pending);
            // Only merge into an accumulator when `**` parts came before.
            if have_dict {
                self.emit(Opcode::DICT_MERGE, 1);
            }
        }
        self.set_loc(range);
        self.emit(Opcode::CALL_FUNCTION_EX, 1);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn comprehension(
        &mut self,
        node: usize,
        name: &str,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        val: Option<&'a Expr>,
        range: TextRange,
    ) -> CResult {
        let scope = self.table.scope_of(node);
        let qualname = self.qualname_for(name);
        let line = self.index.line_col(range.start()).0;
        let is_async = self.table.scopes[scope].is_coroutine;
        if is_async && kind != CompKind::Gen && !self.scope().is_coroutine {
            return self.err("asynchronous comprehension outside of an asynchronous function", range);
        }
        self.enter_unit(scope, name, qualname, line);
        self.unit().in_async_comprehension = is_async;
        self.unit().code.argcount = 1;
        self.add_varname(".0");
        self.set_loc(range);
        match kind {
            CompKind::List => self.emit(Opcode::BUILD_LIST, 0),
            CompKind::Set => self.emit(Opcode::BUILD_SET, 0),
            CompKind::Dict => self.emit(Opcode::BUILD_MAP, 0),
            CompKind::Gen => {}
        }
        self.comp_generator(generators, 0, kind, elt, val, range)?;
        self.set_loc(range);
        if kind == CompKind::Gen {
            self.load_const(Constant::None);
        }
        self.op(Opcode::RETURN_VALUE);
        let code = self.exit_unit();
        self.set_loc(range);
        self.make_closure(code, 0);
        self.op(Opcode::PUSH_NULL);
        self.expr(&generators[0].iter)?;
        self.set_loc(range);
        if generators[0].is_async {
            self.op(Opcode::GET_AITER);
        } else {
            self.op(Opcode::GET_ITER);
        }
        self.emit(Opcode::CALL, 1);
        if is_async && kind != CompKind::Gen {
            self.emit(Opcode::GET_AWAITABLE, 0);
            self.load_const(Constant::None);
            self.yield_from_loop();
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &'a [ast::Comprehension],
        i: usize,
        kind: CompKind,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        range: TextRange,
    ) -> CResult {
        let g = &gens[i];
        let start = self.new_label();
        let end = self.new_label();
        if i == 0 {
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            self.expr(&g.iter)?;
            self.set_loc(g.iter.range());
            self.op(if g.is_async { Opcode::GET_AITER } else { Opcode::GET_ITER });
        }
        self.bind(start);
        let handler = self.new_label();
        if g.is_async {
            self.jump(Opcode::SETUP_FINALLY, handler);
            self.op(Opcode::GET_ANEXT);
            self.load_const(Constant::None);
            self.yield_from_loop();
            self.op(Opcode::POP_BLOCK);
        } else {
            self.set_loc(g.iter.range());
            self.jump(Opcode::FOR_ITER, end);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, kind, elt, val, range)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.set_loc(elt.range());
                    self.op(Opcode::YIELD_VALUE);
                    self.op(Opcode::POP_TOP);
                }
                CompKind::List => {
                    self.expr(elt)?;
                    self.set_loc(range);
                    self.emit(Opcode::LIST_APPEND, depth);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.set_loc(range);
                    self.emit(Opcode::SET_ADD, depth);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    self.expr(val.unwrap())?;
                    self.set_loc(range);
                    self.emit(Opcode::MAP_ADD, depth);
                }
            }
        }
        self.jump(Opcode::JUMP_FORWARD, start);
        if g.is_async {
            self.bind(handler);
            self.op(Opcode::END_ASYNC_FOR);
        }
        self.bind(end);
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult {
        let mut n = 0u32;
        let mut lit = String::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => lit.push_str(&l.value),
                ast::FStringPart::FString(fs) => {
                    self.fstring_elements(&fs.elements, &mut lit, &mut n, f.range)?;
                }
            }
        }
        if !lit.is_empty() || n == 0 {
            self.load_const(Constant::Str(std::mem::take(&mut lit)));
            n += 1;
        }
        if n > 1 {
            self.set_loc(f.range);
            self.emit(Opcode::BUILD_STRING, n);
        }
        Ok(())
    }

    fn fstring_elements(
        &mut self,
        elements: &'a ast::InterpolatedStringElements,
        lit: &mut String,
        n: &mut u32,
        range: TextRange,
    ) -> CResult {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => lit.push_str(&l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    if let Some(dbg) = &i.debug_text {
                        lit.push_str(dbg.leading());
                        lit.push_str(dbg.expression());
                        lit.push_str(dbg.trailing());
                    }
                    if !lit.is_empty() {
                        self.load_const(Constant::Str(std::mem::take(lit)));
                        *n += 1;
                    }
                    self.expr(&i.expression)?;
                    let mut flags = match i.conversion {
                        ast::ConversionFlag::None => {
                            if i.debug_text.is_some() && i.format_spec.is_none() {
                                format_flags::CONV_REPR
                            } else {
                                format_flags::CONV_NONE
                            }
                        }
                        ast::ConversionFlag::Str => format_flags::CONV_STR,
                        ast::ConversionFlag::Repr => format_flags::CONV_REPR,
                        ast::ConversionFlag::Ascii => format_flags::CONV_ASCII,
                    };
                    if let Some(spec) = &i.format_spec {
                        let mut slit = String::new();
                        let mut sn = 0u32;
                        self.fstring_elements(&spec.elements, &mut slit, &mut sn, range)?;
                        if !slit.is_empty() || sn == 0 {
                            self.load_const(Constant::Str(slit));
                            sn += 1;
                        }
                        if sn > 1 {
                            self.emit(Opcode::BUILD_STRING, sn);
                        }
                        flags |= format_flags::HAS_SPEC;
                    }
                    self.set_loc(i.range);
                    self.emit(Opcode::FORMAT_VALUE, flags);
                    *n += 1;
                }
            }
        }
        Ok(())
    }
}
