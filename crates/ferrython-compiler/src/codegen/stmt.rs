//! Statements.

use super::{docstring_of, CResult, Compiler, FBlock, NameCtx};
use crate::symtable::{addr, ScopeKind};
use ferrython_bytecode::{make_function_flags as mf, Constant, Opcode};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

impl<'a> Compiler<'a> {
    pub fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_loc(s.range());
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => {
                let sk = self.scope().kind;
                if !matches!(sk, ScopeKind::Function | ScopeKind::Lambda) {
                    return self.err("'return' outside function", r.range);
                }
                if r.value.is_some() && self.scope().is_generator && self.scope().is_coroutine {
                    return self.err("'return' with value in async generator", r.range);
                }
                match &r.value {
                    Some(v) => {
                        self.expr(v)?;
                        self.unwind_all(true)?;
                    }
                    None => {
                        self.unwind_all(false)?;
                        self.set_loc(r.range);
                        self.load_const(Constant::None);
                    }
                }
                self.op(Opcode::RETURN_VALUE);
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Opcode::COPY, 1);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::While(w) => {
                let start = self.new_label();
                let orelse = self.new_label();
                let exit = self.new_label();
                self.bind(start);
                self.jump_if(&w.test, false, orelse)?;
                self.push_fblock(FBlock::While { start, exit });
                self.body(&w.body)?;
                self.pop_fblock();
                self.set_loc(w.range);
                self.jump(Opcode::JUMP_FORWARD, start);
                self.bind(orelse);
                self.body(&w.orelse)?;
                self.bind(exit);
                Ok(())
            }
            Stmt::If(i) => {
                let end = self.new_label();
                let mut next = self.new_label();
                self.jump_if(&i.test, false, next)?;
                self.body(&i.body)?;
                for c in &i.elif_else_clauses {
                    self.jump(Opcode::JUMP_FORWARD, end);
                    self.bind(next);
                    next = self.new_label();
                    if let Some(t) = &c.test {
                        self.set_loc(t.range());
                        self.jump_if(t, false, next)?;
                    }
                    self.body(&c.body)?;
                }
                self.bind(next);
                self.bind(end);
                Ok(())
            }
            Stmt::With(w) => self.with_stmt(w, 0),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_loc(r.range);
                self.emit(Opcode::RAISE_VARARGS, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if t.is_star && t.finalbody.is_empty() {
                    return self.try_star(&t.body, &t.handlers, &t.orelse);
                }
                if t.finalbody.is_empty() {
                    self.try_except(&t.body, &t.handlers, &t.orelse, t.range)
                } else {
                    self.try_finally(t)
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                // The failing assert is reported at its test expression.
                self.set_loc(a.test.range());
                self.op(Opcode::LOAD_ASSERTION_ERROR);
                if let Some(m) = &a.msg {
                    self.op(Opcode::PUSH_NULL);
                    self.expr(m)?;
                    self.set_loc(a.test.range());
                    self.emit(Opcode::CALL, 1);
                }
                self.emit(Opcode::RAISE_VARARGS, 1);
                self.bind(end);
                Ok(())
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.set_loc(a.range);
                    self.load_const(Constant::Int(0));
                    self.load_const(Constant::None);
                    let idx = self.add_name(&a.name.id);
                    self.emit(Opcode::IMPORT_NAME, idx);
                    match &a.asname {
                        Some(asn) => {
                            let parts: Vec<&str> = a.name.id.split('.').collect();
                            if parts.len() > 1 {
                                for p in &parts[1..] {
                                    let k = self.add_name(p);
                                    self.emit(Opcode::IMPORT_FROM, k);
                                    self.emit(Opcode::SWAP, 2);
                                    self.op(Opcode::POP_TOP);
                                }
                            }
                            self.name_op(&asn.id, NameCtx::Store);
                        }
                        None => {
                            let first = a.name.id.split('.').next().unwrap().to_string();
                            self.name_op(&first, NameCtx::Store);
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                self.load_const(Constant::Int(i.level as i64));
                let names: Vec<Constant> = i.names.iter().map(|a| Constant::Str(a.name.id.to_string())).collect();
                self.load_const(Constant::Tuple(names));
                let m = i.module.as_ref().map(|m| m.id.to_string()).unwrap_or_default();
                let idx = self.add_name(&m);
                self.emit(Opcode::IMPORT_NAME, idx);
                if i.names.len() == 1 && &*i.names[0].name.id == "*" {
                    self.op(Opcode::IMPORT_STAR);
                    return Ok(());
                }
                for a in &i.names {
                    self.set_loc(a.range);
                    let k = self.add_name(&a.name.id);
                    self.emit(Opcode::IMPORT_FROM, k);
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.name_op(&bound.id, NameCtx::Store);
                }
                self.op(Opcode::POP_TOP);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.op(Opcode::PRINT_EXPR);
                    return Ok(());
                }
                // A lone constant is dropped, as CPython does.
                if e.value.is_literal_expr() {
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.set_loc(e.range);
                self.op(Opcode::POP_TOP);
                Ok(())
            }
            Stmt::Break(b) => {
                match self.unwind_to_loop(true)? {
                    Some(FBlock::While { exit, .. }) | Some(FBlock::For { exit, .. }) | Some(FBlock::AsyncFor { exit, .. }) => {
                        self.set_loc(b.range);
                        self.jump(Opcode::JUMP_FORWARD, exit)
                    }
                    _ => return self.err("'break' outside loop", b.range),
                }
                Ok(())
            }
            Stmt::Continue(c) => {
                match self.unwind_to_loop(false)? {
                    Some(FBlock::While { start, .. }) | Some(FBlock::For { start, .. }) | Some(FBlock::AsyncFor { start, .. }) => {
                        self.set_loc(c.range);
                        self.jump(Opcode::JUMP_FORWARD, start)
                    }
                    _ => return self.err("'continue' not properly in loop", c.range),
                }
                Ok(())
            }
            Stmt::TypeAlias(t) => self.err("invalid syntax", t.range),
            Stmt::IpyEscapeCommand(c) => self.err("invalid syntax", c.range),
        }
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.expr(&f.iter)?;
        self.set_loc(f.iter.range());
        if f.is_async {
            if !self.scope().is_coroutine {
                return self.err("'async for' outside async function", f.range);
            }
            self.op(Opcode::GET_AITER);
            self.bind(start);
            let handler = self.new_label();
            self.jump(Opcode::SETUP_FINALLY, handler);
            self.op(Opcode::GET_ANEXT);
            self.load_const(Constant::None);
            self.yield_from_loop();
            self.op(Opcode::POP_BLOCK);
            self.store_target(&f.target)?;
            self.push_fblock(FBlock::AsyncFor { start, exit });
            self.body(&f.body)?;
            self.pop_fblock();
            self.jump(Opcode::JUMP_FORWARD, start);
            // StopAsyncIteration ends the loop: [aiter, exc] -> [].
            self.bind(handler);
            self.op(Opcode::END_ASYNC_FOR);
            self.body(&f.orelse)?;
            self.bind(exit);
            let _ = cleanup;
            return Ok(());
        }
        self.op(Opcode::GET_ITER);
        self.bind(start);
        self.set_loc(f.range);
        self.jump(Opcode::FOR_ITER, cleanup);
        self.store_target(&f.target)?;
        self.push_fblock(FBlock::For { start, exit });
        self.body(&f.body)?;
        self.pop_fblock();
        self.set_loc(f.range);
        self.jump(Opcode::JUMP_FORWARD, start);
        self.bind(cleanup);
        self.body(&f.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = super::expr::binop(a.op).inplace() as u32;
        match &*a.target {
            Expr::Name(n) => {
                self.set_loc(n.range);
                self.name_op(&n.id, NameCtx::Load);
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::BINARY_OP, op);
                self.set_loc(n.range);
                self.name_op(&n.id, NameCtx::Store);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Opcode::COPY, 1);
                let k = self.add_name(&self.mangle(&at.attr.id));
                self.set_loc(at.range);
                self.emit(Opcode::LOAD_ATTR, k);
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::BINARY_OP, op);
                self.emit(Opcode::SWAP, 2);
                self.set_loc(at.range);
                self.emit(Opcode::STORE_ATTR, k);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.slice_or_expr(&s.slice)?;
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::COPY, 2);
                self.set_loc(s.range);
                self.op(Opcode::BINARY_SUBSCR);
                self.expr(&a.value)?;
                self.set_loc(a.range);
                self.emit(Opcode::BINARY_OP, op);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.set_loc(s.range);
                self.op(Opcode::STORE_SUBSCR);
            }
            other => return self.err("'expression' is an illegal expression for augmented assignment", other.range()),
        }
        Ok(())
    }

    /// An annotation's value: evaluated, or its text under PEP 563.
    fn annotation(&mut self, e: &'a Expr) -> CResult {
        if self.future_annotations {
            let text = super::unparse::unparse(self.src, e);
            self.load_const(Constant::Str(text.into()));
            Ok(())
        } else {
            self.expr(e)
        }
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let fn_like = self.scope().is_function_like();
        match &*a.target {
            Expr::Name(n) if a.simple => {
                if !fn_like {
                    self.annotation(&a.annotation)?;
                    let k = self.add_name("__annotations__");
                    self.emit(Opcode::LOAD_NAME, k);
                    let m = self.mangle(&n.id);
                    self.load_const(Constant::Str(m));
                    self.op(Opcode::STORE_SUBSCR);
                }
            }
            Expr::Attribute(at) => {
                if a.value.is_none() {
                    self.expr(&at.value)?;
                    self.op(Opcode::POP_TOP);
                }
                if !fn_like {
                    self.annotation(&a.annotation)?;
                    self.op(Opcode::POP_TOP);
                }
            }
            Expr::Subscript(s) => {
                if a.value.is_none() {
                    self.expr(&s.value)?;
                    self.op(Opcode::POP_TOP);
                    self.slice_or_expr(&s.slice)?;
                    self.op(Opcode::POP_TOP);
                }
                if !fn_like {
                    self.annotation(&a.annotation)?;
                    self.op(Opcode::POP_TOP);
                }
            }
            _ => {
                if !fn_like {
                    self.annotation(&a.annotation)?;
                    self.op(Opcode::POP_TOP);
                }
            }
        }
        Ok(())
    }

    pub fn store_target(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => {
                self.set_loc(n.range);
                self.name_op(&n.id, NameCtx::Store);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_loc(a.range);
                let k = self.add_name(&self.mangle(&a.attr.id));
                self.emit(Opcode::STORE_ATTR, k);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.slice_or_expr(&s.slice)?;
                self.set_loc(s.range);
                self.op(Opcode::STORE_SUBSCR);
            }
            Expr::Tuple(ast::ExprTuple { elts, range, .. }) | Expr::List(ast::ExprList { elts, range, .. }) => {
                self.set_loc(*range);
                self.unpack_into(elts, *range)?;
            }
            Expr::Starred(s) => return self.err("starred assignment target must be in a list or tuple", s.range),
            other => return self.err("cannot assign to expression", other.range()),
        }
        Ok(())
    }

    /// `[seq] -> []` unpacking into the targets.
    pub fn unpack_into(&mut self, elts: &'a [Expr], range: ruff_text_size::TextRange) -> CResult {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        if let Some(si) = star {
            if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
                return self.err("multiple starred expressions in assignment", range);
            }
            let after = elts.len() - si - 1;
            if si >= 256 || after >= (1 << 24) {
                return self.err("too many expressions in star-unpacking assignment", range);
            }
            self.emit(Opcode::UNPACK_EX, si as u32 | ((after as u32) << 8));
        } else {
            self.emit(Opcode::UNPACK_SEQUENCE, elts.len() as u32);
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => {
                self.set_loc(n.range);
                self.name_op(&n.id, NameCtx::Del);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_loc(a.range);
                let k = self.add_name(&self.mangle(&a.attr.id));
                self.emit(Opcode::DELETE_ATTR, k);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.slice_or_expr(&s.slice)?;
                self.set_loc(s.range);
                self.op(Opcode::DELETE_SUBSCR);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            other => return self.err("cannot delete expression", other.range()),
        }
        Ok(())
    }

    // ---- try ----

    fn try_except(&mut self, body: &'a [Stmt], handlers: &'a [ast::ExceptHandler], orelse: &'a [Stmt], range: ruff_text_size::TextRange) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.jump(Opcode::SETUP_FINALLY, handler);
        self.push_fblock(FBlock::TryExcept);
        self.body(body)?;
        self.pop_fblock();
        self.op(Opcode::POP_BLOCK);
        self.body(orelse)?;
        self.jump(Opcode::JUMP_FORWARD, end);
        // [exc]
        self.bind(handler);
        self.set_loc(range);
        self.unit().loc.end_line = self.unit().loc.line;
        self.jump(Opcode::SETUP_FINALLY, cleanup);
        self.op(Opcode::PUSH_EXC_INFO);
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.op(Opcode::CHECK_EXC_MATCH);
                    self.jump(Opcode::POP_JUMP_IF_FALSE, next);
                }
                None => {
                    if i + 1 != n {
                        return self.err("default 'except:' must be last", h.range);
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    let name_s: &'a str = name.id.as_str();
                    self.name_op(name_s, NameCtx::Store);
                    let cleanup_name = self.new_label();
                    self.jump(Opcode::SETUP_FINALLY, cleanup_name);
                    self.push_fblock(FBlock::HandlerCleanup { name: Some(name_s) });
                    self.body(&h.body)?;
                    self.pop_fblock();
                    self.op(Opcode::POP_BLOCK);
                    self.op(Opcode::POP_BLOCK);
                    self.op(Opcode::POP_EXCEPT);
                    self.load_const(Constant::None);
                    self.name_op(name_s, NameCtx::Store);
                    self.name_op(name_s, NameCtx::Del);
                    self.jump(Opcode::JUMP_FORWARD, end);
                    // [prev, exc2]
                    self.bind(cleanup_name);
                    self.load_const(Constant::None);
                    self.name_op(name_s, NameCtx::Store);
                    self.name_op(name_s, NameCtx::Del);
                    self.emit(Opcode::RERAISE, 0);
                }
                None => {
                    self.op(Opcode::POP_TOP);
                    self.push_fblock(FBlock::HandlerCleanup { name: None });
                    self.body(&h.body)?;
                    self.pop_fblock();
                    self.op(Opcode::POP_BLOCK);
                    self.op(Opcode::POP_EXCEPT);
                    self.jump(Opcode::JUMP_FORWARD, end);
                }
            }
            self.bind(next);
        }
        // No handler matched: [prev, exc].
        self.emit(Opcode::RERAISE, 0);
        self.bind(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.op(Opcode::POP_EXCEPT);
        self.emit(Opcode::RERAISE, 0);
        self.bind(end);
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.jump(Opcode::SETUP_FINALLY, handler);
        self.push_fblock(FBlock::FinallyTry { body: &t.finalbody });
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else if t.is_star {
            self.try_star(&t.body, &t.handlers, &t.orelse)?;
        } else {
            self.try_except(&t.body, &t.handlers, &t.orelse, t.range)?;
        }
        self.pop_fblock();
        self.op(Opcode::POP_BLOCK);
        self.body(&t.finalbody)?;
        self.jump(Opcode::JUMP_FORWARD, end);
        // [exc]
        self.bind(handler);
        self.jump(Opcode::SETUP_FINALLY, cleanup);
        self.op(Opcode::PUSH_EXC_INFO);
        self.push_fblock(FBlock::FinallyEnd);
        self.body(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0);
        self.bind(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.op(Opcode::POP_EXCEPT);
        self.emit(Opcode::RERAISE, 0);
        self.bind(end);
        Ok(())
    }

    /// `try: … except* T as e: …`
    ///
    /// Each clause splits what is still unhandled; exceptions raised by clause
    /// bodies are collected and combined with the rest by PREP_RERAISE_STAR.
    fn try_star(&mut self, body: &'a [Stmt], handlers: &'a [ast::ExceptHandler], orelse: &'a [Stmt]) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.jump(Opcode::SETUP_FINALLY, handler);
        self.push_fblock(FBlock::TryExcept);
        self.body(body)?;
        self.pop_fblock();
        self.op(Opcode::POP_BLOCK);
        self.body(orelse)?;
        self.jump(Opcode::JUMP_FORWARD, end);
        // [exc]
        self.bind(handler);
        self.jump(Opcode::SETUP_FINALLY, cleanup);
        self.op(Opcode::PUSH_EXC_INFO);
        // [prev, orig]; keep orig, and a working copy of what remains: [prev, orig, rest]
        self.emit(Opcode::COPY, 1);
        let n = handlers.len() as u32;
        for h in handlers.iter() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            let no_match = self.new_label();
            let done = self.new_label();
            let Some(ty) = &h.type_ else { return self.err("expected one or more exception types", h.range) };
            // [.., rest] -> [.., rest', match]
            self.expr(ty)?;
            self.op(Opcode::CHECK_EG_MATCH);
            self.emit(Opcode::COPY, 1);
            self.jump(Opcode::POP_JUMP_IF_NONE, no_match);
            // [.., rest', match]
            let body_handler = self.new_label();
            match &h.name {
                Some(name) => self.name_op(&name.id, NameCtx::Store),
                None => self.op(Opcode::POP_TOP),
            }
            // [.., rest']; raised exceptions are put below rest.
            self.jump(Opcode::SETUP_FINALLY, body_handler);
            self.push_fblock(FBlock::TryExcept);
            self.body(&h.body)?;
            self.pop_fblock();
            self.op(Opcode::POP_BLOCK);
            if let Some(name) = &h.name {
                self.load_const(Constant::None);
                self.name_op(&name.id, NameCtx::Store);
                self.name_op(&name.id, NameCtx::Del);
            }
            // Nothing raised: push None as this clause's result under rest.
            self.load_const(Constant::None);
            self.emit(Opcode::SWAP, 2);
            self.jump(Opcode::JUMP_FORWARD, done);
            // The body raised: [.., rest', raised] -> [.., raised, rest']
            self.bind(body_handler);
            if let Some(name) = &h.name {
                self.load_const(Constant::None);
                self.name_op(&name.id, NameCtx::Store);
                self.name_op(&name.id, NameCtx::Del);
            }
            self.emit(Opcode::SWAP, 2);
            self.jump(Opcode::JUMP_FORWARD, done);
            // [.., rest', None]
            self.bind(no_match);
            self.op(Opcode::POP_TOP);
            self.load_const(Constant::None);
            self.emit(Opcode::SWAP, 2);
            self.bind(done);
        }
        // [prev, orig, r1..rn, rest]: the unhandled rest counts as "raised" too.
        self.emit(Opcode::PREP_RERAISE_STAR, n + 1);
        // [prev, to_reraise or None]
        let nothing = self.new_label();
        self.emit(Opcode::COPY, 1);
        self.jump(Opcode::POP_JUMP_IF_NONE, nothing);
        self.emit(Opcode::RERAISE, 0);
        self.bind(nothing);
        self.op(Opcode::POP_TOP);
        self.op(Opcode::POP_BLOCK);
        self.op(Opcode::POP_EXCEPT);
        self.jump(Opcode::JUMP_FORWARD, end);
        self.bind(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.op(Opcode::POP_EXCEPT);
        self.emit(Opcode::RERAISE, 0);
        self.bind(end);
        let _ = n;
        Ok(())
    }

    // ---- with ----

    fn with_stmt(&mut self, w: &'a ast::StmtWith, item: usize) -> CResult {
        if w.is_async && !self.scope().is_coroutine {
            return self.err("'async with' outside async function", w.range);
        }
        let it = &w.items[item];
        self.expr(&it.context_expr)?;
        self.set_loc(it.context_expr.range());
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        if w.is_async {
            self.op(Opcode::BEFORE_ASYNC_WITH);
            self.emit(Opcode::GET_AWAITABLE, 1);
            self.load_const(Constant::None);
            self.yield_from_loop();
        } else {
            self.op(Opcode::BEFORE_WITH);
        }
        // [exit, value]
        match &it.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.op(Opcode::POP_TOP),
        }
        self.jump(Opcode::SETUP_FINALLY, handler);
        self.push_fblock(FBlock::With { is_async: w.is_async });
        if item + 1 < w.items.len() {
            self.with_stmt(w, item + 1)?;
        } else {
            self.body(&w.body)?;
        }
        self.pop_fblock();
        self.set_loc(w.range);
        self.unit().loc.end_line = self.unit().loc.line;
        self.op(Opcode::POP_BLOCK);
        self.call_exit_with_nones(w.is_async);
        self.op(Opcode::POP_TOP);
        self.jump(Opcode::JUMP_FORWARD, end);
        // [exit, exc]
        self.bind(handler);
        self.jump(Opcode::SETUP_FINALLY, cleanup);
        self.op(Opcode::PUSH_EXC_INFO);
        self.op(Opcode::WITH_EXCEPT_START);
        if w.is_async {
            self.emit(Opcode::GET_AWAITABLE, 2);
            self.load_const(Constant::None);
            self.yield_from_loop();
        }
        let suppress = self.new_label();
        self.jump(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.emit(Opcode::RERAISE, 0);
        self.bind(suppress);
        // [exit, prev, exc]
        self.op(Opcode::POP_BLOCK);
        self.op(Opcode::POP_TOP);
        self.op(Opcode::POP_EXCEPT);
        self.op(Opcode::POP_TOP);
        self.jump(Opcode::JUMP_FORWARD, end);
        self.bind(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.op(Opcode::POP_EXCEPT);
        self.emit(Opcode::RERAISE, 0);
        self.bind(end);
        Ok(())
    }

    // ---- functions and classes ----

    /// Pushes defaults/kwdefaults/annotations for a function; returns MAKE_FUNCTION flags.
    fn function_prologue(&mut self, p: Option<&'a ast::Parameters>, returns: Option<&'a Expr>, annotations: bool) -> CResult<u32> {
        let mut flags = 0;
        let Some(p) = p else { return Ok(0) };
        let defaults: Vec<&Expr> =
            p.posonlyargs.iter().chain(p.args.iter()).filter_map(|a| a.default.as_deref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Opcode::BUILD_TUPLE, defaults.len() as u32);
            flags |= mf::DEFAULTS;
        }
        let kwd: Vec<(&str, &Expr)> =
            p.kwonlyargs.iter().filter_map(|a| a.default.as_deref().map(|d| (a.parameter.name.id.as_str(), d))).collect();
        if !kwd.is_empty() {
            for (k, d) in &kwd {
                let m = self.mangle(k);
                self.load_const(Constant::Str(m));
                self.expr(d)?;
            }
            self.emit(Opcode::BUILD_MAP, kwd.len() as u32);
            flags |= mf::KWDEFAULTS;
        }
        if annotations {
            let mut n = 0;
            let all = p.posonlyargs.iter().chain(p.args.iter()).map(|a| &a.parameter);
            let params: Vec<&ast::Parameter> = all
                .chain(p.vararg.as_deref())
                .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
                .chain(p.kwarg.as_deref())
                .collect();
            for a in params {
                if let Some(an) = &a.annotation {
                    let m = self.mangle(&a.name.id);
                    self.load_const(Constant::Str(m));
                    self.annotation(an)?;
                    n += 1;
                }
            }
            if let Some(r) = returns {
                self.load_const(Constant::Str("return".into()));
                self.annotation(r)?;
                n += 1;
            }
            if n > 0 {
                self.emit(Opcode::BUILD_TUPLE, n * 2);
                flags |= mf::ANNOTATIONS;
            }
        }
        Ok(flags)
    }

    /// Registers the parameters of the current unit (varnames and counts).
    fn parameters_into_unit(&mut self, p: Option<&ast::Parameters>) {
        let Some(p) = p else { return };
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            let m = self.mangle(&a.parameter.name.id);
            self.add_varname(&m);
        }
        for a in p.kwonlyargs.iter() {
            let m = self.mangle(&a.parameter.name.id);
            self.add_varname(&m);
        }
        let u = self.unit();
        u.code.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.code.posonlyargcount = p.posonlyargs.len() as u32;
        u.code.kwonlyargcount = p.kwonlyargs.len() as u32;
        if let Some(v) = &p.vararg {
            let m = self.mangle(&v.name.id);
            self.add_varname(&m);
            self.unit().code.flags |= ferrython_bytecode::code_flags::VARARGS;
        }
        if let Some(v) = &p.kwarg {
            let m = self.mangle(&v.name.id);
            self.add_varname(&m);
            self.unit().code.flags |= ferrython_bytecode::code_flags::VARKEYWORDS;
        }
    }

    /// Emits the closure tuple for a child scope (if it has free variables) and
    /// `LOAD_CONST code; MAKE_FUNCTION flags`.
    pub fn make_closure(&mut self, code: std::sync::Arc<ferrython_bytecode::CodeObject>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                // The child's free variable is our cell or free variable of the same name.
                let u = &self.units.last().unwrap().code;
                let i = match u.cellvars.iter().position(|x| x == name) {
                    Some(i) => i,
                    None => {
                        u.cellvars.len()
                            + u.freevars.iter().position(|x| x == name).expect("compiler bug: closure variable missing")
                    }
                };
                self.emit(Opcode::LOAD_CLOSURE, i as u32);
            }
            self.emit(Opcode::BUILD_TUPLE, code.freevars.len() as u32);
            flags |= mf::CLOSURE;
        }
        self.load_const(Constant::Code(code));
        self.emit(Opcode::MAKE_FUNCTION, flags);
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        if f.type_params.is_some() {
            return self.err("invalid syntax", f.range);
        }
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
            self.op(Opcode::PUSH_NULL);
        }
        let first_line = if let Some(d) = f.decorator_list.first() {
            self.index.line_col(d.range.start()).0
        } else {
            self.index.line_col(f.range.start()).0
        };
        self.set_loc(f.range);
        let flags = self.function_prologue(Some(&f.parameters), f.returns.as_deref(), true)?;
        let scope = self.table.scope_of(addr(f));
        let qualname = self.qualname_for(&f.name.id);
        self.enter_unit(scope, &f.name.id, qualname, first_line);
        self.parameters_into_unit(Some(&f.parameters));
        let mut body: &'a [Stmt] = &f.body;
        let doc = body.first().and_then(docstring_of);
        // co_consts[0] is the docstring (or None), as in CPython.
        match &doc {
            Some(d) => {
                self.add_const(Constant::Str(d.clone()));
                body = &body[1..];
            }
            None => {
                self.add_const(Constant::None);
            }
        }
        self.unit().code.docstring = doc;
        self.body(body)?;
        if !ends_with_return(body) {
            self.set_loc_line_of_end(body, f.range);
            self.load_const(Constant::None);
            self.op(Opcode::RETURN_VALUE);
        }
        let code = self.exit_unit();
        self.set_loc(f.range);
        self.make_closure(code, flags);
        for _ in &f.decorator_list {
            self.emit(Opcode::CALL, 1);
        }
        self.name_op(&f.name.id, NameCtx::Store);
        Ok(())
    }

    /// The implicit `return None` gets the line of the body's last statement.
    fn set_loc_line_of_end(&mut self, body: &[Stmt], fallback: ruff_text_size::TextRange) {
        let r = body.last().map(|s| s.range()).unwrap_or(fallback);
        self.set_loc(r);
        let u = self.unit();
        u.loc.line = u.loc.end_line;
        u.loc.col = 0;
        u.loc.end_col = 0;
        // No column information: the traceback shows no carets for it.
        u.loc.end_line = u.loc.line;
    }

    pub fn lambda(&mut self, l: &'a ast::ExprLambda) -> CResult {
        let flags = self.function_prologue(l.parameters.as_deref(), None, false)?;
        let scope = self.table.scope_of(addr(l));
        let qualname = self.qualname_for("<lambda>");
        let line = self.index.line_col(l.range.start()).0;
        self.enter_unit(scope, "<lambda>", qualname, line);
        self.parameters_into_unit(l.parameters.as_deref());
        // Lambdas have no docstring: co_consts[0] is None.
        self.add_const(Constant::None);
        self.expr(&l.body)?;
        self.op(Opcode::RETURN_VALUE);
        let code = self.exit_unit();
        self.set_loc(l.range);
        self.make_closure(code, flags);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        if c.type_params.is_some() {
            return self.err("invalid syntax", c.range);
        }
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
            self.op(Opcode::PUSH_NULL);
        }
        let first_line = if let Some(d) = c.decorator_list.first() {
            self.index.line_col(d.range.start()).0
        } else {
            self.index.line_col(c.range.start()).0
        };
        self.set_loc(c.range);
        self.op(Opcode::LOAD_BUILD_CLASS);
        self.op(Opcode::PUSH_NULL);
        let scope = self.table.scope_of(addr(c));
        let qualname = self.qualname_for(&c.name.id);
        self.enter_unit(scope, &c.name.id, qualname.clone(), first_line);
        let k = self.add_name("__name__");
        self.emit(Opcode::LOAD_NAME, k);
        let k = self.add_name("__module__");
        self.emit(Opcode::STORE_NAME, k);
        self.load_const(Constant::Str(qualname));
        let k = self.add_name("__qualname__");
        self.emit(Opcode::STORE_NAME, k);
        let mut body: &'a [Stmt] = &c.body;
        if let Some(doc) = body.first().and_then(docstring_of) {
            self.set_loc(body[0].range());
            self.load_const(Constant::Str(doc));
            let k = self.add_name("__doc__");
            self.emit(Opcode::STORE_NAME, k);
            body = &body[1..];
        }
        if self.scope().has_annotations() {
            self.op(Opcode::SETUP_ANNOTATIONS);
        }
        self.body(body)?;
        self.set_loc_line_of_end(body, c.range);
        if self.scope().needs_class_cell {
            let i = self.deref_index_pub("__class__");
            self.emit(Opcode::LOAD_CLOSURE, i);
            self.emit(Opcode::COPY, 1);
            let k = self.add_name("__classcell__");
            self.emit(Opcode::STORE_NAME, k);
        } else {
            self.load_const(Constant::None);
        }
        self.op(Opcode::RETURN_VALUE);
        let code = self.exit_unit();
        self.set_loc(c.range);
        self.make_closure(code, 0);
        self.load_const(Constant::Str(c.name.id.to_string()));
        // Bases and keywords, as a call.
        match &c.arguments {
            Some(args) => self.call_args(&args.args, &args.keywords, 2, c.range)?,
            None => self.emit(Opcode::CALL, 2),
        }
        for _ in &c.decorator_list {
            self.emit(Opcode::CALL, 1);
        }
        self.name_op(&c.name.id, NameCtx::Store);
        Ok(())
    }

    pub fn deref_index_pub(&self, name: &str) -> u32 {
        let c = &self.units.last().unwrap().code;
        if let Some(i) = c.cellvars.iter().position(|x| x == name) {
            return i as u32;
        }
        (c.cellvars.len() + c.freevars.iter().position(|x| x == name).unwrap()) as u32
    }
}

fn ends_with_return(body: &[Stmt]) -> bool {
    matches!(body.last(), Some(Stmt::Return(_)) | Some(Stmt::Raise(_)))
}
