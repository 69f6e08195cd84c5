//! `dict` methods and views, `set`/`frozenset` methods. CPython: Objects/dictobject.c,
//! Objects/setobject.c.

use crate::args::{keywords, positional};
use crate::object::{Payload, PyRef};
use crate::objects::dict;
use crate::objects::iter::{DictIterKind, IterState};
use crate::objects::typeobj;
use crate::{PyResult, Vm};
use std::cell::RefCell;

fn d_getitem(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    match dict::get_item(vm, &a[0], &a[1])? {
        Some(v) => Ok(v),
        None => {
            if !a[0].is_exact(&vm.interp.types.dict) {
                if let Some(m) = vm.lookup_special(&a[0], "__missing__")? {
                    return vm.call(&m, &[a[1].clone()], &[]);
                }
            }
            Err(vm.new_key_error(a[1].clone()))
        }
    }
}

fn d_setitem(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    dict::set_item(vm, &a[0], a[1].clone(), a[2].clone())?;
    Ok(vm.none())
}

fn d_delitem(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    match dict::del_item(vm, &a[0], &a[1])? {
        Some(_) => Ok(vm.none()),
        None => Err(vm.new_key_error(a[1].clone())),
    }
}

fn d_contains(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let r = dict::get_item(vm, &a[0], &a[1])?.is_some();
    Ok(vm.new_bool(r))
}

fn d_len(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let n = a[0].as_dict().map(|d| d.borrow().len()).unwrap_or_else(|| match &a[0].payload {
        Payload::Set(s) | Payload::FrozenSet(s) => s.borrow().len(),
        _ => 0,
    });
    Ok(vm.new_int(n as i64))
}

fn d_get(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.range_args("get", &a[1..], k, 1, 2)?;
    Ok(dict::get_item(vm, &a[0], &a[1])?.unwrap_or_else(|| a.get(2).cloned().unwrap_or_else(|| vm.none())))
}

fn d_setdefault(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.range_args("setdefault", &a[1..], k, 1, 2)?;
    if let Some(v) = dict::get_item(vm, &a[0], &a[1])? {
        return Ok(v);
    }
    let d = a.get(2).cloned().unwrap_or_else(|| vm.none());
    dict::set_item(vm, &a[0], a[1].clone(), d.clone())?;
    Ok(d)
}

fn d_pop(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.range_args("pop", &a[1..], k, 1, 2)?;
    match dict::del_item(vm, &a[0], &a[1])? {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.new_key_error(a[1].clone())),
        },
    }
}

fn d_popitem(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("popitem", &a[1..], k, 0)?;
    let r = a[0].as_dict().unwrap().borrow_mut().pop_last();
    match r {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => Err(vm.new_key_error(vm.new_str("popitem(): dictionary is empty"))),
    }
}

fn d_update(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let pos = positional(a, k);
    if pos.len() > 2 {
        return Err(vm.new_type_error(format!("update expected at most 1 argument, got {}", pos.len() - 1)));
    }
    if let Some(src) = pos.get(1) {
        crate::objects::basic_types::dict_update_from(vm, &a[0], src)?;
    }
    for (name, v) in keywords(a, k) {
        let key = vm.new_str(name);
        dict::set_item(vm, &a[0], key, v.clone())?;
    }
    Ok(vm.none())
}

fn d_clear(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let old = match &a[0].payload {
        Payload::Dict(d) | Payload::Set(d) => d.borrow_mut().clear(),
        _ => Vec::new(),
    };
    drop(old);
    Ok(vm.none())
}

fn d_copy(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let d = vm.new_dict();
    for (k, v) in a[0].as_dict().unwrap().borrow().items() {
        dict::set_item(vm, &d, k, v)?;
    }
    Ok(d)
}

fn d_fromkeys(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.range_args("fromkeys", &a[1..], k, 1, 2)?;
    let cls = a[0].clone();
    let d = vm.call(&cls, &[], &[])?;
    let v = a.get(2).cloned().unwrap_or_else(|| vm.none());
    for key in vm.collect_iterable(&a[1])? {
        vm.setitem(&d, key, v.clone())?;
    }
    Ok(d)
}

