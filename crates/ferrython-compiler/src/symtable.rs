//! The symbol table: which scope every name of every block lives in, with
//! CPython's rules (Python/symtable.c): function locals, explicit and implicit
//! globals, free variables, cells, class bodies and comprehension scopes.
//!
//! Pass 1 (`Builder`) records, per scope, how each name is used. Pass 2
//! (`analyze`) resolves each name to a [`NameScope`] walking the scope tree.
//! Scopes are keyed by the address of their AST node, which stays put while the
//! code generator walks the same tree.

use crate::error::SyntaxErr;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{BTreeSet, HashMap};

/// Where a name resolves inside one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

// Per-name usage flags (pass 1).
const DEF_LOCAL: u32 = 1;
const DEF_GLOBAL: u32 = 2;
const DEF_NONLOCAL: u32 = 4;
const DEF_PARAM: u32 = 8;
const USE: u32 = 16;
const DEF_ANNOT: u32 = 32;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM;

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    flags: HashMap<String, u32>,
    /// Name order of first appearance (for deterministic output).
    order: Vec<String>,
    pub scopes: HashMap<String, NameScope>,
    children: Vec<usize>,
    parent: Option<usize>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// A class body whose methods use `super()`/`__class__`.
    pub needs_class_cell: bool,
    /// Free variables (sorted, as CPython orders `co_freevars`).
    pub freevars: Vec<String>,
    /// Cell variables (sorted).
    pub cellvars: Vec<String>,
    /// True for functions nested in another function (CO_NESTED).
    pub nested: bool,
    /// The class name for private-name mangling, inherited by nested scopes.
    pub private: Option<String>,
    /// Comprehension scopes: whether the comprehension is inside a class body.
    comp_in_class: bool,
    has_annotations: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: String, parent: Option<usize>, private: Option<String>) -> Scope {
        Scope {
            kind,
            name,
            flags: HashMap::new(),
            order: Vec::new(),
            scopes: HashMap::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            freevars: Vec::new(),
            cellvars: Vec::new(),
            nested: false,
            private,
            comp_in_class: false,
            has_annotations: false,
        }
    }

    pub fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }

    pub fn lookup(&self, name: &str) -> NameScope {
        match self.scopes.get(name) {
            Some(s) => *s,
            None => {
                if self.kind == ScopeKind::Module {
                    NameScope::GlobalImplicit
                } else if self.is_function_like() {
                    NameScope::GlobalImplicit
                } else {
                    NameScope::Local
                }
            }
        }
    }

    pub fn has_annotations(&self) -> bool {
        self.has_annotations
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    pub fn scope_of(&self, node_addr: usize) -> usize {
        self.by_node[&node_addr]
    }
}

pub fn addr<T>(node: &T) -> usize {
    node as *const T as usize
}

/// Mangles `__name` inside class `private` as CPython does (`_Class__name`).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(cls) = private else { return name.to_string() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = cls.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    cur: usize,
    err: Option<SyntaxErr>,
}

pub fn build(body: &[Stmt], expr: Option<&Expr>) -> Result<SymbolTable, SyntaxErr> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "top".into(), None, None)],
        by_node: HashMap::new(),
        cur: 0,
        err: None,
    };
    for s in body {
        b.stmt(s);
    }
    if let Some(e) = expr {
        b.expr(e);
    }
    if let Some(e) = b.err {
        return Err(e);
    }
    let mut t = SymbolTable { scopes: b.scopes, by_node: b.by_node };
    analyze(&mut t, 0, &BTreeSet::new(), &BTreeSet::new())?;
    Ok(t)
}

