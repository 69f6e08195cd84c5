//! The core builtin functions: I/O, introspection, attribute access, iteration
//! helpers and numeric helpers. CPython: Python/bltinmodule.c.

use crate::args::{keywords, positional};
use crate::object::{Payload, PyRef};
use crate::objects::typeobj;
use crate::objects::{dict, int};
use crate::{PyResult, Vm};
use ferrython_bytecode::{BinaryOp, CompareOp};

pub fn print(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let pos = positional(args, kw);
    let (mut sep, mut end, mut file, mut flush) = (None, None, None, false);
    for (k, v) in keywords(args, kw) {
        let none = matches!(v.payload, Payload::None);
        match k {
            "sep" if !none => sep = Some(vm.expect_str(v, "sep")?),
            "end" if !none => end = Some(vm.expect_str(v, "end")?),
            "file" if !none => file = Some(v.clone()),
            "flush" => flush = vm.is_true(v)?,
            "sep" | "end" | "file" => {}
            _ => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for print()"))),
        }
    }
    let mut out = String::new();
    for (i, a) in pos.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_deref().unwrap_or(" "));
        }
        out.push_str(&vm.str_string(a)?);
    }
    out.push_str(end.as_deref().unwrap_or("\n"));
    match file {
        Some(f) => {
            let w = vm.getattr_str(&f, "write")?;
            let s = vm.new_str(out);
            vm.call(&w, &[s], &[])?;
            if flush {
                let fl = vm.getattr_str(&f, "flush")?;
                vm.call(&fl, &[], &[])?;
            }
        }
        None => {
            vm.write_stdout(&out)?;
            if flush {
                vm.flush_stdout()?;
            }
        }
    }
    Ok(vm.none())
}

pub fn len(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("len", args, kw, 1)?;
    let n = vm.len(&args[0])?;
    Ok(vm.new_int(n as i64))
}

pub fn repr(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("repr", args, kw, 1)?;
    vm.repr(&args[0])
}

pub fn ascii(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("ascii", args, kw, 1)?;
    let r = vm.repr_str(&args[0])?;
    Ok(vm.new_str(crate::objects::str_methods::ascii_escape(&r)))
}

pub fn format(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.range_args("format", args, kw, 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => {
            if s.as_str().is_none() {
                return Err(vm.new_type_error(format!(
                    "format() argument 2 must be str, not {}",
                    typeobj::obj_type_name(s)
                )));
            }
            s.clone()
        }
        None => vm.interp.empty_str.clone(),
    };
    vm.format(&args[0], &spec)
}

pub fn abs(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("abs", args, kw, 1)?;
    let a = &args[0];
    match &a.payload {
        Payload::Int(v) if !a.class().as_type().unwrap().is_heap() => match v.checked_abs() {
            Some(r) => Ok(vm.new_int(r)),
            None => Ok(vm.new_bigint(-num_bigint::BigInt::from(*v))),
        },
        Payload::BigInt(b) if !a.class().as_type().unwrap().is_heap() => Ok(vm.new_bigint(num_traits::Signed::abs(&**b))),
        Payload::Float(x) if !a.class().as_type().unwrap().is_heap() => Ok(vm.new_float(x.abs())),
        Payload::Complex(r, i) => Ok(vm.new_float(r.hypot(*i))),
        _ => match vm.lookup_special(a, "__abs__")? {
            Some(m) => vm.call(&m, &[], &[]),
            None => Err(vm.new_type_error(format!("bad operand type for abs(): '{}'", typeobj::obj_type_name(a)))),
        },
    }
}

pub fn callable(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("callable", args, kw, 1)?;
    let r = is_callable(vm, &args[0]);
    Ok(vm.new_bool(r))
}

pub fn is_callable(vm: &mut Vm, o: &PyRef) -> bool {
    matches!(o.payload, Payload::Function(_) | Payload::Builtin(_) | Payload::Method(_) | Payload::Type(_))
        || typeobj::lookup(vm, o.class(), "__call__").is_some()
}