fn view(vm: &mut Vm, d: &PyRef, kind: DictIterKind) -> PyRef {
    let ty = match kind {
        DictIterKind::Keys => vm.interp.types.dict_keys.clone(),
        DictIterKind::Values => vm.interp.types.dict_values.clone(),
        _ => vm.interp.types.dict_items.clone(),
    };
    PyRef::new(&ty, Payload::DictView(Box::new((d.clone(), kind))))
}

fn d_keys(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(view(vm, &a[0], DictIterKind::Keys))
}
fn d_values(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(view(vm, &a[0], DictIterKind::Values))
}
fn d_items(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(view(vm, &a[0], DictIterKind::Items))
}

fn dict_iter(vm: &mut Vm, d: &PyRef, kind: DictIterKind) -> PyRef {
    let len = d.as_dict().map(|x| x.borrow().len()).unwrap_or(0);
    let ty = match kind {
        DictIterKind::Keys => vm.interp.types.dict_keyiterator.clone(),
        DictIterKind::Values => vm.interp.types.dict_valueiterator.clone(),
        _ => vm.interp.types.dict_itemiterator.clone(),
    };
    PyRef::new(&ty, Payload::Iterator(Box::new(RefCell::new(IterState::Dict { dict: d.clone(), pos: 0, len, kind }))))
}

fn d_iter(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(dict_iter(vm, &a[0], DictIterKind::Keys))
}

fn d_reversed(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let mut keys = a[0].as_dict().unwrap().borrow().keys();
    keys.reverse();
    let l = vm.new_list(keys);
    vm.get_iter(&l)
}

fn d_eq(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let Some(other) = a[1].as_dict() else { return Ok(vm.not_implemented()) };
    let mine = a[0].as_dict().unwrap().borrow().items();
    if mine.len() != other.borrow().len() {
        return Ok(vm.new_bool(false));
    }
    for (k, v) in mine {
        match dict::get_item(vm, &a[1], &k)? {
            Some(w) => {
                if !vm.eq(&v, &w)? {
                    return Ok(vm.new_bool(false));
                }
            }
            None => return Ok(vm.new_bool(false)),
        }
    }
    Ok(vm.new_bool(true))
}

fn d_ne(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let r = d_eq(vm, a, k)?;
    if matches!(r.payload, Payload::NotImplemented) {
        return Ok(r);
    }
    let t = vm.is_true(&r)?;
    Ok(vm.new_bool(!t))
}

fn d_or(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    if a[1].as_dict().is_none() {
        return Ok(vm.not_implemented());
    }
    let d = d_copy(vm, a, &[])?;
    vm.dict_update(&d, &a[1])?;
    Ok(d)
}

fn d_ior(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    crate::objects::basic_types::dict_update_from(vm, &a[0], &a[1])?;
    Ok(a[0].clone())
}

fn d_repr(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let s = vm.builtin_repr(&a[0])?;
    Ok(vm.new_str(s))
}

// ---- views ----

fn view_parts(o: &PyRef) -> (PyRef, DictIterKind) {
    match &o.payload {
        Payload::DictView(v) => (v.0.clone(), v.1),
        _ => unreachable!(),
    }
}

fn v_len(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let (d, _) = view_parts(&a[0]);
    let n = d.as_dict().unwrap().borrow().len();
    Ok(vm.new_int(n as i64))
}

fn v_iter(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let (d, kind) = view_parts(&a[0]);
    Ok(dict_iter(vm, &d, kind))
}

fn v_contains(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let (d, kind) = view_parts(&a[0]);
    let r = match kind {
        DictIterKind::Keys => dict::get_item(vm, &d, &a[1])?.is_some(),
        DictIterKind::Items => {
            let pair = vm.seq_items(&a[1]);
            if pair.len() != 2 || !matches!(a[1].payload, Payload::Tuple(_)) {
                false
            } else {
                match dict::get_item(vm, &d, &pair[0])? {
                    Some(v) => vm.eq(&v, &pair[1])?,
                    None => false,
                }
            }
        }
        _ => {
            let vals = d.as_dict().unwrap().borrow().values();
            let mut found = false;
            for v in vals {
                if vm.eq(&v, &a[1])? {
                    found = true;
                    break;
                }
            }
            found
        }
    };
    Ok(vm.new_bool(r))
}