impl Builder {
    fn error(&mut self, msg: String, range: TextRange) {
        if self.err.is_none() {
            self.err = Some(SyntaxErr { msg, range });
        }
    }

    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn add(&mut self, name: &str, flag: u32, range: TextRange) {
        let private = self.scopes[self.cur].private.clone();
        let name = mangle(private.as_deref(), name);
        let s = &mut self.scopes[self.cur];
        let old = s.flags.get(&name).copied().unwrap_or(0);
        if flag & DEF_GLOBAL != 0 || flag & DEF_NONLOCAL != 0 {
            let which = if flag & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
            if old & DEF_PARAM != 0 {
                return self.error(format!("name '{name}' is parameter and {which}"), range);
            }
            if flag & DEF_GLOBAL != 0 && old & DEF_NONLOCAL != 0 {
                return self.error(format!("name '{name}' is nonlocal and global"), range);
            }
            if flag & DEF_NONLOCAL != 0 && old & DEF_GLOBAL != 0 {
                return self.error(format!("name '{name}' is nonlocal and global"), range);
            }
            if old & USE != 0 {
                return self.error(format!("name '{name}' is used prior to {which} declaration"), range);
            }
            if old & DEF_ANNOT != 0 {
                return self.error(format!("annotated name '{name}' can't be {which}"), range);
            }
            if old & DEF_LOCAL != 0 {
                return self.error(format!("name '{name}' is assigned to before {which} declaration"), range);
            }
        }
        if old == 0 {
            s.order.push(name.clone());
        }
        s.flags.insert(name, old | flag);
    }

    fn push(&mut self, kind: ScopeKind, name: &str, node: usize) {
        let parent = self.cur;
        let private = if self.scopes[parent].kind == ScopeKind::Class {
            Some(self.scopes[parent].name.clone())
        } else {
            self.scopes[parent].private.clone()
        };
        let mut s = Scope::new(kind, name.to_string(), Some(parent), private);
        s.nested = self.scopes[parent].is_function_like() || self.scopes[parent].nested && kind != ScopeKind::Class;
        if kind == ScopeKind::Comprehension {
            s.comp_in_class = self.scopes[parent].kind == ScopeKind::Class
                || (self.scopes[parent].kind == ScopeKind::Comprehension && self.scopes[parent].comp_in_class);
        }
        let id = self.scopes.len();
        self.scopes.push(s);
        self.scopes[parent].children.push(id);
        self.by_node.insert(node, id);
        self.cur = id;
    }

    fn pop(&mut self) {
        self.cur = self.scopes[self.cur].parent.unwrap();
    }

    fn body(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn parameters(&mut self, p: &ast::Parameters) {
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            self.add(&a.parameter.name.id, DEF_PARAM, a.range());
        }
        if let Some(v) = &p.vararg {
            self.add(&v.name.id, DEF_PARAM, v.range());
        }
        for a in p.kwonlyargs.iter() {
            self.add(&a.parameter.name.id, DEF_PARAM, a.range());
        }
        if let Some(v) = &p.kwarg {
            self.add(&v.name.id, DEF_PARAM, v.range());
        }
    }