pub fn chr(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("chr", args, kw, 1)?;
    let v = match &args[0].payload {
        Payload::Int(v) => *v,
        Payload::BigInt(_) => return Err(vm.new_overflow_error("Python int too large to convert to C int")),
        _ => vm.index_value(&args[0]).map_err(|_| vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", typeobj::obj_type_name(&args[0]))))?,
    };
    match u32::try_from(v).ok().filter(|v| *v < 0x110000).and_then(char::from_u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None if (0..0x110000).contains(&v) => Ok(vm.new_str(String::from('\u{fffd}'))),
        None => Err(vm.new_value_error("chr() arg not in range(0x110000)")),
    }
}

pub fn ord(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("ord", args, kw, 1)?;
    let a = &args[0];
    match &a.payload {
        Payload::Str(s) => {
            if s.char_len() != 1 {
                return Err(vm.new_type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(vm.new_int(s.char_at(0) as i64))
        }
        Payload::Bytes(b) if b.len() == 1 => Ok(vm.new_int(b[0] as i64)),
        Payload::Bytes(b) => Err(vm.new_type_error(format!("ord() expected a character, but string of length {} found", b.len()))),
        _ => Err(vm.new_type_error(format!(
            "ord() expected string of length 1, but {} found",
            typeobj::obj_type_name(a)
        ))),
    }
}

pub fn getattr(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.range_args("getattr", args, kw, 2, 3)?;
    if args[1].as_str().is_none() {
        return Err(vm.new_type_error(format!("attribute name must be string, not '{}'", typeobj::obj_type_name(&args[1]))));
    }
    match vm.getattr(&args[0], &args[1]) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && vm.isinstance_exc(&e, &vm.interp.exc.attribute_error.clone()) => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

pub fn setattr(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("setattr", args, kw, 3)?;
    if args[1].as_str().is_none() {
        return Err(vm.new_type_error(format!("attribute name must be string, not '{}'", typeobj::obj_type_name(&args[1]))));
    }
    vm.setattr(&args[0], &args[1], args[2].clone())?;
    Ok(vm.none())
}

pub fn delattr(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("delattr", args, kw, 2)?;
    if args[1].as_str().is_none() {
        return Err(vm.new_type_error(format!("attribute name must be string, not '{}'", typeobj::obj_type_name(&args[1]))));
    }
    vm.setattr_opt(&args[0], &args[1], None)?;
    Ok(vm.none())
}

pub fn hasattr(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("hasattr", args, kw, 2)?;
    if args[1].as_str().is_none() {
        return Err(vm.new_type_error(format!("attribute name must be string, not '{}'", typeobj::obj_type_name(&args[1]))));
    }
    match vm.getattr(&args[0], &args[1]) {
        Ok(_) => Ok(vm.new_bool(true)),
        Err(e) if vm.isinstance_exc(&e, &vm.interp.exc.attribute_error.clone()) => Ok(vm.new_bool(false)),
        Err(e) => Err(e),
    }
}

pub fn id(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("id", args, kw, 1)?;
    Ok(vm.new_int(args[0].addr() as i64))
}

pub fn hash(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("hash", args, kw, 1)?;
    let h = vm.hash(&args[0])?;
    Ok(vm.new_int(h))
}

/// isinstance with `__instancecheck__` on metaclasses and tuples.
pub fn isinstance_obj(vm: &mut Vm, o: &PyRef, cls: &PyRef) -> PyResult<bool> {
    if o.class().is(cls) {
        return Ok(true);
    }
    match &cls.payload {
        Payload::Tuple(items) => {
            for c in items.to_vec() {
                if isinstance_obj(vm, o, &c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Payload::Type(_) => {
            let meta = cls.class().clone();
            if !meta.is(&vm.interp.types.type_) {
                if let Some(ic) = typeobj::lookup(vm, &meta, "__instancecheck__") {
                    if !matches!(ic.payload, Payload::Builtin(_)) {
                        let r = vm.call(&ic, &[cls.clone(), o.clone()], &[])?;
                        return vm.is_true(&r);
                    }
                }
            }
            if typeobj::is_subtype(o.class(), cls) {
                return Ok(true);
            }
            // A `__class__` property may claim another class (proxies do).
            if o.class().as_type().is_some_and(|t| t.is_heap()) {
                if let Some(c) = vm.getattr_opt(o, "__class__")? {
                    if !c.is(o.class()) && matches!(c.payload, Payload::Type(_)) {
                        return Ok(typeobj::is_subtype(&c, cls));
                    }
                }
            }
            Ok(false)
        }
        _ => {
            if let Some(ic) = vm.lookup_special(cls, "__instancecheck__")? {
                let r = vm.call(&ic, &[o.clone()], &[])?;
                return vm.is_true(&r);
            }
            Err(vm.new_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
        }
    }
}

pub fn isinstance(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("isinstance", args, kw, 2)?;
    let r = isinstance_obj(vm, &args[0], &args[1])?;
    Ok(vm.new_bool(r))
}

pub fn issubclass_obj(vm: &mut Vm, c: &PyRef, cls: &PyRef) -> PyResult<bool> {
    match &cls.payload {
        Payload::Tuple(items) => {
            for x in items.to_vec() {
                if issubclass_obj(vm, c, &x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Payload::Type(_) => {
            let meta = cls.class().clone();
            if !meta.is(&vm.interp.types.type_) {
                if let Some(sc) = typeobj::lookup(vm, &meta, "__subclasscheck__") {
                    if !matches!(sc.payload, Payload::Builtin(_)) {
                        let r = vm.call(&sc, &[cls.clone(), c.clone()], &[])?;
                        return vm.is_true(&r);
                    }
                }
            }
            if !matches!(c.payload, Payload::Type(_)) {
                return Err(vm.new_type_error("issubclass() arg 1 must be a class"));
            }
            Ok(typeobj::is_subtype(c, cls))
        }
        _ => {
            if let Some(sc) = vm.lookup_special(cls, "__subclasscheck__")? {
                let r = vm.call(&sc, &[c.clone()], &[])?;
                return vm.is_true(&r);
            }
            Err(vm.new_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
    }
}

pub fn issubclass(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("issubclass", args, kw, 2)?;
    let r = issubclass_obj(vm, &args[0], &args[1])?;
    Ok(vm.new_bool(r))
}

pub fn iter(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.range_args("iter", args, kw, 1, 2)?;
    if args.len() == 2 {
        let st = crate::objects::iter::IterState::Callable { func: args[0].clone(), sentinel: args[1].clone() };
        if !matches!(args[0].payload, Payload::Function(_) | Payload::Builtin(_) | Payload::Method(_) | Payload::Type(_)) && typeobj::lookup(vm, args[0].class(), "__call__").is_none() {
            return Err(vm.new_type_error("iter(v, w): v must be callable"));
        }
        return Ok(PyRef::new(&vm.interp.types.callable_iterator.clone(), Payload::Iterator(Box::new(std::cell::RefCell::new(st)))));
    }
    vm.get_iter(&args[0])
}

pub fn next(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.range_args("next", args, kw, 1, 2)?;
    let it = &args[0];
    let is_iter = matches!(it.payload, Payload::Iterator(_) | Payload::Generator(_)) || typeobj::lookup(vm, it.class(), "__next__").is_some();
    if !is_iter {
        return Err(vm.new_type_error(format!("'{}' object is not an iterator", typeobj::obj_type_name(it))));
    }
    // Generators and user iterators: keep the StopIteration's value when no default.
    if args.len() == 1 {
        if let Payload::Generator(_) = it.payload {
            return match vm.send(it, vm.none())? {
                crate::objects::generator::GenResult::Yield(v) => Ok(v),
                crate::objects::generator::GenResult::Return(v) => {
                    let v = if matches!(v.payload, Payload::None) { None } else { Some(v) };
                    Err(vm.new_stop_iteration(v))
                }
            };
        }
        if !matches!(it.payload, Payload::Iterator(_)) {
            let m = vm.lookup_special(it, "__next__")?.unwrap();
            return vm.call(&m, &[], &[]);
        }
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.new_stop_iteration(None)),
        },
    }
}

fn reduce_iter(vm: &mut Vm, name: &str, args: &[PyRef], kw: &[PyRef], want: bool) -> PyResult {
    vm.exact_args(name, args, kw, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.is_true(&v)? == want {
            return Ok(vm.new_bool(want));
        }
    }
    Ok(vm.new_bool(!want))
}

pub fn all(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    reduce_iter(vm, "all", args, kw, false)
}

pub fn any(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    reduce_iter(vm, "any", args, kw, true)
}

pub fn sum(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let a = vm.bind_args("sum", args, kw, &["iterable", "start"], 1)?;
    let mut acc = a[1].clone().unwrap_or_else(|| vm.new_int(0));
    if acc.as_str().is_some() {
        return Err(vm.new_type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if matches!(acc.payload, Payload::Bytes(_)) {
        return Err(vm.new_type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let it = vm.get_iter(a[0].as_ref().unwrap())?;
    while let Some(v) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &v, BinaryOp::Add)?;
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, args: &[PyRef], kw: &[PyRef], name: &str, op: CompareOp) -> PyResult {
    let pos = positional(args, kw);
    let (mut key, mut default) = (None, None);
    for (k, v) in keywords(args, kw) {
        match k {
            "key" => key = if matches!(v.payload, Payload::None) { None } else { Some(v.clone()) },
            "default" => default = Some(v.clone()),
            _ => return Err(vm.new_type_error(format!("{name}() got an unexpected keyword argument '{k}'"))),
        }
    }
    if pos.is_empty() {
        return Err(vm.new_type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let items: Vec<PyRef> = if pos.len() == 1 {
        vm.collect_iterable(&pos[0])?
    } else {
        if default.is_some() {
            return Err(vm.new_type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        pos.to_vec()
    };
    let mut best: Option<(PyRef, PyRef)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, &[it.clone()], &[])?,
            None => it.clone(),
        };
        match &best {
            None => best = Some((k, it)),
            Some((bk, _)) => {
                let r = vm.rich_compare(&k, bk, op)?;
                if vm.is_true(&r)? {
                    best = Some((k, it));
                }
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.new_value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

pub fn min(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    min_max(vm, args, kw, "min", CompareOp::Lt)
}

pub fn max(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    min_max(vm, args, kw, "max", CompareOp::Gt)
}

/// Stable merge sort using `<` on (key) values; errors from comparisons propagate.
pub fn sort_values(vm: &mut Vm, items: Vec<PyRef>, key: Option<&PyRef>, reverse: bool) -> PyResult<Vec<PyRef>> {
    let keys = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in &items {
                ks.push(vm.call(f, &[it.clone()], &[])?);
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    let mut err: Option<PyRef> = None;
    // Merge sort by hand so comparison errors can stop it cleanly.
    let mut buf = idx.clone();
    let n = idx.len();
    let mut width = 1;
    while width < n && err.is_none() {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let end = (i + 2 * width).min(n);
            let (mut l, mut r, mut k) = (i, mid, i);
            while l < mid && r < end {
                let lt = if err.is_some() {
                    false
                } else {
                    match vm.rich_compare(&keys[idx[r]], &keys[idx[l]], CompareOp::Lt).and_then(|v| vm.is_true(&v)) {
                        Ok(b) => b,
                        Err(e) => {
                            err = Some(e);
                            false
                        }
                    }
                };
                if lt {
                    buf[k] = idx[r];
                    r += 1;
                } else {
                    buf[k] = idx[l];
                    l += 1;
                }
                k += 1;
            }
            while l < mid {
                buf[k] = idx[l];
                l += 1;
                k += 1;
            }
            while r < end {
                buf[k] = idx[r];
                r += 1;
                k += 1;
            }
            i += 2 * width;
        }
        std::mem::swap(&mut idx, &mut buf);
        width *= 2;
    }
    if let Some(e) = err {
        return Err(e);
    }
    if reverse {
        idx.reverse();
    }
    Ok(idx.into_iter().map(|i| items[i].clone()).collect())
}

pub fn sorted(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let pos = positional(args, kw);
    if pos.len() != 1 {
        return Err(vm.new_type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let (mut key, mut reverse) = (None, false);
    for (k, v) in keywords(args, kw) {
        match k {
            "key" => key = if matches!(v.payload, Payload::None) { None } else { Some(v.clone()) },
            "reverse" => reverse = vm.is_true(v)?,
            _ => return Err(vm.new_type_error(format!("sort() got an unexpected keyword argument '{k}'"))),
        }
    }
    let items = vm.collect_iterable(&pos[0])?;
    let out = sort_values(vm, items, key.as_ref(), reverse)?;
    Ok(vm.new_list(out))
}

pub fn divmod(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("divmod", args, kw, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if let Some(m) = vm.lookup_special(a, "__divmod__")? {
        let r = vm.call(&m, &[b.clone()], &[])?;
        if !matches!(r.payload, Payload::NotImplemented) {
            return Ok(r);
        }
    }
    let is_num = |o: &PyRef| matches!(o.payload, Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_));
    if is_num(a) && is_num(b) {
        let q = vm.binary_op(a, b, BinaryOp::FloorDivide).map_err(|e| {
            if vm.isinstance_exc(&e, &vm.interp.exc.zero_division_error.clone()) && matches!((&a.payload, &b.payload), (Payload::Int(_) | Payload::BigInt(_), Payload::Int(_) | Payload::BigInt(_))) {
                vm.new_zero_division_error("integer division or modulo by zero")
            } else if vm.isinstance_exc(&e, &vm.interp.exc.zero_division_error.clone()) {
                vm.new_zero_division_error("float divmod()")
            } else {
                e
            }
        })?;
        let r = vm.binary_op(a, b, BinaryOp::Remainder)?;
        return Ok(vm.new_tuple(vec![q, r]));
    }
    if let Some(m) = vm.lookup_special(b, "__rdivmod__")? {
        let r = vm.call(&m, &[a.clone()], &[])?;
        if !matches!(r.payload, Payload::NotImplemented) {
            return Ok(r);
        }
    }
    Err(vm.unsupported_operand("divmod()", a, b))
}

pub fn globals(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("globals", args, kw, 0)?;
    match vm.current_frame() {
        Some(f) => Ok(f.globals.clone()),
        None => Ok(vm.new_dict()),
    }
}

pub fn locals(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("locals", args, kw, 0)?;
    frame_locals(vm, 0)
}

/// A snapshot of a frame's locals (or its locals mapping for module/class bodies).
pub fn frame_locals(vm: &mut Vm, depth: usize) -> PyResult {
    let Some(f) = vm.frame_at(depth) else { return Ok(vm.new_dict()) };
    if let Some(l) = &f.locals {
        return Ok(l.clone());
    }
    let code = f.code.clone();
    let fast = f.fast.clone();
    let cells = f.cells.clone();
    let Payload::Code(cd) = &code.payload else { return Ok(vm.new_dict()) };
    // Module-level code: its locals are its globals.
    if !cd.code.has_flag(ferrython_bytecode::code_flags::OPTIMIZED) {
        return Ok(f.globals.clone());
    }
    let d = vm.new_dict();
    for (name, v) in cd.code.varnames.iter().zip(fast) {
        if let Some(v) = v {
            dict::set_str(vm, &d, name, v);
        }
    }
    for (name, c) in cd.code.cellvars.iter().chain(cd.code.freevars.iter()).zip(cells) {
        if let Some(v) = vm.cell_get(&c) {
            dict::set_str(vm, &d, name, v);
        }
    }
    Ok(d)
}

pub fn vars(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.range_args("vars", args, kw, 0, 1)?;
    if args.is_empty() {
        return frame_locals(vm, 0);
    }
    match vm.getattr_opt(&args[0], "__dict__")? {
        Some(d) => Ok(d),
        None => Err(vm.new_type_error("vars() argument must have __dict__ attribute")),
    }
}

pub fn dir(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.range_args("dir", args, kw, 0, 1)?;
    // Names from `__dir__` are only sorted (duplicates stay, as CPython); the
    // namespace-based listings are sets of names.
    let mut unique = true;
    let names: Vec<PyRef> = if args.is_empty() {
        let l = frame_locals(vm, 0)?;
        vm.collect_iterable(&l)?
    } else {
        let o = &args[0];
        match &o.payload {
            Payload::Module(d) => match dict::get_str(vm, d, "__dir__") {
                Some(f) => {
                    unique = false;
                    let r = vm.call(&f, &[], &[])?;
                    vm.collect_iterable(&r)?
                }
                None => d.as_dict().unwrap().borrow().keys(),
            },
            Payload::Type(t) => match typeobj::lookup(vm, o.class(), "__dir__").filter(|m| matches!(m.payload, Payload::Function(_))) {
                // A metaclass's own `__dir__` decides for its classes.
                Some(m) => {
                    unique = false;
                    let r = vm.call(&m, &[o.clone()], &[])?;
                    vm.collect_iterable(&r)?
                }
                None => {
                    let mut v = Vec::new();
                    for b in t.mro.borrow().iter() {
                        v.extend(b.as_type().unwrap().dict.as_dict().unwrap().borrow().keys());
                    }
                    v
                }
            },
            _ => {
                let m = vm.lookup_special(o, "__dir__")?.ok_or_else(|| vm.new_type_error("object does not provide __dir__"))?;
                unique = false;
                let r = vm.call(&m, &[], &[])?;
                vm.collect_iterable(&r)?
            }
        }
    };
    let mut strs: Vec<String> = names.iter().filter_map(|n| n.as_str().map(|s| s.as_str().to_string())).collect();
    strs.sort();
    if unique {
        strs.dedup();
    }
    let out = strs.into_iter().map(|s| vm.new_str(s)).collect();
    Ok(vm.new_list(out))
}

pub fn import_(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let a = vm.bind_args("__import__", args, kw, &["name", "globals", "locals", "fromlist", "level"], 1)?;
    let name = a[0].clone().unwrap();
    if name.as_str().is_none() {
        return Err(vm.new_type_error(format!("__import__() argument 1 must be str, not {}", typeobj::obj_type_name(&name))));
    }
    let globals = a[1].clone().filter(|g| g.as_dict().is_some()).unwrap_or_else(|| vm.new_dict());
    let fromlist = a[3].clone().unwrap_or_else(|| vm.none());
    let level = a[4].clone().unwrap_or_else(|| vm.new_int(0));
    vm.import_name(&name, &globals, &fromlist, &level)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let pos = positional(args, kw);
    if pos.len() < 2 {
        return Err(vm.new_type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    if !matches!(func.payload, Payload::Function(_)) {
        return Err(vm.new_type_error("__build_class__: func must be a function"));
    }
    let name = pos[1].clone();
    if name.as_str().is_none() {
        return Err(vm.new_type_error("__build_class__: name is not a string"));
    }
    let orig_bases: Vec<PyRef> = pos[2..].to_vec();
    // __mro_entries__.
    let mut bases = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if matches!(b.payload, Payload::Type(_)) {
            bases.push(b.clone());
            continue;
        }
        match vm.lookup_special(b, "__mro_entries__")? {
            Some(m) => {
                let t = vm.new_tuple(orig_bases.clone());
                let r = vm.call(&m, &[t], &[])?;
                match &r.payload {
                    Payload::Tuple(items) => bases.extend(items.iter().cloned()),
                    _ => return Err(vm.new_type_error("__mro_entries__ must return a tuple")),
                }
                changed = true;
            }
            None => bases.push(b.clone()),
        }
    }
    let mut meta: Option<PyRef> = None;
    let mut kwargs: Vec<(PyRef, PyRef)> = Vec::new();
    for (k, v) in keywords(args, kw) {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwargs.push((vm.intern(k), v.clone()));
        }
    }
    let explicit_meta = meta.is_some();
    let mut meta = match meta {
        Some(m) => m,
        None => bases.first().map(|b| b.class().clone()).unwrap_or_else(|| vm.interp.types.type_.clone()),
    };
    // The most derived metaclass wins.
    if matches!(meta.payload, Payload::Type(_)) {
        meta = crate::objects::object_type::calculate_metaclass(vm, &meta, &bases)?;
    }
    let _ = explicit_meta;
    let bases_t = vm.new_tuple(bases.clone());
    let kw_names: Vec<PyRef> = kwargs.iter().map(|(k, _)| k.clone()).collect();
    let kw_vals: Vec<PyRef> = kwargs.iter().map(|(_, v)| v.clone()).collect();
    let ns = match vm.getattr_opt(&meta, "__prepare__")? {
        Some(p) => {
            let mut a = vec![name.clone(), bases_t.clone()];
            a.extend(kw_vals.iter().cloned());
            vm.call(&p, &a, &kw_names)?
        }
        None => vm.new_dict(),
    };
    // Run the body with the namespace as its locals.
    let Payload::Function(fd) = &func.payload else { unreachable!() };
    let mut frame = vm.bind_frame(&func, &[], &[])?;
    frame.locals = Some(ns.clone());
    let _ = fd;
    let cell = match vm.run_frame(frame, None).1? {
        crate::eval::Outcome::Return(v) => v,
        crate::eval::Outcome::Yield(_) => return Err(vm.new_system_error("class body yielded")),
    };
    if changed {
        let ob = vm.new_tuple(orig_bases);
        vm.setitem(&ns, vm.intern("__orig_bases__"), ob)?;
    }
    let mut a = vec![name, bases_t, ns];
    a.extend(kw_vals);
    let cls = vm.call(&meta, &a, &kw_names)?;
    if let Payload::Cell(_) = &cell.payload {
        let cur = vm.cell_get(&cell);
        if cur.is_none() {
            vm.cell_set(&cell, Some(cls.clone()));
        } else if !cur.as_ref().unwrap().is(&cls) {
            let a = vm.repr_str(cur.as_ref().unwrap())?;
            let b = vm.repr_str(&cls)?;
            return Err(vm.new_type_error(format!(
                "__class__ set to {a} defining {} as {b}",
                typeobj::obj_type_name(&cls)
            )));
        }
    }
    Ok(cls)
}

#[allow(dead_code)]
fn _int(o: &PyRef) -> Option<i64> {
    int::to_i64(o)
}