fn v_repr(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let (d, kind) = view_parts(&a[0]);
    let items: Vec<PyRef> = match kind {
        DictIterKind::Keys => d.as_dict().unwrap().borrow().keys(),
        DictIterKind::Values => d.as_dict().unwrap().borrow().values(),
        _ => d.as_dict().unwrap().borrow().items().into_iter().map(|(k, v)| vm.new_tuple(vec![k, v])).collect(),
    };
    let l = vm.new_list(items);
    let inner = vm.repr_str(&l)?;
    let name = typeobj::obj_type_name(&a[0]);
    Ok(vm.new_str(format!("{name}({inner})")))
}

fn v_reversed(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let items = vm.collect_iterable(&a[0])?;
    let mut items = items;
    items.reverse();
    let l = vm.new_list(items);
    vm.get_iter(&l)
}

fn view_set_op(vm: &mut Vm, a: &[PyRef], op: &str) -> PyResult {
    let s = vm.new_set();
    for x in vm.collect_iterable(&a[0])? {
        vm.set_add(&s, x)?;
    }
    let m = vm.getattr_str(&s, op)?;
    vm.call(&m, &[a[1].clone()], &[])
}
fn v_and(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    view_set_op(vm, a, "__and__")
}
fn v_or(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    view_set_op(vm, a, "__or__")
}
fn v_sub(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    view_set_op(vm, a, "__sub__")
}
fn v_xor(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    view_set_op(vm, a, "__xor__")
}
fn v_eq(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let (_, kind) = view_parts(&a[0]);
    if kind == DictIterKind::Values {
        return Ok(vm.new_bool(a[0].is(&a[1])));
    }
    let s1 = vm.new_set();
    for x in vm.collect_iterable(&a[0])? {
        vm.set_add(&s1, x)?;
    }
    if !matches!(a[1].payload, Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView(_)) {
        return Ok(vm.not_implemented());
    }
    let s2 = vm.new_set();
    for x in vm.collect_iterable(&a[1])? {
        vm.set_add(&s2, x)?;
    }
    s_eq(vm, &[s1, s2], &[])
}

/// Keys/items views compare like sets (`d.keys() <= {...}`).
fn view_compare(vm: &mut Vm, a: &[PyRef], f: fn(&mut Vm, &[PyRef], &[PyRef]) -> PyResult) -> PyResult {
    if !matches!(a[1].payload, Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView(_)) {
        return Ok(vm.not_implemented());
    }
    let mut sets = Vec::with_capacity(2);
    for o in &a[..2] {
        let s = vm.new_set();
        for x in vm.collect_iterable(o)? {
            vm.set_add(&s, x)?;
        }
        sets.push(s);
    }
    f(vm, &sets, &[])
}
fn v_le(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    view_compare(vm, a, s_le)
}
fn v_lt(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    view_compare(vm, a, s_lt)
}
fn v_ge(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    view_compare(vm, a, s_ge)
}
fn v_gt(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    view_compare(vm, a, s_gt)
}

// ---- set / frozenset ----

fn set_items(o: &PyRef) -> Vec<PyRef> {
    match &o.payload {
        Payload::Set(s) | Payload::FrozenSet(s) => s.borrow().keys(),
        _ => Vec::new(),
    }
}

fn is_set(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_))
}

/// A new set of the same kind (set/frozenset) as `like`.
fn new_like(vm: &mut Vm, like: &PyRef, items: Vec<PyRef>) -> PyResult {
    let frozen = matches!(like.payload, Payload::FrozenSet(_));
    let s = if frozen {
        PyRef::new(&vm.interp.types.frozenset.clone(), Payload::FrozenSet(Box::new(RefCell::new(Default::default()))))
    } else {
        vm.new_set()
    };
    for x in items {
        vm.set_add(&s, x)?;
    }
    Ok(s)
}

fn contains_in(vm: &mut Vm, s: &PyRef, x: &PyRef) -> PyResult<bool> {
    Ok(dict::get_item(vm, s, x)?.is_some())
}

fn s_add(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("set.add", &a[1..], k, 1)?;
    vm.set_add(&a[0], a[1].clone())?;
    Ok(vm.none())
}

fn s_discard(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("set.discard", &a[1..], k, 1)?;
    dict::del_item(vm, &a[0], &a[1])?;
    Ok(vm.none())
}

fn s_remove(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("set.remove", &a[1..], k, 1)?;
    match dict::del_item(vm, &a[0], &a[1])? {
        Some(_) => Ok(vm.none()),
        None => Err(vm.new_key_error(a[1].clone())),
    }
}

