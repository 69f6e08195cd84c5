//! `BaseExceptionGroup`/`ExceptionGroup` and the machinery of `except*`
//! (matching a group against a type, and combining what the clauses raised).
//! CPython: Objects/exceptions.c (BaseExceptionGroup, _PyExc_PrepReraiseStar).

use crate::args::positional;
use crate::exceptions::{exc_data, is_exception_instance};
use crate::object::{Payload, PyRef};
use crate::objects::{dict, typeobj};
use crate::{PyResult, Vm};

/// Is `o` an instance of BaseExceptionGroup?
pub fn is_group(vm: &Vm, o: &PyRef) -> bool {
    is_exception_instance(o) && typeobj::is_subtype(o.class(), &vm.interp.exc.base_exception_group)
}

/// The `exceptions` tuple of a group.
pub fn members(vm: &mut Vm, eg: &PyRef) -> Vec<PyRef> {
    match exc_data(eg).borrow().get_attr("exceptions") {
        Some(t) => t.as_tuple().map(|t| t.to_vec()).unwrap_or_default(),
        None => {
            let _ = vm;
            Vec::new()
        }
    }
}

fn message(eg: &PyRef) -> Option<PyRef> {
    exc_data(eg).borrow().get_attr("message")
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)` with CPython's checks; a
/// BaseExceptionGroup of plain Exceptions becomes an ExceptionGroup.
fn eg_new(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let pos = positional(a, k);
    let mut cls = pos[0].clone();
    let name = typeobj::type_name(&cls);
    if !k.is_empty() {
        return Err(vm.new_type_error(format!("{name}() takes no keyword arguments")));
    }
    if pos.len() != 3 {
        return Err(vm.new_type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", pos.len() - 1)));
    }
    let (msg, excs) = (pos[1].clone(), pos[2].clone());
    if msg.as_str().is_none() {
        return Err(vm.new_type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            typeobj::obj_type_name(&msg)
        )));
    }
    let is_seq = matches!(excs.payload, Payload::List(_) | Payload::Tuple(_))
        || (!matches!(excs.payload, Payload::Dict(_) | Payload::Set(_) | Payload::FrozenSet(_) | Payload::Str(_))
            && vm.getattr_opt(&excs, "__getitem__")?.is_some()
            && vm.getattr_opt(&excs, "__len__")?.is_some());
    if !is_seq {
        return Err(vm.new_type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect_iterable(&excs)?;
    if items.is_empty() {
        return Err(vm.new_value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_plain = true;
    for (i, e) in items.iter().enumerate() {
        if !is_exception_instance(e) {
            return Err(vm.new_value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        if !typeobj::is_subtype(e.class(), &vm.interp.exc.exception) {
            all_plain = false;
        }
    }
    let beg = vm.interp.exc.base_exception_group.clone();
    let eg = vm.interp.exc.exception_group.clone();
    if cls.is(&beg) {
        if all_plain {
            cls = eg;
        }
    } else if cls.is(&eg) {
        if !all_plain {
            return Err(vm.new_type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if !all_plain && typeobj::is_subtype(&cls, &vm.interp.exc.exception) {
        return Err(vm.new_type_error(format!("Cannot nest BaseExceptions in '{name}'")));
    }
    let e = crate::builtins::exceptions::new_exception_of(vm, &cls, vec![msg.clone(), excs.clone()]);
    let t = vm.new_tuple(items);
    {
        let mut d = exc_data(&e).borrow_mut();
        d.set_attr("message", msg);
        d.set_attr("exceptions", t);
    }
    Ok(e)
}

fn eg_init(vm: &mut Vm, _a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(vm.none())
}

/// "msg (N sub-exceptions)".
pub fn group_str(vm: &mut Vm, eg: &PyRef) -> PyResult<String> {
    let m = match message(eg) {
        Some(m) => vm.str_string(&m)?,
        None => String::new(),
    };
    let n = members(vm, eg).len();
    Ok(format!("{m} ({n} sub-exception{})", if n == 1 { "" } else { "s" }))
}

fn eg_str(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let s = group_str(vm, &a[0])?;
    Ok(vm.new_str(s))
}

fn g_message(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(message(o).unwrap_or_else(|| vm.none()))
}

fn g_exceptions(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(exc_data(o).borrow().get_attr("exceptions").unwrap_or_else(|| vm.new_tuple(vec![])))
}

/// `derive(excs)`: a new group like this one with other members (no metadata copied).
fn derive(vm: &mut Vm, eg: &PyRef, excs: Vec<PyRef>) -> PyResult {
    let m = message(eg).unwrap_or_else(|| vm.new_str(""));
    let l = vm.new_list(excs);
    match vm.getattr_opt(eg, "derive")? {
        Some(d) if !matches!(d.payload, Payload::Builtin(_)) => vm.call(&d, &[l], &[]),
        _ => {
            let beg = vm.interp.exc.base_exception_group.clone();
            vm.call(&beg, &[m, l], &[])
        }
    }
}

fn eg_derive(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("derive", &a[1..], k, 1)?;
    let m = message(&a[0]).unwrap_or_else(|| vm.new_str(""));
    let beg = vm.interp.exc.base_exception_group.clone();
    vm.call(&beg, &[m, a[1].clone()], &[])
}

/// Copies traceback, cause, context and notes from `from` (split results keep them).
fn copy_metadata(vm: &mut Vm, from: &PyRef, to: &PyRef) {
    let (tb, cause, ctx, sup) = {
        let d = exc_data(from).borrow();
        (d.traceback.clone(), d.cause.clone(), d.context.clone(), d.suppress_context)
    };
    {
        let mut d = exc_data(to).borrow_mut();
        d.traceback = tb;
        d.cause = cause;
        d.context = ctx;
        d.suppress_context = sup;
    }
    if let Some(fd) = from.dict.get() {
        if let Some(notes) = dict::get_str(vm, &fd, "__notes__") {
            let td = match to.dict.get() {
                Some(d) => d,
                None => {
                    let d = vm.new_dict();
                    to.dict.set(Some(d.clone()));
                    d
                }
            };
            dict::set_str(vm, &td, "__notes__", notes);
        }
    }
}

/// What a split condition is: exception types, or a predicate.
enum Cond {
    Types(PyRef),
    Pred(PyRef),
    /// Leaf identity (used by PREP_RERAISE_STAR).
    Leaves(Vec<usize>),
}

fn cond_of(vm: &mut Vm, c: &PyRef) -> PyResult<Cond> {
    let is_exc_type = |vm: &Vm, t: &PyRef| {
        matches!(t.payload, Payload::Type(_)) && typeobj::is_subtype(t, &vm.interp.exc.base_exception)
    };
    if is_exc_type(vm, c) {
        return Ok(Cond::Types(c.clone()));
    }
    if let Payload::Tuple(items) = &c.payload {
        if items.iter().all(|t| is_exc_type(vm, t)) {
            return Ok(Cond::Types(c.clone()));
        }
    }
    if crate::builtins::core::is_callable(vm, c) {
        return Ok(Cond::Pred(c.clone()));
    }
    Err(vm.new_type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(vm: &mut Vm, cond: &Cond, e: &PyRef) -> PyResult<bool> {
    match cond {
        Cond::Types(t) => vm.exception_matches(e, t),
        Cond::Pred(f) => {
            let r = vm.call(f, &[e.clone()], &[])?;
            vm.is_true(&r)
        }
        Cond::Leaves(ids) => Ok(!is_group(vm, e) && ids.contains(&e.addr())),
    }
}

/// (match, rest) of `e` under `cond`, recursively through nested groups.
fn split(vm: &mut Vm, e: &PyRef, cond: &Cond) -> PyResult<(Option<PyRef>, Option<PyRef>)> {
    if matches(vm, cond, e)? {
        return Ok((Some(e.clone()), None));
    }
    if !is_group(vm, e) {
        return Ok((None, Some(e.clone())));
    }
    let mut ms = Vec::new();
    let mut rs = Vec::new();
    for sub in members(vm, e) {
        let (m, r) = split(vm, &sub, cond)?;
        ms.extend(m);
        rs.extend(r);
    }
    let mk = |vm: &mut Vm, parts: Vec<PyRef>| -> PyResult<Option<PyRef>> {
        if parts.is_empty() {
            return Ok(None);
        }
        let g = derive(vm, e, parts)?;
        copy_metadata(vm, e, &g);
        Ok(Some(g))
    };
    let m = mk(vm, ms)?;
    let r = mk(vm, rs)?;
    Ok((m, r))
}

fn eg_split(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("split", &a[1..], k, 1)?;
    let cond = cond_of(vm, &a[1])?;
    let (m, r) = split(vm, &a[0], &cond)?;
    let none = vm.none();
    Ok(vm.new_tuple(vec![m.unwrap_or_else(|| none.clone()), r.unwrap_or(none)]))
}

fn eg_subgroup(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("subgroup", &a[1..], k, 1)?;
    let cond = cond_of(vm, &a[1])?;
    let (m, _) = split(vm, &a[0], &cond)?;
    Ok(m.unwrap_or_else(|| vm.none()))
}

/// Non-group exceptions inside `e` (by address).
fn leaves(vm: &mut Vm, e: &PyRef, out: &mut Vec<usize>) {
    if is_group(vm, e) {
        for m in members(vm, e) {
            leaves(vm, &m, out);
        }
    } else {
        out.push(e.addr());
    }
}

impl Vm {
    /// CHECK_EG_MATCH: (rest, match) of `exc` against the `except*` type.
    pub(crate) fn exception_group_match(&mut self, exc: &PyRef, ty: &PyRef) -> PyResult<(PyRef, PyRef)> {
        let none = self.none();
        let group_types: Vec<PyRef> = match &ty.payload {
            Payload::Tuple(items) => items.to_vec(),
            _ => vec![ty.clone()],
        };
        for t in &group_types {
            if typeobj::is_subtype(t, &self.interp.exc.base_exception_group) {
                return Err(self.new_type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ));
            }
        }
        if !is_group(self, exc) {
            if self.exception_matches(exc, ty)? {
                // A naked exception is wrapped in a group for the handler.
                let beg = self.interp.exc.base_exception_group.clone();
                let m = self.new_str("");
                let l = self.new_tuple(vec![exc.clone()]);
                let g = self.call(&beg, &[m, l], &[])?;
                return Ok((none, g));
            }
            return Ok((exc.clone(), none));
        }
        let (m, r) = split(self, exc, &Cond::Types(ty.clone()))?;
        match m {
            Some(m) => Ok((r.unwrap_or_else(|| none.clone()), m)),
            None => Ok((exc.clone(), none)),
        }
    }

    /// PREP_RERAISE_STAR: what an `except*` statement re-raises, given the original
    /// exception and what each clause raised (plus the unmatched rest, last).
    pub(crate) fn prep_reraise_star(&mut self, orig: &PyRef, raised: Vec<PyRef>) -> PyResult {
        let items: Vec<PyRef> = raised.into_iter().filter(|e| !matches!(e.payload, Payload::None)).collect();
        if items.is_empty() {
            return Ok(self.none());
        }
        if !is_group(self, orig) {
            return Ok(items[0].clone());
        }
        let same_meta = |a: &PyRef, b: &PyRef| {
            let (x, y) = (exc_data(a).borrow(), exc_data(b).borrow());
            let eq = |p: &Option<PyRef>, q: &Option<PyRef>| match (p, q) {
                (Some(p), Some(q)) => p.is(q),
                (None, None) => true,
                _ => false,
            };
            eq(&x.traceback, &y.traceback) && eq(&x.cause, &y.cause) && eq(&x.context, &y.context)
        };
        let mut reraised_leaves = Vec::new();
        let mut new_raised = Vec::new();
        for e in items {
            if is_exception_instance(&e) && same_meta(&e, orig) {
                leaves(self, &e, &mut reraised_leaves);
            } else {
                new_raised.push(e);
            }
        }
        let reraised = if reraised_leaves.is_empty() {
            None
        } else {
            split(self, orig, &Cond::Leaves(reraised_leaves))?.0
        };
        if new_raised.is_empty() {
            return Ok(reraised.unwrap_or_else(|| self.none()));
        }
        new_raised.extend(reraised);
        let beg = self.interp.exc.base_exception_group.clone();
        let m = self.new_str("");
        let l = self.new_list(new_raised);
        self.call(&beg, &[m, l], &[])
    }
}

pub fn init(vm: &mut Vm) {
    let beg = vm.interp.exc.base_exception_group.clone();
    vm.add_new(&beg, eg_new);
    vm.add_method(&beg, "__init__", eg_init);
    vm.add_method(&beg, "__str__", eg_str);
    vm.add_method(&beg, "derive", eg_derive);
    vm.add_method(&beg, "split", eg_split);
    vm.add_method(&beg, "subgroup", eg_subgroup);
    vm.add_getset(&beg, "message", g_message, None);
    vm.add_getset(&beg, "exceptions", g_exceptions, None);
}
