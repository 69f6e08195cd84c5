//! `match` statements. Each case matches a copy of the subject; a failing test
//! jumps to a "fail pop" label that removes whatever the pattern had pushed
//! (`fail_pop[k]` pops k items), so every failure lands with just the subject left.
//! Names are bound as soon as their sub-pattern matches.

use super::{CResult, Compiler, Label, NameCtx};
use ferrython_bytecode::{CompareOp, Constant, Opcode};
use ruff_python_ast::{self as ast, Pattern};
use ruff_text_size::Ranged;

struct PatternCtx {
    fail_pop: Vec<Label>,
    /// Items on the stack above the case's baseline (the subject copy counts).
    depth: usize,
    /// Names bound so far in this case (to reject `case x, x`).
    names: Vec<String>,
    allow_irrefutable: bool,
}

impl<'a> Compiler<'a> {
    pub fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            self.set_loc(case.pattern.range());
            let is_last = i + 1 == n;
            let irrefutable = is_irrefutable(&case.pattern) && case.guard.is_none();
            if irrefutable && !is_last {
                let msg = match &case.pattern {
                    Pattern::MatchAs(a) if a.name.is_some() => {
                        format!("name capture '{}' makes remaining patterns unreachable", a.name.as_ref().unwrap().id)
                    }
                    _ => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return self.err(msg, case.pattern.range());
            }
            let mut pc = PatternCtx { fail_pop: Vec::new(), depth: 1, names: Vec::new(), allow_irrefutable: true };
            self.emit(Opcode::COPY, 1);
            self.pattern(&case.pattern, &mut pc)?;
            if let Some(g) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.jump_if(g, false, fail)?;
            }
            self.op(Opcode::POP_TOP);
            self.body(&case.body)?;
            self.jump(Opcode::JUMP_FORWARD, end);
            self.emit_fail_pops(&mut pc);
        }
        self.op(Opcode::POP_TOP);
        self.bind(end);
        Ok(())
    }

    fn fail_label(&mut self, pc: &mut PatternCtx, pops: usize) -> Label {
        while pc.fail_pop.len() <= pops {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[pops]
    }

    /// Emits `jump_op` to the fail label for the current depth (after the jump's own pop).
    fn jump_fail(&mut self, pc: &mut PatternCtx, op: Opcode) {
        let l = self.fail_label(pc, pc.depth);
        self.jump(op, l);
    }

    fn emit_fail_pops(&mut self, pc: &mut PatternCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (i, l) in labels.iter().enumerate().rev() {
            self.bind(*l);
            if i > 0 {
                self.op(Opcode::POP_TOP);
            }
        }
    }

    fn bind_name(&mut self, name: &'a str, pc: &mut PatternCtx, range: ruff_text_size::TextRange) -> CResult {
        if pc.names.iter().any(|n| n == name) {
            return self.err(format!("multiple assignments to name '{name}' in pattern"), range);
        }
        pc.names.push(name.to_string());
        self.name_op(name, NameCtx::Store);
        Ok(())
    }

    /// `[.., subject] -> [..]` on success; jumps to a fail label otherwise.
    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult {
        self.set_loc(p.range());
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Opcode::COMPARE_OP, CompareOp::Eq as u32);
                pc.depth -= 1;
                self.jump_fail(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                });
                self.emit(Opcode::IS_OP, 0);
                pc.depth -= 1;
                self.jump_fail(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    match &a.name {
                        Some(n) => self.bind_name(n.id.as_str(), pc, n.range)?,
                        None => self.op(Opcode::POP_TOP),
                    }
                    pc.depth -= 1;
                }
                Some(sub) => {
                    if !pc.allow_irrefutable && is_irrefutable(sub) {
                        return self.err("wildcard makes remaining patterns unreachable", sub.range());
                    }
                    self.emit(Opcode::COPY, 1);
                    pc.depth += 1;
                    self.pattern(sub, pc)?;
                    match &a.name {
                        Some(n) => self.bind_name(n.id.as_str(), pc, n.range)?,
                        None => self.op(Opcode::POP_TOP),
                    }
                    pc.depth -= 1;
                }
            },
            Pattern::MatchStar(s) => return self.err("can't use starred pattern here", s.range),
            Pattern::MatchOr(o) => {
                let end = self.new_label();
                let n = o.patterns.len();
                let mut bound: Option<Vec<String>> = None;
                let outer_names = pc.names.clone();
                for (i, alt) in o.patterns.iter().enumerate() {
                    if i + 1 < n && is_irrefutable(alt) {
                        let msg = match alt {
                            Pattern::MatchAs(a) if a.name.is_some() => format!(
                                "name capture '{}' makes remaining patterns unreachable",
                                a.name.as_ref().unwrap().id
                            ),
                            _ => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return self.err(msg, alt.range());
                    }
                    // Each alternative runs on a copy with its own fail labels.
                    let mut sub = PatternCtx { fail_pop: Vec::new(), depth: 1, names: outer_names.clone(), allow_irrefutable: true };
                    self.emit(Opcode::COPY, 1);
                    self.pattern(alt, &mut sub)?;
                    let mut names: Vec<String> = sub.names[outer_names.len()..].to_vec();
                    names.sort();
                    match &bound {
                        None => bound = Some(names),
                        Some(b) if *b != names => {
                            return self.err("alternative patterns bind different names", alt.range());
                        }
                        _ => {}
                    }
                    self.jump(Opcode::JUMP_FORWARD, end);
                    self.emit_fail_pops(&mut sub);
                }
                // Every alternative failed: [.., subject].
                pc.depth -= 1;
                self.op(Opcode::POP_TOP);
                let l = self.fail_label(pc, pc.depth);
                self.jump(Opcode::JUMP_FORWARD, l);
                self.bind(end);
                // Success: [.., subject] -> [..]
                self.op(Opcode::POP_TOP);
                if let Some(b) = bound {
                    pc.names.extend(b);
                }
            }
            Pattern::MatchSequence(s) => {
                let star = s.patterns.iter().position(|p| matches!(p, Pattern::MatchStar(_)));
                if s.patterns.iter().filter(|p| matches!(p, Pattern::MatchStar(_))).count() > 1 {
                    return self.err("multiple starred names in sequence pattern", s.range);
                }
                let n = s.patterns.len();
                self.op(Opcode::MATCH_SEQUENCE);
                pc.depth += 1;
                pc.depth -= 1;
                self.jump_fail(pc, Opcode::POP_JUMP_IF_FALSE);
                self.op(Opcode::GET_LEN);
                match star {
                    None => {
                        self.load_const(Constant::Int(n as i64));
                        self.emit(Opcode::COMPARE_OP, CompareOp::Eq as u32);
                    }
                    Some(_) => {
                        self.load_const(Constant::Int(n as i64 - 1));
                        self.emit(Opcode::COMPARE_OP, CompareOp::Ge as u32);
                    }
                }
                self.jump_fail(pc, Opcode::POP_JUMP_IF_FALSE);
                match star {
                    None => self.emit(Opcode::UNPACK_SEQUENCE, n as u32),
                    Some(si) => self.emit(Opcode::UNPACK_EX, si as u32 | (((n - si - 1) as u32) << 8)),
                }
                pc.depth = pc.depth - 1 + n;
                for sub in &s.patterns {
                    match sub {
                        Pattern::MatchStar(st) => {
                            match &st.name {
                                Some(nm) => self.bind_name(nm.id.as_str(), pc, nm.range)?,
                                None => self.op(Opcode::POP_TOP),
                            }
                            pc.depth -= 1;
                        }
                        _ => {
                            let saved = pc.allow_irrefutable;
                            pc.allow_irrefutable = true;
                            self.pattern(sub, pc)?;
                            pc.allow_irrefutable = saved;
                        }
                    }
                }
            }
            Pattern::MatchMapping(m) => {
                self.op(Opcode::MATCH_MAPPING);
                self.jump_fail(pc, Opcode::POP_JUMP_IF_FALSE);
                let n = m.keys.len();
                if n > 0 {
                    self.op(Opcode::GET_LEN);
                    self.load_const(Constant::Int(n as i64));
                    self.emit(Opcode::COMPARE_OP, CompareOp::Ge as u32);
                    self.jump_fail(pc, Opcode::POP_JUMP_IF_FALSE);
                }
                for k in m.keys.iter() {
                    if self.constant_of(k).is_none() && !matches!(k, ruff_python_ast::Expr::Attribute(_)) {
                        return self.err("mapping pattern keys may only match literals and attribute lookups", k.range());
                    }
                    self.expr(k)?;
                }
                self.emit(Opcode::BUILD_TUPLE, n as u32);
                // [subj, keys] -> [subj, keys, values|None]
                self.op(Opcode::MATCH_KEYS);
                pc.depth += 2;
                self.emit(Opcode::COPY, 1);
                self.jump_fail(pc, Opcode::POP_JUMP_IF_NONE);
                self.emit(Opcode::UNPACK_SEQUENCE, n as u32);
                pc.depth = pc.depth - 1 + n;
                for sub in m.patterns.iter() {
                    self.pattern(sub, pc)?;
                }
                // [subj, keys]
                match &m.rest {
                    Some(r) => {
                        self.op(Opcode::COPY_DICT_WITHOUT_KEYS);
                        pc.depth -= 1;
                        self.bind_name(r.id.as_str(), pc, r.range)?;
                        pc.depth -= 1;
                    }
                    None => {
                        self.op(Opcode::POP_TOP);
                        self.op(Opcode::POP_TOP);
                        pc.depth -= 2;
                    }
                }
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls)?;
                let names: Vec<Constant> =
                    c.arguments.keywords.iter().map(|k| Constant::Str(k.attr.id.to_string())).collect();
                for (i, k) in c.arguments.keywords.iter().enumerate() {
                    if c.arguments.keywords[..i].iter().any(|o| o.attr.id == k.attr.id) {
                        return self.err(
                            format!("attribute name repeated in class pattern: {}", k.attr.id),
                            k.attr.range,
                        );
                    }
                }
                let nkw = names.len();
                self.load_const(Constant::Tuple(names));
                let npos = c.arguments.patterns.len();
                self.emit(Opcode::MATCH_CLASS, npos as u32);
                // [attrs|None]
                self.emit(Opcode::COPY, 1);
                self.jump_fail(pc, Opcode::POP_JUMP_IF_NONE);
                self.emit(Opcode::UNPACK_SEQUENCE, (npos + nkw) as u32);
                pc.depth = pc.depth - 1 + npos + nkw;
                for sub in c.arguments.patterns.iter() {
                    self.pattern(sub, pc)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.pattern(&k.pattern, pc)?;
                }
            }
        }
        Ok(())
    }
}

fn is_irrefutable(p: &Pattern) -> bool {
    match p {
        Pattern::MatchAs(a) => a.pattern.is_none(),
        Pattern::MatchOr(o) => o.patterns.iter().any(is_irrefutable),
        _ => false,
    }
}