fn s_pop(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let first = set_items(&a[0]).into_iter().next();
    match first {
        Some(x) => {
            dict::del_item(vm, &a[0], &x)?;
            Ok(x)
        }
        None => Err(vm.new_key_error(vm.new_str("pop from an empty set"))),
    }
}

fn s_update(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    for other in &a[1..] {
        for x in vm.collect_iterable(other)? {
            vm.set_add(&a[0], x)?;
        }
    }
    Ok(vm.none())
}

fn s_copy(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    if matches!(a[0].payload, Payload::FrozenSet(_)) && a[0].is_exact(&vm.interp.types.frozenset) {
        return Ok(a[0].clone());
    }
    new_like(vm, &a[0], set_items(&a[0]))
}

fn others(vm: &mut Vm, a: &[PyRef]) -> PyResult<Vec<Vec<PyRef>>> {
    let mut out = Vec::new();
    for o in &a[1..] {
        out.push(vm.collect_iterable(o)?);
    }
    Ok(out)
}

fn s_union(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let mut items = set_items(&a[0]);
    for o in others(vm, a)? {
        items.extend(o);
    }
    new_like(vm, &a[0], items)
}

fn s_intersection(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let mut cur = new_like(vm, &a[0], set_items(&a[0]))?;
    for o in others(vm, a)? {
        let other = new_like(vm, &a[0], o)?;
        let mut keep = Vec::new();
        for x in set_items(&cur) {
            if contains_in(vm, &other, &x)? {
                keep.push(x);
            }
        }
        cur = new_like(vm, &a[0], keep)?;
    }
    Ok(cur)
}

fn s_difference(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let mut items = set_items(&a[0]);
    for o in others(vm, a)? {
        let other = new_like(vm, &a[0], o)?;
        let mut keep = Vec::new();
        for x in items {
            if !contains_in(vm, &other, &x)? {
                keep.push(x);
            }
        }
        items = keep;
    }
    new_like(vm, &a[0], items)
}

fn s_symdiff(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("symmetric_difference", &a[1..], k, 1)?;
    let other_items = vm.collect_iterable(&a[1])?;
    let other = new_like(vm, &a[0], other_items.clone())?;
    let mut out = Vec::new();
    for x in set_items(&a[0]) {
        if !contains_in(vm, &other, &x)? {
            out.push(x);
        }
    }
    for x in set_items(&other) {
        if !contains_in(vm, &a[0], &x)? {
            out.push(x);
        }
    }
    new_like(vm, &a[0], out)
}

fn replace_contents(vm: &mut Vm, s: &PyRef, from: &PyRef) -> PyResult<()> {
    let old = match &s.payload {
        Payload::Set(d) => d.borrow_mut().clear(),
        _ => Vec::new(),
    };
    drop(old);
    for x in set_items(from) {
        vm.set_add(s, x)?;
    }
    Ok(())
}

fn s_intersection_update(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let r = s_intersection(vm, a, k)?;
    replace_contents(vm, &a[0], &r)?;
    Ok(vm.none())
}
fn s_difference_update(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let r = s_difference(vm, a, k)?;
    replace_contents(vm, &a[0], &r)?;
    Ok(vm.none())
}
fn s_symdiff_update(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let r = s_symdiff(vm, a, k)?;
    replace_contents(vm, &a[0], &r)?;
    Ok(vm.none())
}

fn s_issubset(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("issubset", &a[1..], k, 1)?;
    let items = vm.collect_iterable(&a[1])?;
    let other = new_like(vm, &a[0], items)?;
    for x in set_items(&a[0]) {
        if !contains_in(vm, &other, &x)? {
            return Ok(vm.new_bool(false));
        }
    }
    Ok(vm.new_bool(true))
}

fn s_issuperset(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("issuperset", &a[1..], k, 1)?;
    for x in vm.collect_iterable(&a[1])? {
        if !contains_in(vm, &a[0], &x)? {
            return Ok(vm.new_bool(false));
        }
    }
    Ok(vm.new_bool(true))
}

fn s_isdisjoint(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("isdisjoint", &a[1..], k, 1)?;
    for x in vm.collect_iterable(&a[1])? {
        if contains_in(vm, &a[0], &x)? {
            return Ok(vm.new_bool(false));
        }
    }
    Ok(vm.new_bool(true))
}