    /// Defaults and annotations are evaluated in the enclosing scope.
    fn parameter_outer_parts(&mut self, p: &ast::Parameters, annotations: bool) {
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
        if annotations {
            for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
                if let Some(an) = &a.parameter.annotation {
                    self.expr(an);
                }
            }
            for v in p.vararg.iter().chain(p.kwarg.iter()) {
                if let Some(an) = &v.annotation {
                    self.expr(an);
                }
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression);
                }
                self.parameter_outer_parts(&f.parameters, true);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.add(&f.name.id, DEF_LOCAL, f.name.range);
                self.push(ScopeKind::Function, &f.name.id, addr(f));
                if f.is_async {
                    self.scope().is_coroutine = true;
                }
                self.parameters(&f.parameters);
                self.body(&f.body);
                self.pop();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a);
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value);
                    }
                }
                self.add(&c.name.id, DEF_LOCAL, c.name.range);
                self.push(ScopeKind::Class, &c.name.id, addr(c));
                self.body(&c.body);
                self.pop();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.expr(t);
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.expr(t);
                }
                self.expr(&a.value);
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.target);
                if let Expr::Name(n) = &*a.target {
                    self.add(&n.id, USE, n.range);
                }
                self.expr(&a.value);
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let private = self.scopes[self.cur].private.clone();
                    let m = mangle(private.as_deref(), &n.id);
                    let old = self.scopes[self.cur].flags.get(&m).copied().unwrap_or(0);
                    if old & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple {
                        let which = if old & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                        self.error(format!("annotated name '{m}' can't be {which}"), n.range);
                    }
                    if a.simple {
                        self.add(&n.id, DEF_ANNOT | if a.value.is_some() { DEF_LOCAL } else { 0 }, n.range);
                        if a.value.is_none() && !self.scopes[self.cur].is_function_like() {
                            // `x: int` at module/class level still makes x local there.
                        }
                        if a.value.is_none() && self.scopes[self.cur].is_function_like() {
                            self.add(&n.id, DEF_LOCAL, n.range);
                        }
                    } else {
                        self.expr(&a.target);
                    }
                } else {
                    self.expr(&a.target);
                }
                if !self.scopes[self.cur].is_function_like() {
                    self.scope().has_annotations = true;
                    self.expr(&a.annotation);
                } else if !matches!(&*a.target, Expr::Name(_)) {
                    // Not evaluated for simple names inside functions.
                }
                if let Some(v) = &a.value {
                    self.expr(v);
                }
            }
            Stmt::For(f) => {
                self.expr(&f.target);
                self.expr(&f.iter);
                self.body(&f.body);
                self.body(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.body(&w.body);
                self.body(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.body(&i.body);
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.body(&c.body);
                }
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.expr(v);
                    }
                }
                self.body(&w.body);
            }
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.body(&c.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(c) = &r.cause {
                    self.expr(c);
                }
            }
            Stmt::Try(t) => {
                self.body(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.add(&n.id, DEF_LOCAL, n.range);
                    }
                    self.body(&h.body);
                }
                self.body(&t.orelse);
                self.body(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.split('.').next().unwrap().to_string(),
                    };
                    self.add(&bound, DEF_LOCAL, a.range);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if &*a.name.id == "*" {
                        if self.scopes[self.cur].kind != ScopeKind::Module {
                            self.error("import * only allowed at module level".into(), i.range);
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.add(&bound.id, DEF_LOCAL, a.range);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.add(&n.id, DEF_GLOBAL, g.range);
                }
            }
            Stmt::Nonlocal(g) => {
                if self.scopes[self.cur].kind == ScopeKind::Module {
                    self.error("nonlocal declaration not allowed at module level".into(), g.range);
                }
                for n in &g.names {
                    self.add(&n.id, DEF_NONLOCAL, g.range);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::TypeAlias(t) => self.error("type alias statements require Python 3.12".into(), t.range),
            Stmt::IpyEscapeCommand(c) => self.error("invalid syntax".into(), c.range),
        }
    }

    fn pattern(&mut self, p: &ast::Pattern) {
        use ast::Pattern::*;
        match p {
            MatchValue(v) => self.expr(&v.value),
            MatchSingleton(_) => {}
            MatchSequence(s) => s.patterns.iter().for_each(|p| self.pattern(p)),
            MatchMapping(m) => {
                for k in m.keys.iter() {
                    self.expr(k);
                }
                for p in m.patterns.iter() {
                    self.pattern(p);
                }
                if let Some(r) = &m.rest {
                    self.add(&r.id, DEF_LOCAL, r.range);
                }
            }
            MatchClass(c) => {
                self.expr(&c.cls);
                for p in c.arguments.patterns.iter() {
                    self.pattern(p);
                }
                for k in c.arguments.keywords.iter() {
                    self.pattern(&k.pattern);
                }
            }
            MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add(&n.id, DEF_LOCAL, n.range);
                }
            }
            MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p);
                }
                if let Some(n) = &a.name {
                    self.add(&n.id, DEF_LOCAL, n.range);
                }
            }
            MatchOr(o) => o.patterns.iter().for_each(|p| self.pattern(p)),
        }
    }

    fn comprehension(&mut self, node: usize, name: &str, generators: &[ast::Comprehension], elts: &[&Expr], is_gen: bool) {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&generators[0].iter);
        self.push(ScopeKind::Comprehension, name, node);
        if is_gen {
            self.scope().is_generator = true;
        }
        self.add(".0", DEF_PARAM, TextRange::default());
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                self.scope().is_coroutine = true;
            }
            self.comp_target(&g.target);
            if i > 0 {
                self.expr(&g.iter);
            }
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.pop();
    }

    fn comp_target(&mut self, e: &Expr) {
        self.expr(e);
    }

    /// A walrus target inside a comprehension binds in the nearest function or module scope.
    fn walrus_target(&mut self, name: &ast::ExprName) {
        if self.scopes[self.cur].kind != ScopeKind::Comprehension {
            self.add(&name.id, DEF_LOCAL, name.range);
            return;
        }
        let mut s = self.cur;
        while self.scopes[s].kind == ScopeKind::Comprehension {
            if self.scopes[s].flags.get(name.id.as_str()).is_some_and(|f| f & DEF_LOCAL != 0 && f & DEF_NONLOCAL == 0)
            {
                self.error(
                    format!("assignment expression cannot rebind comprehension iteration variable '{}'", name.id),
                    name.range,
                );
                return;
            }
            s = self.scopes[s].parent.unwrap();
        }
        if self.scopes[s].kind == ScopeKind::Class {
            self.error("assignment expression within a comprehension cannot be used in a class body".into(), name.range);
            return;
        }
        let saved = self.cur;
        self.cur = s;
        let is_module = self.scopes[s].kind == ScopeKind::Module;
        self.add(&name.id, DEF_LOCAL, name.range);
        self.cur = saved;
        if is_module {
            self.add(&name.id, DEF_GLOBAL | USE, name.range);
        } else {
            self.add(&name.id, DEF_NONLOCAL | USE, name.range);
        }
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::Named(n) => {
                self.expr(&n.value);
                if let Expr::Name(t) = &*n.target {
                    self.walrus_target(t);
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.parameter_outer_parts(p, false);
                }
                self.push(ScopeKind::Lambda, "<lambda>", addr(l));
                if let Some(p) = &l.parameters {
                    self.parameters(p);
                }
                self.expr(&l.body);
                self.pop();
            }
            Expr::If(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                for it in &d.items {
                    if let Some(k) = &it.key {
                        self.expr(k);
                    }
                    self.expr(&it.value);
                }
            }
            Expr::Set(s) => s.elts.iter().for_each(|v| self.expr(v)),
            Expr::ListComp(c) => self.comprehension(addr(c), "<listcomp>", &c.generators, &[&c.elt], false),
            Expr::SetComp(c) => self.comprehension(addr(c), "<setcomp>", &c.generators, &[&c.elt], false),
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(addr(c), "<dictcomp>", &c.generators, &elts, false)
            }
            Expr::Generator(c) => self.comprehension(addr(c), "<genexpr>", &c.generators, &[&c.elt], true),
            Expr::Await(a) => {
                // `await` inside a comprehension makes it an asynchronous comprehension.
                if self.scopes[self.cur].kind == ScopeKind::Comprehension {
                    self.scope().is_coroutine = true;
                }
                self.expr(&a.value);
            }
            Expr::Yield(y) => {
                self.mark_generator(y.range);
                if let Some(v) = &y.value {
                    self.expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.mark_generator(y.range);
                self.expr(&y.value);
            }
            Expr::Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|v| self.expr(v));
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                c.arguments.args.iter().for_each(|v| self.expr(v));
                c.arguments.keywords.iter().for_each(|k| self.expr(&k.value));
            }
            Expr::FString(f) => {
                for el in f.value.elements() {
                    self.fstring_element(el);
                }
            }
            Expr::TString(t) => self.error("t-strings require Python 3.14".into(), t.range),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::Name(n) => {
                let flag = match n.ctx {
                    ast::ExprContext::Load => USE,
                    ast::ExprContext::Store => DEF_LOCAL,
                    ast::ExprContext::Del => DEF_LOCAL,
                    ast::ExprContext::Invalid => USE,
                };
                self.add(&n.id, flag, n.range);
                // `super` (and `__class__`) in a method needs the class cell.
                if n.ctx == ast::ExprContext::Load && (&*n.id == "super" || &*n.id == "__class__") {
                    if self.scopes[self.cur].is_function_like() {
                        self.add("__class__", USE, n.range);
                    }
                }
            }
            Expr::List(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Expr::Tuple(t) => t.elts.iter().for_each(|v| self.expr(v)),
            Expr::Slice(s) => {
                for p in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(p);
                }
            }
            Expr::IpyEscapeCommand(c) => self.error("invalid syntax".into(), c.range),
        }
    }

    fn fstring_element(&mut self, el: &ast::InterpolatedStringElement) {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            self.expr(&i.expression);
            if let Some(spec) = &i.format_spec {
                for e in spec.elements.iter() {
                    self.fstring_element(e);
                }
            }
        }
    }

    fn mark_generator(&mut self, range: TextRange) {
        let s = &mut self.scopes[self.cur];
        match s.kind {
            ScopeKind::Function | ScopeKind::Lambda => s.is_generator = true,
            ScopeKind::Comprehension => {
                self.error("'yield' inside list comprehension".into(), range);
            }
            _ => self.error("'yield' outside function".into(), range),
        }
    }
}

