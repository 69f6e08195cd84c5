//! Subscripts: `o[k]`, `o[k] = v`, `del o[k]`, with slices and negative indices.
//! CPython: Objects/abstract.c (PyObject_GetItem), listobject.c, sliceobject.c.

use crate::object::{Payload, PyRef};
use crate::objects::typeobj;
use crate::objects::dict;
use crate::{PyResult, Vm};

/// Normalised slice bounds for a sequence of `len`: (start, stop, step, count).
pub fn slice_indices(vm: &mut Vm, s: &PyRef, len: i64) -> PyResult<(i64, i64, i64, usize)> {
    let Payload::Slice(parts) = &s.payload else { unreachable!() };
    let get = |vm: &mut Vm, o: &PyRef| -> PyResult<Option<i64>> {
        if matches!(o.payload, Payload::None) {
            return Ok(None);
        }
        // Huge bounds clamp (CPython's _PyEval_SliceIndex saturates).
        let clamp = |b: &num_bigint::BigInt| if b.sign() == num_bigint::Sign::Minus { i64::MIN / 2 } else { i64::MAX / 2 };
        if let Payload::BigInt(b) = &o.payload {
            return Ok(Some(clamp(b)));
        }
        if !matches!(o.payload, Payload::Int(_)) {
            if let Some(m) = vm.lookup_special(o, "__index__")? {
                let r = vm.call(&m, &[], &[])?;
                match &r.payload {
                    Payload::BigInt(b) => return Ok(Some(clamp(b))),
                    Payload::Int(v) => return Ok(Some((*v).clamp(i64::MIN / 2, i64::MAX / 2))),
                    _ => {}
                }
            }
        }
        match vm.index_value(o) {
            Ok(v) => Ok(Some(v.clamp(i64::MIN / 2, i64::MAX / 2))),
            Err(_) => Err(vm.new_type_error("slice indices must be integers or None or have an __index__ method")),
        }
    };
    let step = get(vm, &parts[2])?.unwrap_or(1);
    if step == 0 {
        return Err(vm.new_value_error("slice step cannot be zero"));
    }
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let norm = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(v) if v < 0 => (v + len).max(lo),
            Some(v) => v.min(hi),
        }
    };
    let start = norm(get(vm, &parts[0])?, if step < 0 { hi } else { lo });
    let stop = norm(get(vm, &parts[1])?, if step < 0 { lo } else { hi });
    let count = if step > 0 {
        if stop > start { ((stop - start - 1) / step + 1) as usize } else { 0 }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

impl Vm {
    /// `operator.index(o)` as i64 (OverflowError past i64).
    pub fn index_value(&mut self, o: &PyRef) -> PyResult<i64> {
        match &o.payload {
            Payload::Int(v) => Ok(*v),
            Payload::BigInt(_) => Err(self.new_index_error("cannot fit 'int' into an index-sized integer")),
            _ => match self.lookup_special(o, "__index__")? {
                Some(m) => {
                    let r = self.call(&m, &[], &[])?;
                    match &r.payload {
                        Payload::Int(v) => Ok(*v),
                        Payload::BigInt(_) => Err(self.new_index_error(format!(
                            "cannot fit '{}' into an index-sized integer",
                            typeobj::obj_type_name(o)
                        ))),
                        _ => Err(self.new_type_error(format!(
                            "__index__ returned non-int (type {})",
                            typeobj::obj_type_name(&r)
                        ))),
                    }
                }
                None => Err(self.new_type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    typeobj::obj_type_name(o)
                ))),
            },
        }
    }

    fn seq_index(&mut self, k: &PyRef, len: usize, what: &str) -> PyResult<usize> {
        let i = match &k.payload {
            Payload::Int(v) => *v,
            Payload::BigInt(_) => {
                return Err(self.new_index_error(format!("cannot fit 'int' into an index-sized integer")))
            }
            _ => match self.lookup_special(k, "__index__")? {
                Some(_) => self.index_value(k)?,
                None => {
                    let t = typeobj::obj_type_name(k);
                    return Err(self.new_type_error(match what {
                        "string" => format!("string indices must be integers, not '{t}'"),
                        "range object" => format!("range indices must be integers or slices, not {t}"),
                        _ => format!("{what} indices must be integers or slices, not {t}"),
                    }));
                }
            },
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            // bytes says plain "index out of range".
            let msg = if what == "byte" { "index out of range".to_string() } else { format!("{what} index out of range") };
            return Err(self.new_index_error(msg));
        }
        Ok(j as usize)
    }

    pub fn getitem(&mut self, c: &PyRef, k: &PyRef) -> PyResult {
        let heap = c.class().as_type().is_some_and(|t| t.is_heap());
        if !heap {
            let is_slice = matches!(k.payload, Payload::Slice(_));
            match &c.payload {
                Payload::List(l) => {
                    if is_slice {
                        let len = l.borrow().len() as i64;
                        let (start, _, step, n) = slice_indices(self, k, len)?;
                        let v = l.borrow();
                        let items = (0..n).map(|i| v[(start + i as i64 * step) as usize].clone()).collect();
                        return Ok(self.new_list(items));
                    }
                    let len = l.borrow().len();
                    let i = self.seq_index(k, len, "list")?;
                    return Ok(l.borrow()[i].clone());
                }
                Payload::Tuple(t) => {
                    if is_slice {
                        let (start, _, step, n) = slice_indices(self, k, t.len() as i64)?;
                        if start == 0 && step == 1 && n == t.len() {
                            return Ok(c.clone());
                        }
                        let items = (0..n).map(|i| t[(start + i as i64 * step) as usize].clone()).collect();
                        return Ok(self.new_tuple(items));
                    }
                    let i = self.seq_index(k, t.len(), "tuple")?;
                    return Ok(t[i].clone());
                }
                Payload::Str(s) => {
                    if is_slice {
                        let (start, _, step, n) = slice_indices(self, k, s.char_len() as i64)?;
                        if step == 1 {
                            return Ok(self.new_str(s.slice_chars(start as usize, start as usize + n)));
                        }
                        let chars: Vec<char> = s.as_str().chars().collect();
                        let out: String = (0..n).map(|i| chars[(start + i as i64 * step) as usize]).collect();
                        return Ok(self.new_str(out));
                    }
                    let i = self.seq_index(k, s.char_len(), "string")?;
                    let ch = s.char_at(i);
                    let mut b = [0u8; 4];
                    return Ok(self.new_str(&*ch.encode_utf8(&mut b)));
                }
                Payload::Bytes(b) => {
                    if is_slice {
                        let (start, _, step, n) = slice_indices(self, k, b.len() as i64)?;
                        let out: Vec<u8> = (0..n).map(|i| b[(start + i as i64 * step) as usize]).collect();
                        return Ok(self.new_bytes(out));
                    }
                    let i = self.seq_index(k, b.len(), "byte")?;
                    return Ok(self.new_int(b[i] as i64));
                }
                Payload::Range(r) => {
                    let r = *r;
                    if is_slice {
                        let (start, _, step, n) = slice_indices(self, k, r.len())?;
                        let nstart = r.start + start * r.step;
                        let nstep = r.step * step;
                        let nstop = nstart + n as i64 * nstep;
                        return Ok(PyRef::new(
                            &self.interp.types.range,
                            Payload::Range(crate::object::RangeData { start: nstart, stop: nstop, step: nstep }),
                        ));
                    }
                    let i = self.seq_index(k, r.len() as usize, "range object")?;
                    return Ok(self.new_int(r.get(i as i64)));
                }
                Payload::Dict(_) => {
                    return match dict::get_item(self, c, k)? {
                        Some(v) => Ok(v),
                        None => Err(self.new_key_error(k.clone())),
                    }
                }
                _ => {}
            }
        }
        if let Some(m) = self.lookup_special(c, "__getitem__")? {
            if let (Payload::Dict(_), true) = (&c.payload, heap) {
                // dict subclasses: __missing__ is consulted by dict.__getitem__ itself.
            }
            return self.call(&m, &[k.clone()], &[]);
        }
        if let Payload::Type(_) = &c.payload {
            if let Some(cg) = typeobj::lookup(self, c, "__class_getitem__") {
                let f = match &cg.payload {
                    Payload::ClassMethod(w) => self.new_method(w.0.clone(), c.clone()),
                    Payload::Function(_) => self.new_method(cg.clone(), c.clone()),
                    _ => self.descr_get(&cg, None, c)?,
                };
                return self.call(&f, &[k.clone()], &[]);
            }
            return Err(self.new_type_error(format!(
                "type '{}' is not subscriptable",
                typeobj::type_name(c)
            )));
        }
        Err(self.type_error_for(c, "is not subscriptable"))
    }

    pub fn setitem(&mut self, c: &PyRef, k: PyRef, v: PyRef) -> PyResult<()> {
        let heap = c.class().as_type().is_some_and(|t| t.is_heap());
        if !heap {
            match &c.payload {
                Payload::Dict(_) => return dict::set_item(self, c, k, v),
                Payload::List(l) => {
                    if matches!(k.payload, Payload::Slice(_)) {
                        return self.list_set_slice(c, &k, Some(v));
                    }
                    let len = l.borrow().len();
                    let i = self.seq_index(&k, len, "list assignment")?;
                    let old = std::mem::replace(&mut l.borrow_mut()[i], v);
                    drop(old);
                    return Ok(());
                }
                _ => {}
            }
        }
        match self.lookup_special(c, "__setitem__")? {
            Some(m) => {
                self.call(&m, &[k, v], &[])?;
                Ok(())
            }
            None => Err(self.type_error_for(c, "does not support item assignment")),
        }
    }

    pub fn delitem(&mut self, c: &PyRef, k: &PyRef) -> PyResult<()> {
        let heap = c.class().as_type().is_some_and(|t| t.is_heap());
        if !heap {
            match &c.payload {
                Payload::Dict(_) => {
                    return match dict::del_item(self, c, k)? {
                        Some(_) => Ok(()),
                        None => Err(self.new_key_error(k.clone())),
                    }
                }
                Payload::List(l) => {
                    if matches!(k.payload, Payload::Slice(_)) {
                        return self.list_set_slice(c, k, None);
                    }
                    let len = l.borrow().len();
                    let i = self.seq_index(k, len, "list assignment")?;
                    let old = l.borrow_mut().remove(i);
                    drop(old);
                    return Ok(());
                }
                _ => {}
            }
        }
        match self.lookup_special(c, "__delitem__")? {
            Some(m) => {
                self.call(&m, &[k.clone()], &[])?;
                Ok(())
            }
            // CPython words it by path: an index key goes through the sequence
            // protocol ("doesn't"), anything else through the mapping one ("does not").
            None => {
                let index_key = (matches!(k.payload, Payload::Int(_) | Payload::BigInt(_)) || self.lookup_special(k, "__index__")?.is_some())
                    && (c.class().as_type().is_some_and(|t| t.is_heap())
                        || self.lookup_special(c, "__getitem__")?.is_some()
                        || self.lookup_special(c, "__contains__")?.is_some());
                Err(self.type_error_for(c, if index_key { "doesn't support item deletion" } else { "does not support item deletion" }))
            }
        }
    }

    /// `l[a:b:c] = v` (v None: delete).
    fn list_set_slice(&mut self, l: &PyRef, k: &PyRef, v: Option<PyRef>) -> PyResult<()> {
        let cell = l.as_list().unwrap();
        let len = cell.borrow().len() as i64;
        let (start, stop, step, n) = slice_indices(self, k, len)?;
        let new: Vec<PyRef> = match &v {
            Some(v) => self.collect_iterable(v)?,
            None => Vec::new(),
        };
        if step == 1 {
            let stop = stop.max(start);
            let removed: Vec<PyRef> = cell.borrow_mut().splice(start as usize..stop as usize, new).collect();
            drop(removed);
            return Ok(());
        }
        if v.is_none() {
            let mut idx: Vec<usize> = (0..n).map(|i| (start + i as i64 * step) as usize).collect();
            idx.sort_unstable();
            let mut removed = Vec::new();
            {
                let mut vec = cell.borrow_mut();
                for i in idx.into_iter().rev() {
                    removed.push(vec.remove(i));
                }
            }
            drop(removed);
            return Ok(());
        }
        if new.len() != n {
            return Err(self.new_value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {n}",
                new.len()
            )));
        }
        let mut old = Vec::new();
        {
            let mut vec = cell.borrow_mut();
            for (i, item) in new.into_iter().enumerate() {
                let pos = (start + i as i64 * step) as usize;
                old.push(std::mem::replace(&mut vec[pos], item));
            }
        }
        drop(old);
        Ok(())
    }
}