fn binop(vm: &mut Vm, a: &[PyRef], f: fn(&mut Vm, &[PyRef], &[PyRef]) -> PyResult) -> PyResult {
    if !is_set(&a[1]) {
        return Ok(vm.not_implemented());
    }
    f(vm, a, &[])
}
fn s_or(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    binop(vm, a, s_union)
}
fn s_and(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    binop(vm, a, s_intersection)
}
fn s_sub(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    binop(vm, a, s_difference)
}
fn s_xor(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    binop(vm, a, s_symdiff)
}
fn s_ior(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    if !is_set(&a[1]) {
        return Ok(vm.not_implemented());
    }
    s_update(vm, a, &[])?;
    Ok(a[0].clone())
}
fn s_iand(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    if !is_set(&a[1]) {
        return Ok(vm.not_implemented());
    }
    s_intersection_update(vm, a, &[])?;
    Ok(a[0].clone())
}
fn s_isub(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    if !is_set(&a[1]) {
        return Ok(vm.not_implemented());
    }
    s_difference_update(vm, a, &[])?;
    Ok(a[0].clone())
}
fn s_ixor(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    if !is_set(&a[1]) {
        return Ok(vm.not_implemented());
    }
    s_symdiff_update(vm, a, &[])?;
    Ok(a[0].clone())
}

