//! `list` and `tuple` methods. CPython: Objects/listobject.c, Objects/tupleobject.c.

use crate::args::{keywords, positional};
use crate::object::{Payload, PyRef};
use crate::objects::typeobj;
use crate::{PyResult, Vm};
use ferrython_bytecode::CompareOp;

fn list(o: &PyRef) -> &std::cell::RefCell<Vec<PyRef>> {
    o.as_list().expect("list payload")
}

/// Makes room for `newsize` items with CPython's over-allocation (list_resize), so
/// the capacity — and `sys.getsizeof` — grows in CPython's steps: 0, 4, 8, 16, 24, 32, 40, 52…
#[inline]
pub fn reserve_for(v: &mut Vec<PyRef>, newsize: usize) {
    if newsize <= v.capacity() {
        return;
    }
    let mut alloc = (newsize + (newsize >> 3) + 6) & !3;
    if newsize - v.len() > alloc - newsize {
        alloc = (newsize + 3) & !3;
    }
    v.reserve_exact(alloc - v.len());
}

/// `list.append` and LIST_APPEND.
#[inline]
pub fn push(v: &mut Vec<PyRef>, item: PyRef) {
    if v.len() == v.capacity() {
        reserve_for(v, v.len() + 1);
    }
    v.push(item);
}

fn l_append(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("list.append", &a[1..], k, 1)?;
    push(&mut list(&a[0]).borrow_mut(), a[1].clone());
    Ok(vm.none())
}

/// `list.extend` (also LIST_EXTEND and `list(iterable)`), allocating as CPython does:
/// an empty list takes exactly the items' count rounded up to even, a non-empty one
/// grows by list_resize; items from an iterator without a length come one by one.
pub fn extend(l: &mut Vec<PyRef>, items: Vec<PyRef>, sized: bool) {
    if !sized {
        for x in items {
            push(l, x);
        }
        return;
    }
    if l.capacity() == 0 && !items.is_empty() {
        l.reserve_exact((items.len() + 1) & !1);
    } else {
        reserve_for(l, l.len() + items.len());
    }
    l.extend(items);
}

/// Does `o` report a length (or length hint) before iteration, as CPython's
/// list_extend uses to preallocate?
pub fn is_sized(o: &PyRef) -> bool {
    !matches!(o.payload, Payload::Generator(_))
}

fn l_extend(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("list.extend", &a[1..], k, 1)?;
    let items = vm.collect_iterable(&a[1])?;
    extend(&mut list(&a[0]).borrow_mut(), items, is_sized(&a[1]));
    Ok(vm.none())
}

fn l_insert(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.no_kwargs("insert", k)?;
    if a.len() != 3 {
        return Err(vm.new_type_error(format!("insert expected 2 arguments, got {}", a.len() - 1)));
    }
    let i = vm.index_value(&a[1])?;
    let mut l = list(&a[0]).borrow_mut();
    let n = l.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    let newsize = l.len() + 1;
    reserve_for(&mut l, newsize);
    l.insert(pos as usize, a[2].clone());
    Ok(vm.none())
}

fn l_pop(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.range_args("pop", &a[1..], k, 0, 1)?;
    let n = list(&a[0]).borrow().len() as i64;
    if n == 0 {
        return Err(vm.new_index_error("pop from empty list"));
    }
    let i = match a.get(1) {
        Some(x) => vm.index_value(x)?,
        None => -1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error("pop index out of range"));
    }
    let v = list(&a[0]).borrow_mut().remove(j as usize);
    Ok(v)
}

fn l_remove(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("list.remove", &a[1..], k, 1)?;
    let items = list(&a[0]).borrow().clone();
    for (i, it) in items.iter().enumerate() {
        if vm.eq(it, &a[1])? {
            let mut l = list(&a[0]).borrow_mut();
            if i < l.len() {
                let old = l.remove(i);
                drop(l);
                drop(old);
            }
            return Ok(vm.none());
        }
    }
    Err(vm.new_value_error("list.remove(x): x not in list"))
}

