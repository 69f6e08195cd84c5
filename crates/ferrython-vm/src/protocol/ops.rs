//! Operators and the number/sequence/mapping protocols: binary operators with the
//! reflected-operand rules, rich comparison, truth, len, subscripts, hashing, iteration.
//! Builtin types take fast paths on their payloads when the type is exactly the builtin
//! (a subclass may override the dunder, so it goes through the MRO lookup).
//! CPython: Objects/abstract.c, Objects/object.c.

use crate::object::{Payload, PyRef};
use crate::objects::iter::{DictIterKind, IterState};
use crate::objects::typeobj;
use crate::objects::{dict, int};
use crate::{PyResult, Vm};
use ferrython_bytecode::{BinaryOp, CompareOp};
use std::cell::RefCell;

impl Vm {
    /// `a op b` for BINARY_OP.
    pub fn binary_op(&mut self, a: &PyRef, b: &PyRef, op: BinaryOp) -> PyResult {
        // Fast paths on exact builtin payloads.
        if let Some(r) = self.binary_fast(a, b, op)? {
            return Ok(r);
        }
        let (name, rname, iname) = op.dunders();
        if op.is_inplace() {
            if let Some(m) = self.lookup_special(a, iname)? {
                let r = self.call(&m, &[b.clone()], &[])?;
                if !matches!(r.payload, Payload::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let ta = a.class().clone();
        let tb = b.class().clone();
        let try_reflected_first = !ta.is(&tb) && typeobj::is_subtype(&tb, &ta) && self.overrides(&tb, &ta, rname);
        if try_reflected_first {
            if let Some(r) = self.call_dunder(b, rname, a)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.call_dunder(a, name, b)? {
            return Ok(r);
        }
        if !ta.is(&tb) && !try_reflected_first {
            if let Some(r) = self.call_dunder(b, rname, a)? {
                return Ok(r);
            }
        }
        if op.base() == BinaryOp::Power && false {
            unreachable!()
        }
        let sym = op.symbol();
        if matches!(op.base(), BinaryOp::Add | BinaryOp::Multiply) {
            // str + int gets CPython's concatenation message.
            if a.is_exact(&self.interp.types.str) && op.base() == BinaryOp::Add {
                return Err(self.new_type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    typeobj::obj_type_name(b)
                )));
            }
            if a.is_exact(&self.interp.types.list) && op.base() == BinaryOp::Add {
                return Err(self.new_type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    typeobj::obj_type_name(b)
                )));
            }
            if a.is_exact(&self.interp.types.tuple) && op.base() == BinaryOp::Add {
                return Err(self.new_type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    typeobj::obj_type_name(b)
                )));
            }
            if op.base() == BinaryOp::Multiply && (self.is_sequence_repeatable(a) || self.is_sequence_repeatable(b)) {
                let other = if self.is_sequence_repeatable(a) { b } else { a };
                return Err(self.new_type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    typeobj::obj_type_name(other)
                )));
            }
        }
        if op.base() == BinaryOp::Power {
            return Err(self.new_type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                if op.is_inplace() { "**=" } else { "** or pow()" },
                typeobj::obj_type_name(a),
                typeobj::obj_type_name(b)
            )));
        }
        Err(self.unsupported_operand(sym, a, b))
    }

    fn is_sequence_repeatable(&self, o: &PyRef) -> bool {
        matches!(o.payload, Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_))
    }

    /// Does `sub` define `name` differently from `base`?
    fn overrides(&self, sub: &PyRef, base: &PyRef, name: &str) -> bool {
        match (typeobj::lookup(self, sub, name), typeobj::lookup(self, base, name)) {
            (Some(a), Some(b)) => !a.is(&b),
            (Some(_), None) => true,
            _ => false,
        }
    }

    /// Calls `obj.name(other)` found on the type; None if missing or NotImplemented.
    fn call_dunder(&mut self, obj: &PyRef, name: &str, other: &PyRef) -> PyResult<Option<PyRef>> {
        match self.lookup_special(obj, name)? {
            Some(m) => {
                let r = self.call(&m, &[other.clone()], &[])?;
                if matches!(r.payload, Payload::NotImplemented) {
                    Ok(None)
                } else {
                    Ok(Some(r))
                }
            }
            None => Ok(None),
        }
    }

    fn binary_fast(&mut self, a: &PyRef, b: &PyRef, op: BinaryOp) -> PyResult<Option<PyRef>> {
        let t = &self.interp.types;
        let (ia, ib) = (a.class().is(&t.int) || a.class().is(&t.bool_), b.class().is(&t.int) || b.class().is(&t.bool_));
        if ia && ib {
            return int::int_binary(self, a, b, op).map(Some);
        }
        let fa = a.is_exact(&t.float);
        let fb = b.is_exact(&t.float);
        if (fa || ia) && (fb || ib) && (fa || fb) {
            return crate::objects::float::float_binary(self, a, b, op);
        }
        if a.is_exact(&t.str) && b.is_exact(&t.str) && op.base() == BinaryOp::Add {
            let mut s = String::with_capacity(a.as_str().unwrap().as_str().len() + b.as_str().unwrap().as_str().len());
            s.push_str(a.as_str().unwrap().as_str());
            s.push_str(b.as_str().unwrap().as_str());
            return Ok(Some(self.new_str(s)));
        }
        Ok(None)
    }

    pub fn unary_op(&mut self, a: &PyRef, dunder: &str, sym: &str) -> PyResult {
        let t = &self.interp.types;
        if a.class().is(&t.int) || a.class().is(&t.bool_) {
            return int::int_unary(self, a, dunder);
        }
        if a.is_exact(&t.float) {
            if let Payload::Float(x) = a.payload {
                match dunder {
                    "__neg__" => return Ok(self.new_float(-x)),
                    "__pos__" => return Ok(self.new_float(x)),
                    _ => {}
                }
            }
        }
        match self.lookup_special(a, dunder)? {
            Some(m) => self.call(&m, &[], &[]),
            None => Err(self.new_type_error(format!(
                "bad operand type for unary {sym}: '{}'",
                typeobj::obj_type_name(a)
            ))),
        }
    }

    /// `a op b` for comparisons, with reflected-operand rules and the identity default
    /// for `==`/`!=`.
    pub fn rich_compare(&mut self, a: &PyRef, b: &PyRef, op: CompareOp) -> PyResult {
        if let Some(r) = self.compare_fast(a, b, op) {
            return Ok(self.new_bool(r));
        }
        let (name, rname) = op.dunders();
        let ta = a.class().clone();
        let tb = b.class().clone();
        // Unlike arithmetic, a right operand of a subclass goes first even when it
        // only inherits the reflected method.
        let reflected_first = !ta.is(&tb) && typeobj::is_subtype(&tb, &ta);
        if reflected_first {
            if let Some(r) = self.call_dunder(b, rname, a)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.call_dunder(a, name, b)? {
            return Ok(r);
        }
        if !reflected_first {
            if let Some(r) = self.call_dunder(b, rname, a)? {
                return Ok(r);
            }
        }
        match op {
            CompareOp::Eq => Ok(self.new_bool(a.is(b))),
            CompareOp::Ne => Ok(self.new_bool(!a.is(b))),
            _ => Err(self.new_type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                typeobj::obj_type_name(a),
                typeobj::obj_type_name(b)
            ))),
        }
    }

    fn compare_fast(&self, a: &PyRef, b: &PyRef, op: CompareOp) -> Option<bool> {
        let t = &self.interp.types;
        let ord = match (&a.payload, &b.payload) {
            (Payload::Int(x), Payload::Int(y)) if !a.class().as_type()?.is_heap() && !b.class().as_type()?.is_heap() => x.cmp(y),
            (Payload::Float(x), Payload::Float(y)) if a.is_exact(&t.float) && b.is_exact(&t.float) => {
                return Some(cmp_partial(x.partial_cmp(y), op));
            }
            (Payload::Str(x), Payload::Str(y)) if a.is_exact(&t.str) && b.is_exact(&t.str) => x.as_str().cmp(y.as_str()),
            _ => return None,
        };
        Some(cmp_partial(Some(ord), op))
    }

    /// `a == b` as a Rust bool.
    pub fn eq(&mut self, a: &PyRef, b: &PyRef) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = self.compare_fast(a, b, CompareOp::Eq) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, CompareOp::Eq)?;
        self.is_true(&r)
    }

    /// Truth value (`bool(x)`).
    pub fn is_true(&mut self, o: &PyRef) -> PyResult<bool> {
        if let Some(b) = self.truth_fast(o) {
            return Ok(b);
        }
        if let Some(m) = self.lookup_special(o, "__bool__")? {
            let r = self.call(&m, &[], &[])?;
            return match (&r.payload, r.class().is(&self.interp.types.bool_)) {
                (Payload::Int(v), true) => Ok(*v != 0),
                _ => Err(self.new_type_error(format!(
                    "__bool__ should return bool, returned {}",
                    typeobj::obj_type_name(&r)
                ))),
            };
        }
        if let Some(m) = self.lookup_special(o, "__len__")? {
            let r = self.call(&m, &[], &[])?;
            let n = self.len_result(&r)?;
            return Ok(n != 0);
        }
        Ok(true)
    }

    #[inline]
    pub(crate) fn is_true_fast(&mut self, o: &PyRef) -> PyResult<bool> {
        if o.is(&self.interp.true_) {
            return Ok(true);
        }
        if o.is(&self.interp.false_) {
            return Ok(false);
        }
        self.is_true(o)
    }

    fn truth_fast(&self, o: &PyRef) -> Option<bool> {
        if o.class().as_type().is_some_and(|t| t.is_heap()) {
            return None;
        }
        Some(match &o.payload {
            Payload::None => false,
            Payload::Int(v) => *v != 0,
            Payload::BigInt(_) => true,
            Payload::Float(x) => *x != 0.0,
            Payload::Complex(r, i) => *r != 0.0 || *i != 0.0,
            Payload::Str(s) => !s.as_str().is_empty(),
            Payload::Bytes(b) => !b.is_empty(),
            Payload::ByteArray(b) => !b.borrow().is_empty(),
            Payload::Tuple(t) => !t.is_empty(),
            Payload::List(l) => !l.borrow().is_empty(),
            Payload::Dict(d) | Payload::Set(d) | Payload::FrozenSet(d) => !d.borrow().is_empty(),
            Payload::Range(r) => r.len() != 0,
            Payload::Instance(_) => return None,
            _ => true,
        })
    }

    fn len_result(&mut self, r: &PyRef) -> PyResult<usize> {
        match &r.payload {
            Payload::Int(v) if *v >= 0 => Ok(*v as usize),
            Payload::Int(_) => Err(self.new_value_error("__len__() should return >= 0")),
            Payload::BigInt(_) => Err(self.new_overflow_error("cannot fit 'int' into an index-sized integer")),
            _ => {
                // Any object with __index__ will do.
                if self.lookup_special(r, "__index__")?.is_some() {
                    let i = self.index_value(r)?;
                    let i = self.new_int(i);
                    return self.len_result(&i);
                }
                Err(self.new_type_error(format!("'{}' object cannot be interpreted as an integer", typeobj::obj_type_name(r))))
            }
        }
    }

    /// `len(o)`.
    pub fn len(&mut self, o: &PyRef) -> PyResult<usize> {
        if !o.class().as_type().is_some_and(|t| t.is_heap()) {
            match &o.payload {
                Payload::Str(s) => return Ok(s.char_len()),
                Payload::Bytes(b) => return Ok(b.len()),
                Payload::ByteArray(b) => return Ok(b.borrow().len()),
                Payload::Tuple(t) => return Ok(t.len()),
                Payload::List(l) => return Ok(l.borrow().len()),
                Payload::Dict(d) | Payload::Set(d) | Payload::FrozenSet(d) => return Ok(d.borrow().len()),
                Payload::Range(r) => return Ok(r.len() as usize),
                _ => {}
            }
        }
        match self.lookup_special(o, "__len__")? {
            Some(m) => {
                let r = self.call(&m, &[], &[])?;
                self.len_result(&r)
            }
            None => Err(self.new_type_error(format!("object of type '{}' has no len()", typeobj::obj_type_name(o)))),
        }
    }

    /// `hash(o)`.
    pub fn hash(&mut self, o: &PyRef) -> PyResult<i64> {
        let heap = o.class().as_type().is_some_and(|t| t.is_heap());
        if !heap {
            match &o.payload {
                Payload::Str(s) => return Ok(s.hash()),
                Payload::Int(v) => return Ok(crate::hash::hash_i64(*v)),
                Payload::BigInt(v) => return Ok(crate::hash::hash_bigint(v)),
                Payload::Float(x) => {
                    return Ok(if x.is_nan() { (o.addr() >> 4) as i64 } else { crate::hash::hash_f64(*x) })
                }
                Payload::Bytes(b) => return Ok(crate::hash::hash_bytes(b)),
                Payload::Tuple(items) => {
                    let mut hs = Vec::with_capacity(items.len());
                    for it in items.iter() {
                        hs.push(self.hash(it)?);
                    }
                    return Ok(crate::hash::hash_tuple(hs.into_iter()));
                }
                Payload::None | Payload::Ellipsis | Payload::NotImplemented | Payload::Type(_) | Payload::Function(_) | Payload::Builtin(_) | Payload::Module(_) | Payload::Code(_) => {
                    return Ok(default_hash(o))
                }
                Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::ByteArray(_) => {
                    return Err(self.new_type_error(format!("unhashable type: '{}'", typeobj::obj_type_name(o))))
                }
                _ => {}
            }
        }
        match typeobj::lookup(self, &o.class().clone(), "__hash__") {
            Some(h) if matches!(h.payload, Payload::None) => {
                Err(self.new_type_error(format!("unhashable type: '{}'", typeobj::obj_type_name(o))))
            }
            Some(h) if !matches!(h.payload, Payload::Builtin(_)) => {
                let r = self.call(&h, &[o.clone()], &[])?;
                match &r.payload {
                    Payload::Int(v) => Ok(if *v == -1 { -2 } else { *v }),
                    Payload::BigInt(b) => Ok(crate::hash::hash_bigint(b)),
                    _ => Err(self.new_type_error("__hash__ method should return an integer")),
                }
            }
            Some(h) => {
                let r = self.call(&h, &[o.clone()], &[])?;
                match &r.payload {
                    Payload::Int(v) => Ok(*v),
                    _ => Ok(default_hash(o)),
                }
            }
            None => Ok(default_hash(o)),
        }
    }

    /// `x in container`.
    pub fn contains(&mut self, container: &PyRef, x: &PyRef) -> PyResult<bool> {
        let heap = container.class().as_type().is_some_and(|t| t.is_heap());
        if !heap {
            match &container.payload {
                Payload::Dict(_) => return Ok(dict::get_item(self, container, x)?.is_some()),
                Payload::Set(_) | Payload::FrozenSet(_) => return self.set_contains(container, x),
                Payload::Str(s) => {
                    return match x.as_str() {
                        Some(sub) => Ok(s.as_str().contains(sub.as_str())),
                        None => Err(self.new_type_error(format!(
                            "'in <string>' requires string as left operand, not {}",
                            typeobj::obj_type_name(x)
                        ))),
                    }
                }
                Payload::List(_) | Payload::Tuple(_) => {
                    let items = self.seq_items(container);
                    for it in items {
                        if self.eq(&it, x)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Payload::Range(r) => {
                    if let Payload::Int(v) = x.payload {
                        let r = *r;
                        let inside = if r.step > 0 { v >= r.start && v < r.stop } else { v <= r.start && v > r.stop };
                        return Ok(inside && (v - r.start) % r.step == 0);
                    }
                }
                _ => {}
            }
        }
        if let Some(m) = self.lookup_special(container, "__contains__")? {
            if matches!(m.payload, Payload::None) {
                return Err(self.type_error_for(container, "is not a container"));
            }
            let r = self.call(&m, &[x.clone()], &[])?;
            return self.is_true(&r);
        }
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(_) => {
                return Err(self.new_type_error(format!(
                    "argument of type '{}' is not iterable",
                    typeobj::obj_type_name(container)
                )))
            }
        };
        while let Some(v) = self.next(&it)? {
            if self.eq(&v, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// A snapshot of a list's or tuple's items.
    pub fn seq_items(&self, o: &PyRef) -> Vec<PyRef> {
        match &o.payload {
            Payload::List(l) => l.borrow().clone(),
            Payload::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        }
    }

    /// `iter(o)`.
    pub fn get_iter(&mut self, o: &PyRef) -> PyResult {
        let t = &self.interp.types;
        let heap = o.class().as_type().is_some_and(|t| t.is_heap());
        if !heap {
            let (state, ty) = match &o.payload {
                Payload::List(_) => (IterState::Seq { seq: o.clone(), index: 0 }, t.list_iterator.clone()),
                Payload::Tuple(_) => (IterState::Seq { seq: o.clone(), index: 0 }, t.tuple_iterator.clone()),
                Payload::Str(_) => (IterState::Seq { seq: o.clone(), index: 0 }, t.str_iterator.clone()),
                Payload::Bytes(_) | Payload::ByteArray(_) => (IterState::Seq { seq: o.clone(), index: 0 }, t.bytes_iterator.clone()),
                Payload::Range(r) => (IterState::Range { next: r.start, step: r.step, remaining: r.len() }, t.range_iterator.clone()),
                Payload::Dict(d) => {
                    let len = d.borrow().len();
                    (IterState::Dict { dict: o.clone(), pos: 0, len, kind: DictIterKind::Keys }, t.dict_keyiterator.clone())
                }
                Payload::Set(d) | Payload::FrozenSet(d) => {
                    let data = d.borrow();
                    let order = crate::objects::set::table_order(&data);
                    let len = data.len();
                    (IterState::SetOrdered { set: o.clone(), order, i: 0, len }, t.set_iterator.clone())
                }
                Payload::Iterator(_) | Payload::Generator(_) => return Ok(o.clone()),
                _ => (IterState::Exhausted, t.null_type.clone()),
            };
            if !matches!(state, IterState::Exhausted) {
                return Ok(PyRef::new(&ty, Payload::Iterator(Box::new(RefCell::new(state)))));
            }
        }
        match self.lookup_special(o, "__iter__")? {
            Some(m) if !matches!(m.payload, Payload::None) => {
                let it = self.call(&m, &[], &[])?;
                if !self.has_next(&it) {
                    return Err(self.new_type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        typeobj::obj_type_name(&it)
                    )));
                }
                Ok(it)
            }
            Some(_) => Err(self.type_error_for(o, "is not iterable")),
            None => {
                if self.lookup_special(o, "__getitem__")?.is_some() {
                    let st = IterState::GetItem { obj: o.clone(), index: 0 };
                    return Ok(PyRef::new(&self.interp.types.seq_iterator.clone(), Payload::Iterator(Box::new(RefCell::new(st)))));
                }
                Err(self.type_error_for(o, "is not iterable"))
            }
        }
    }

    pub(crate) fn has_iter(&mut self, o: &PyRef) -> bool {
        matches!(
            o.payload,
            Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Dict(_) | Payload::Set(_) | Payload::FrozenSet(_) | Payload::Range(_) | Payload::Iterator(_) | Payload::Generator(_) | Payload::Bytes(_) | Payload::ByteArray(_)
        ) || typeobj::lookup(self, o.class(), "__iter__").is_some()
            || typeobj::lookup(self, o.class(), "__getitem__").is_some()
    }

    fn has_next(&self, o: &PyRef) -> bool {
        matches!(o.payload, Payload::Iterator(_) | Payload::Generator(_)) || typeobj::lookup(self, o.class(), "__next__").is_some()
    }

    /// `next(it)`: Some(value), or None when exhausted (StopIteration swallowed).
    pub fn next(&mut self, it: &PyRef) -> PyResult<Option<PyRef>> {
        match &it.payload {
            Payload::Iterator(st) if !it.class().as_type().is_some_and(|t| t.is_heap()) => {
                crate::objects::iter::iter_next(self, it, st)
            }
            Payload::Generator(_) => match self.send(it, self.none()) {
                Ok(crate::objects::generator::GenResult::Yield(v)) => Ok(Some(v)),
                Ok(crate::objects::generator::GenResult::Return(_)) => Ok(None),
                // An exhausted generator raises StopIteration on every later send.
                Err(e) if self.isinstance_exc(&e, &self.interp.exc.stop_iteration.clone()) => Ok(None),
                Err(e) => Err(e),
            },
            _ => {
                let m = match self.lookup_special(it, "__next__")? {
                    Some(m) => m,
                    None => return Err(self.type_error_for(it, "is not an iterator")),
                };
                match self.call(&m, &[], &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.isinstance_exc(&e, &self.interp.exc.stop_iteration.clone()) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// All items of an iterable.
    pub fn collect_iterable(&mut self, o: &PyRef) -> PyResult<Vec<PyRef>> {
        if !o.class().as_type().is_some_and(|t| t.is_heap()) {
            match &o.payload {
                Payload::List(l) => return Ok(l.borrow().clone()),
                Payload::Tuple(t) => return Ok(t.to_vec()),
                _ => {}
            }
        }
        let it = self.get_iter(o)?;
        let mut out = Vec::new();
        while let Some(v) = self.next(&it)? {
            out.push(v);
        }
        Ok(out)
    }

    /// UNPACK_SEQUENCE with CPython's messages.
    pub(crate) fn unpack_exact(&mut self, seq: &PyRef, n: usize) -> PyResult<Vec<PyRef>> {
        let items: Vec<PyRef> = match &seq.payload {
            Payload::Tuple(t) => t.to_vec(),
            Payload::List(l) => l.borrow().clone(),
            _ => {
                let it = match self.get_iter(seq) {
                    Ok(it) => it,
                    Err(_) => {
                        return Err(self.new_type_error(format!(
                            "cannot unpack non-iterable {} object",
                            typeobj::obj_type_name(seq)
                        )))
                    }
                };
                let mut out = Vec::new();
                while let Some(v) = self.next(&it)? {
                    out.push(v);
                    if out.len() > n {
                        return Err(self.new_value_error(format!("too many values to unpack (expected {n})")));
                    }
                }
                out
            }
        };
        if items.len() < n {
            return Err(self.new_value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        if items.len() > n {
            // 3.11 never says how many there were (3.12 adds ", got N").
            return Err(self.new_value_error(format!("too many values to unpack (expected {n})")));
        }
        Ok(items)
    }

    pub fn new_slice(&self, start: PyRef, stop: PyRef, step: PyRef) -> PyRef {
        PyRef::new(&self.interp.types.slice, Payload::Slice(Box::new([start, stop, step])))
    }

    pub fn set_add(&mut self, s: &PyRef, v: PyRef) -> PyResult<()> {
        let none = self.none();
        dict::set_item(self, s, v, none)
    }

    pub fn set_contains(&mut self, s: &PyRef, v: &PyRef) -> PyResult<bool> {
        Ok(dict::get_item(self, s, v)?.is_some())
    }

    /// `d.update(m)`.
    pub fn dict_update(&mut self, d: &PyRef, m: &PyRef) -> PyResult<()> {
        for (k, v) in self.mapping_items(m)? {
            dict::set_item(self, d, k, v)?;
        }
        Ok(())
    }
}

fn cmp_partial(o: Option<std::cmp::Ordering>, op: CompareOp) -> bool {
    use std::cmp::Ordering::*;
    match o {
        None => op == CompareOp::Ne,
        Some(o) => match op {
            CompareOp::Lt => o == Less,
            CompareOp::Le => o != Greater,
            CompareOp::Eq => o == Equal,
            CompareOp::Ne => o != Equal,
            CompareOp::Gt => o == Greater,
            CompareOp::Ge => o != Less,
        },
    }
}

/// `object.__hash__`: derived from the address, as CPython (rotated by 4 bits).
pub fn default_hash(o: &PyRef) -> i64 {
    let a = o.addr();
    (a >> 4 | a << (usize::BITS - 4)) as i64
}