fn s_compare(vm: &mut Vm, a: &[PyRef], op: &str) -> PyResult {
    if !is_set(&a[1]) {
        return Ok(vm.not_implemented());
    }
    let (x, y) = (set_items(&a[0]), set_items(&a[1]));
    let sub = |vm: &mut Vm, p: &[PyRef], q: &PyRef| -> PyResult<bool> {
        for e in p {
            if !contains_in(vm, q, e)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    let r = match op {
        "eq" => x.len() == y.len() && sub(vm, &x, &a[1])?,
        "ne" => !(x.len() == y.len() && sub(vm, &x, &a[1])?),
        "le" => sub(vm, &x, &a[1])?,
        "lt" => x.len() < y.len() && sub(vm, &x, &a[1])?,
        "ge" => sub(vm, &y, &a[0])?,
        _ => x.len() > y.len() && sub(vm, &y, &a[0])?,
    };
    Ok(vm.new_bool(r))
}
fn s_eq(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    s_compare(vm, a, "eq")
}
fn s_ne(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    s_compare(vm, a, "ne")
}
fn s_le(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    s_compare(vm, a, "le")
}
fn s_lt(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    s_compare(vm, a, "lt")
}
fn s_ge(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    s_compare(vm, a, "ge")
}
fn s_gt(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    s_compare(vm, a, "gt")
}

fn s_contains(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let r = match contains_in(vm, &a[0], &a[1]) {
        Ok(r) => r,
        Err(e) => {
            // An unhashable set is looked up as a frozenset, as CPython does.
            if let Payload::Set(_) = &a[1].payload {
                let items = set_items(&a[1]);
                let f = PyRef::new(&vm.interp.types.frozenset.clone(), Payload::FrozenSet(Box::new(RefCell::new(Default::default()))));
                for x in items {
                    vm.set_add(&f, x)?;
                }
                contains_in(vm, &a[0], &f)?
            } else {
                return Err(e);
            }
        }
    };
    Ok(vm.new_bool(r))
}

fn s_iter(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    vm.get_iter(&PyRef::clone(&a[0])).or_else(|_| {
        let len = set_items(&a[0]).len();
        Ok(PyRef::new(&vm.interp.types.set_iterator.clone(), Payload::Iterator(Box::new(RefCell::new(IterState::Dict { dict: a[0].clone(), pos: 0, len, kind: DictIterKind::Set })))))
    })
}

fn fs_hash(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    // CPython's frozenset hash: order-independent mix of element hashes.
    let mut h: u64 = 0;
    let items = set_items(&a[0]);
    for x in &items {
        let eh = vm.hash(x)? as u64;
        h ^= ((eh ^ 89869747) ^ (eh << 16)).wrapping_mul(3644798167);
    }
    h ^= (items.len() as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    let mut r = h as i64;
    if r == -1 {
        r = 590923713;
    }
    Ok(vm.new_int(r))
}

pub fn init(vm: &mut Vm) {
    let interp = vm.interp;
    let t = &interp.types;
    let d = &t.dict;
    vm.add_method(d, "__getitem__", d_getitem);
    vm.add_method(d, "__setitem__", d_setitem);
    vm.add_method(d, "__delitem__", d_delitem);
    vm.add_method(d, "__contains__", d_contains);
    vm.add_method(d, "__len__", d_len);
    vm.add_method(d, "__iter__", d_iter);
    vm.add_method(d, "__reversed__", d_reversed);
    vm.add_method(d, "__eq__", d_eq);
    vm.add_method(d, "__ne__", d_ne);
    vm.add_method(d, "__or__", d_or);
    vm.add_method(d, "__ior__", d_ior);
    vm.add_method(d, "__repr__", d_repr);
    vm.add_attr(d, "__hash__", vm.none());
    vm.add_method(d, "get", d_get);
    vm.add_method(d, "setdefault", d_setdefault);
    vm.add_method(d, "pop", d_pop);
    vm.add_method(d, "popitem", d_popitem);
    vm.add_method(d, "update", d_update);
    vm.add_method(d, "clear", d_clear);
    vm.add_method(d, "copy", d_copy);
    vm.add_method(d, "keys", d_keys);
    vm.add_method(d, "values", d_values);
    vm.add_method(d, "items", d_items);
    vm.add_classmethod(d, "fromkeys", d_fromkeys);
    for v in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        vm.add_method(v, "__len__", v_len);
        vm.add_method(v, "__iter__", v_iter);
        vm.add_method(v, "__contains__", v_contains);
        vm.add_method(v, "__repr__", v_repr);
        vm.add_method(v, "__reversed__", v_reversed);
    }
    for v in [&t.dict_keys, &t.dict_items] {
        vm.add_method(v, "__and__", v_and);
        vm.add_method(v, "__or__", v_or);
        vm.add_method(v, "__sub__", v_sub);
        vm.add_method(v, "__xor__", v_xor);
        vm.add_method(v, "__eq__", v_eq);
        vm.add_method(v, "__le__", v_le);
        vm.add_method(v, "__lt__", v_lt);
        vm.add_method(v, "__ge__", v_ge);
        vm.add_method(v, "__gt__", v_gt);
    }
    for s in [&t.set, &t.frozenset] {
        vm.add_method(s, "__len__", d_len);
        vm.add_method(s, "__contains__", s_contains);
        vm.add_method(s, "__iter__", s_iter);
        vm.add_method(s, "__or__", s_or);
        vm.add_method(s, "__and__", s_and);
        vm.add_method(s, "__sub__", s_sub);
        vm.add_method(s, "__xor__", s_xor);
        vm.add_method(s, "__eq__", s_eq);
        vm.add_method(s, "__ne__", s_ne);
        vm.add_method(s, "__le__", s_le);
        vm.add_method(s, "__lt__", s_lt);
        vm.add_method(s, "__ge__", s_ge);
        vm.add_method(s, "__gt__", s_gt);
        vm.add_method(s, "__repr__", d_repr);
        vm.add_method(s, "copy", s_copy);
        vm.add_method(s, "union", s_union);
        vm.add_method(s, "intersection", s_intersection);
        vm.add_method(s, "difference", s_difference);
        vm.add_method(s, "symmetric_difference", s_symdiff);
        vm.add_method(s, "issubset", s_issubset);
        vm.add_method(s, "issuperset", s_issuperset);
        vm.add_method(s, "isdisjoint", s_isdisjoint);
    }
    let s = &t.set;
    vm.add_method(s, "add", s_add);
    vm.add_method(s, "discard", s_discard);
    vm.add_method(s, "remove", s_remove);
    vm.add_method(s, "pop", s_pop);
    vm.add_method(s, "update", s_update);
    vm.add_method(s, "clear", d_clear);
    vm.add_method(s, "intersection_update", s_intersection_update);
    vm.add_method(s, "difference_update", s_difference_update);
    vm.add_method(s, "symmetric_difference_update", s_symdiff_update);
    vm.add_method(s, "__ior__", s_ior);
    vm.add_method(s, "__iand__", s_iand);
    vm.add_method(s, "__isub__", s_isub);
    vm.add_method(s, "__ixor__", s_ixor);
    vm.add_attr(s, "__hash__", vm.none());
    vm.add_method(&t.frozenset, "__hash__", fs_hash);
}