/// Pass 2: resolves every scope's names. `bound`: names bound in enclosing function
/// scopes; `globals`: names declared global in enclosing scopes. Returns the free
/// variables this scope needs from its parent.
fn analyze(
    t: &mut SymbolTable,
    id: usize,
    bound: &BTreeSet<String>,
    globals: &BTreeSet<String>,
) -> Result<BTreeSet<String>, SyntaxErr> {
    let kind = t.scopes[id].kind;
    let mut local: BTreeSet<String> = BTreeSet::new();
    let mut new_globals = globals.clone();
    let mut free: BTreeSet<String> = BTreeSet::new();
    let order = t.scopes[id].order.clone();
    for name in &order {
        let f = t.scopes[id].flags[name];
        let sc = if f & DEF_GLOBAL != 0 {
            new_globals.insert(name.clone());
            NameScope::GlobalExplicit
        } else if f & DEF_NONLOCAL != 0 {
            if !bound.contains(name) {
                return Err(SyntaxErr { msg: format!("no binding for nonlocal '{name}' found"), range: TextRange::default() });
            }
            free.insert(name.clone());
            NameScope::Free
        } else if f & DEF_BOUND != 0 || (f & DEF_ANNOT != 0 && kind != ScopeKind::Module) {
            local.insert(name.clone());
            new_globals.remove(name);
            NameScope::Local
        } else if kind != ScopeKind::Module && bound.contains(name) && !(kind == ScopeKind::Class && name == "__class__" && false) {
            free.insert(name.clone());
            NameScope::Free
        } else if globals.contains(name) {
            NameScope::GlobalExplicit
        } else {
            NameScope::GlobalImplicit
        };
        t.scopes[id].scopes.insert(name.clone(), sc);
    }
    // What children can see.
    let mut new_bound = bound.clone();
    if t.scopes[id].is_function_like() {
        for n in &local {
            new_bound.insert(n.clone());
        }
        for n in &free {
            new_bound.insert(n.clone());
        }
        for n in new_globals.iter() {
            if t.scopes[id].scopes.get(n) == Some(&NameScope::GlobalExplicit) {
                new_bound.remove(n);
            }
        }
    } else if kind == ScopeKind::Class {
        new_bound.insert("__class__".into());
    } else if kind == ScopeKind::Module {
        new_bound.clear();
    }
    if kind == ScopeKind::Module {
        new_globals.clear();
    }
    let children = t.scopes[id].children.clone();
    let mut child_free = BTreeSet::new();
    for c in children {
        let f = analyze(t, c, &new_bound, &new_globals)?;
        child_free.extend(f);
    }
    let mut cells = BTreeSet::new();
    for name in child_free {
        let cur = t.scopes[id].scopes.get(&name).copied();
        match kind {
            ScopeKind::Class if name == "__class__" => {
                t.scopes[id].needs_class_cell = true;
            }
            _ if t.scopes[id].is_function_like() && cur == Some(NameScope::Local) => {
                cells.insert(name.clone());
                t.scopes[id].scopes.insert(name, NameScope::Cell);
            }
            _ if cur == Some(NameScope::Cell) || cur == Some(NameScope::Free) => {}
            ScopeKind::Module => {}
            _ => {
                // Pass-through: the child's free variable comes from further out.
                if cur.is_none() {
                    t.scopes[id].scopes.insert(name.clone(), NameScope::Free);
                }
                free.insert(name);
            }
        }
    }
    if kind == ScopeKind::Class && t.scopes[id].needs_class_cell {
        cells.insert("__class__".into());
    }
    t.scopes[id].cellvars = cells.into_iter().collect();
    t.scopes[id].freevars = free.iter().cloned().collect();
    Ok(free)
}