fn seq_index(vm: &mut Vm, a: &[PyRef], k: &[PyRef], what: &str) -> PyResult {
    vm.range_args("index", &a[1..], k, 1, 3)?;
    let items = vm.seq_items(&a[0]);
    let n = items.len() as i64;
    let norm = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let start = match a.get(2) {
        Some(x) => norm(vm.index_value(x)?),
        None => 0,
    };
    let stop = match a.get(3) {
        Some(x) => norm(vm.index_value(x)?),
        None => n,
    };
    for i in start..stop {
        if let Some(it) = items.get(i as usize) {
            if vm.eq(it, &a[1])? {
                return Ok(vm.new_int(i));
            }
        }
    }
    let msg = if what == "list" { format!("{} is not in list", vm.repr_str(&a[1])?) } else { "tuple.index(x): x not in tuple".to_string() };
    Err(vm.new_value_error(msg))
}

fn l_index(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    seq_index(vm, a, k, "list")
}

fn t_index(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    seq_index(vm, a, k, "tuple")
}

fn seq_count(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("count", &a[1..], k, 1)?;
    let mut n = 0;
    for it in vm.seq_items(&a[0]) {
        if vm.eq(&it, &a[1])? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn l_clear(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let mut old = std::mem::take(&mut *list(&a[0]).borrow_mut());
    // Last to first, as CPython releases them.
    while let Some(x) = old.pop() {
        drop(x);
    }
    Ok(vm.none())
}

fn l_copy(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let items = list(&a[0]).borrow().clone();
    Ok(vm.new_list(items))
}

fn l_reverse(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    list(&a[0]).borrow_mut().reverse();
    Ok(vm.none())
}

fn l_sort(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let pos = positional(a, k);
    if pos.len() > 1 {
        return Err(vm.new_type_error("sort() takes no positional arguments"));
    }
    let (mut key, mut reverse) = (None, false);
    for (name, v) in keywords(a, k) {
        match name {
            "key" => key = if matches!(v.payload, Payload::None) { None } else { Some(v.clone()) },
            "reverse" => reverse = vm.is_true(v)?,
            _ => return Err(vm.new_type_error(format!("sort() got an unexpected keyword argument '{name}'"))),
        }
    }
    // The list is empty while sorting, as CPython does, so mutation is detected.
    let items = std::mem::take(&mut *list(&a[0]).borrow_mut());
    let r = crate::builtins::core::sort_values(vm, items.clone(), key.as_ref(), reverse);
    let modified = !list(&a[0]).borrow().is_empty();
    match r {
        Ok(sorted) => {
            *list(&a[0]).borrow_mut() = sorted;
            if modified {
                return Err(vm.new_value_error("list modified during sort"));
            }
            Ok(vm.none())
        }
        Err(e) => {
            *list(&a[0]).borrow_mut() = items;
            Err(e)
        }
    }
}

fn seq_len(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let n = match &a[0].payload {
        Payload::List(l) => l.borrow().len(),
        Payload::Tuple(t) => t.len(),
        _ => 0,
    };
    Ok(vm.new_int(n as i64))
}

fn seq_getitem(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    // Route through the builtin fast path even for subclasses.
    let base = match &a[0].payload {
        Payload::List(l) => vm.new_list(l.borrow().clone()),
        Payload::Tuple(t) => vm.new_tuple(t.to_vec()),
        _ => return Err(vm.new_type_error("descriptor requires a sequence")),
    };
    match vm.getitem(&base, &a[1]) {
        Err(e) if vm.isinstance_exc(&e, &vm.interp.exc.type_error.clone()) => Err(vm.new_type_error(format!(
            "{} indices must be integers or slices, not {}",
            if matches!(a[0].payload, Payload::List(_)) { "list" } else { "tuple" },
            typeobj::obj_type_name(&a[1])
        ))),
        r => r,
    }
}

fn l_setitem(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let tmp = PyRef::new(&vm.interp.types.list.clone(), Payload::List(std::cell::RefCell::new(std::mem::take(&mut *list(&a[0]).borrow_mut()))));
    let r = vm.setitem(&tmp, a[1].clone(), a[2].clone());
    *list(&a[0]).borrow_mut() = std::mem::take(&mut *list(&tmp).borrow_mut());
    r?;
    Ok(vm.none())
}

fn l_delitem(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let tmp = PyRef::new(&vm.interp.types.list.clone(), Payload::List(std::cell::RefCell::new(std::mem::take(&mut *list(&a[0]).borrow_mut()))));
    let r = vm.delitem(&tmp, &a[1]);
    *list(&a[0]).borrow_mut() = std::mem::take(&mut *list(&tmp).borrow_mut());
    r?;
    Ok(vm.none())
}

fn seq_contains(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    for it in vm.seq_items(&a[0]) {
        if vm.eq(&it, &a[1])? {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

fn seq_iter(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let ty = if matches!(a[0].payload, Payload::List(_)) { vm.interp.types.list_iterator.clone() } else { vm.interp.types.tuple_iterator.clone() };
    Ok(PyRef::new(&ty, Payload::Iterator(Box::new(std::cell::RefCell::new(crate::objects::iter::IterState::Seq { seq: a[0].clone(), index: 0 })))))
}

fn is_list(o: &PyRef) -> bool {
    matches!(o.payload, Payload::List(_))
}

fn seq_add(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let lst = is_list(&a[0]);
    let ok = if lst { is_list(&a[1]) } else { matches!(a[1].payload, Payload::Tuple(_)) };
    if !ok {
        let w = if lst { "list" } else { "tuple" };
        return Err(vm.new_type_error(format!("can only concatenate {w} (not \"{}\") to {w}", typeobj::obj_type_name(&a[1]))));
    }
    let mut items = vm.seq_items(&a[0]);
    items.extend(vm.seq_items(&a[1]));
    Ok(if lst { vm.new_list(items) } else { vm.new_tuple(items) })
}

fn l_iadd(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let items = vm.collect_iterable(&a[1])?;
    list(&a[0]).borrow_mut().extend(items);
    Ok(a[0].clone())
}

fn repeat_count(vm: &mut Vm, n: &PyRef) -> PyResult<Option<i64>> {
    match &n.payload {
        Payload::Int(v) => Ok(Some(*v)),
        Payload::BigInt(_) => Err(vm.new_overflow_error("cannot fit 'int' into an index-sized integer")),
        _ => {
            if vm.lookup_special(n, "__index__")?.is_some() {
                Ok(Some(vm.index_value(n)?))
            } else {
                Ok(None)
            }
        }
    }
}

fn seq_mul(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let Some(n) = repeat_count(vm, &a[1])? else { return Ok(vm.not_implemented()) };
    let items = vm.seq_items(&a[0]);
    let n = n.max(0) as usize;
    if items.len().saturating_mul(n) > (1 << 40) {
        return Err(vm.new_exception(&vm.interp.exc.memory_error.clone(), vec![]));
    }
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    Ok(if is_list(&a[0]) { vm.new_list(out) } else { vm.new_tuple(out) })
}

fn l_imul(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let Some(n) = repeat_count(vm, &a[1])? else { return Ok(vm.not_implemented()) };
    let items = list(&a[0]).borrow().clone();
    let mut out = Vec::new();
    for _ in 0..n.max(0) {
        out.extend(items.iter().cloned());
    }
    *list(&a[0]).borrow_mut() = out;
    Ok(a[0].clone())
}

/// Lexicographic comparison of two sequences of the same kind.
fn seq_compare(vm: &mut Vm, a: &[PyRef], op: CompareOp) -> PyResult {
    let same_kind = is_list(&a[0]) == is_list(&a[1]) && matches!(a[1].payload, Payload::List(_) | Payload::Tuple(_));
    if !same_kind {
        return Ok(vm.not_implemented());
    }
    let x = vm.seq_items(&a[0]);
    let y = vm.seq_items(&a[1]);
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
        return Ok(vm.new_bool(op == CompareOp::Ne));
    }
    for (p, q) in x.iter().zip(y.iter()) {
        if !vm.eq(p, q)? {
            if op == CompareOp::Eq {
                return Ok(vm.new_bool(false));
            }
            if op == CompareOp::Ne {
                return Ok(vm.new_bool(true));
            }
            return vm.rich_compare(p, q, op);
        }
    }
    let r = match op {
        CompareOp::Lt => x.len() < y.len(),
        CompareOp::Le => x.len() <= y.len(),
        CompareOp::Eq => x.len() == y.len(),
        CompareOp::Ne => x.len() != y.len(),
        CompareOp::Gt => x.len() > y.len(),
        CompareOp::Ge => x.len() >= y.len(),
    };
    Ok(vm.new_bool(r))
}

fn seq_lt(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    seq_compare(vm, a, CompareOp::Lt)
}
fn seq_le(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    seq_compare(vm, a, CompareOp::Le)
}
fn seq_eq(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    seq_compare(vm, a, CompareOp::Eq)
}
fn seq_ne(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    seq_compare(vm, a, CompareOp::Ne)
}
fn seq_gt(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    seq_compare(vm, a, CompareOp::Gt)
}
fn seq_ge(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    seq_compare(vm, a, CompareOp::Ge)
}

fn seq_repr(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let s = vm.builtin_repr(&a[0])?;
    Ok(vm.new_str(s))
}

fn t_hash(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let mut hs = Vec::new();
    for it in vm.seq_items(&a[0]) {
        hs.push(vm.hash(&it)?);
    }
    Ok(vm.new_int(crate::hash::hash_tuple(hs.into_iter())))
}

fn l_reversed(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let n = list(&a[0]).borrow().len();
    let ty = vm.interp.types.list_reverseiterator.clone();
    Ok(PyRef::new(&ty, Payload::Iterator(Box::new(std::cell::RefCell::new(crate::objects::iter::IterState::SeqReverse { seq: a[0].clone(), index: n.checked_sub(1) })))))
}

fn t_getnewargs(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let t = vm.new_tuple(vm.seq_items(&a[0]));
    Ok(vm.new_tuple(vec![t]))
}

pub fn class_getitem(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    crate::objects::generic_alias::new_generic_alias(vm, &a[0], &a[1])
}

pub fn init(vm: &mut Vm) {
    let interp = vm.interp;
    let l = &interp.types.list;
    let t = &interp.types.tuple;
    vm.add_method(l, "append", l_append);
    vm.add_method(l, "extend", l_extend);
    vm.add_method(l, "insert", l_insert);
    vm.add_method(l, "pop", l_pop);
    vm.add_method(l, "remove", l_remove);
    vm.add_method(l, "index", l_index);
    vm.add_method(l, "count", seq_count);
    vm.add_method(l, "clear", l_clear);
    vm.add_method(l, "copy", l_copy);
    vm.add_method(l, "reverse", l_reverse);
    vm.add_method(l, "sort", l_sort);
    vm.add_method(l, "__setitem__", l_setitem);
    vm.add_method(l, "__delitem__", l_delitem);
    vm.add_method(l, "__iadd__", l_iadd);
    vm.add_method(l, "__imul__", l_imul);
    vm.add_method(l, "__reversed__", l_reversed);
    vm.add_attr(l, "__hash__", vm.none());
    vm.add_method(t, "index", t_index);
    vm.add_method(t, "count", seq_count);
    vm.add_method(t, "__hash__", t_hash);
    vm.add_method(t, "__getnewargs__", t_getnewargs);
    for ty in [l, t] {
        vm.add_method(ty, "__len__", seq_len);
        vm.add_method(ty, "__getitem__", seq_getitem);
        vm.add_method(ty, "__contains__", seq_contains);
        vm.add_method(ty, "__iter__", seq_iter);
        vm.add_method(ty, "__add__", seq_add);
        vm.add_method(ty, "__mul__", seq_mul);
        vm.add_method(ty, "__rmul__", seq_mul);
        vm.add_method(ty, "__lt__", seq_lt);
        vm.add_method(ty, "__le__", seq_le);
        vm.add_method(ty, "__eq__", seq_eq);
        vm.add_method(ty, "__ne__", seq_ne);
        vm.add_method(ty, "__gt__", seq_gt);
        vm.add_method(ty, "__ge__", seq_ge);
        vm.add_method(ty, "__repr__", seq_repr);
        vm.add_classmethod(ty, "__class_getitem__", class_getitem);
    }
    // Other builtin generics: dict[str, int], set[int], type[C]...
    for ty in [&interp.types.dict, &interp.types.set, &interp.types.frozenset, &interp.types.type_] {
        vm.add_classmethod(ty, "__class_getitem__", class_getitem);
    }
}
