//! Constructors and the first methods of the core builtin types. Each type's full
//! method set grows in its own file (list.rs, dict.rs, str.rs …); this file holds
//! what the runtime needs to start: `__new__`s, descriptors, functions, generators.

use crate::args::{keywords, positional};
use crate::object::{Payload, PropertyData, PyRef, RangeData, Wrapped};
use crate::cell::PyCell;
use crate::objects::typeobj::{self, tflags, Layout};
use crate::objects::{dict, int};
use crate::{PyResult, Vm};
use std::cell::RefCell;

/// Creates an object with the payload of `cls`'s builtin layout (for subclasses).
fn with_class(vm: &mut Vm, cls: &PyRef, base: &PyRef, payload: Payload) -> PyRef {
    let o = PyRef::new(cls, payload);
    if !cls.is(base) && cls.as_type().is_some_and(|t| t.has_flag(tflags::HAS_DICT)) {
        o.dict.set(Some(vm.new_dict()));
    }
    o
}

fn int_new(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let cls = args[0].clone();
    let a = vm.bind_args("int", &args[1..], kw, &["x", "base"], 0)?;
    let v = match (&a[0], &a[1]) {
        (None, None) => vm.new_int(0),
        (None, Some(_)) => return Err(vm.new_type_error("int() missing string argument")),
        (Some(x), None) => to_int(vm, x)?,
        (Some(x), Some(b)) => {
            let base = int::to_i64(b).ok_or_else(|| vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", typeobj::obj_type_name(b))))?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(vm.new_value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let s = match &x.payload {
                Payload::Str(s) => s.as_str().to_string(),
                Payload::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
                _ => return Err(vm.new_type_error("int() can't convert non-string with explicit base")),
            };
            parse_int(vm, &s, base as u32)?
        }
    };
    if cls.is(&vm.interp.types.int) {
        return Ok(v);
    }
    let payload = match &v.payload {
        Payload::Int(i) => Payload::Int(*i),
        Payload::BigInt(b) => Payload::BigInt(b.clone()),
        _ => unreachable!(),
    };
    Ok(with_class(vm, &cls, &vm.interp.types.int.clone(), payload))
}

/// The text of bytes given to int()/float(): ASCII only (other bytes become U+FFFD so
/// they can never parse).
fn bytes_text(x: &PyRef) -> String {
    raw_bytes(x).iter().map(|&c| if c.is_ascii() { c as char } else { '\u{fffd}' }).collect()
}

fn raw_bytes(x: &PyRef) -> Vec<u8> {
    crate::objects::bytes_type::bytes_of(x).unwrap_or_default()
}

/// repr of a bytes/bytearray argument for error messages.
fn bytes_arg_repr(x: &PyRef) -> String {
    match &x.payload {
        Payload::Bytes(b) => crate::objects::str_methods::bytes_repr(b, "b"),
        Payload::ByteArray(b) => format!("bytearray({})", crate::objects::str_methods::bytes_repr(&b.borrow(), "b")),
        _ => String::new(),
    }
}

/// `int(x)` for one argument.
pub fn to_int(vm: &mut Vm, x: &PyRef) -> PyResult {
    match &x.payload {
        Payload::Int(i) => Ok(vm.new_int(*i)),
        Payload::BigInt(b) => Ok(vm.new_bigint((**b).clone())),
        Payload::Float(f) => {
            if f.is_nan() {
                return Err(vm.new_value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.new_overflow_error("cannot convert float infinity to integer"));
            }
            Ok(vm.new_bigint(<num_bigint::BigInt as num_traits::FromPrimitive>::from_f64(f.trunc()).unwrap_or_default()))
        }
        Payload::Str(s) => parse_int(vm, s.as_str(), 10),
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            let text = bytes_text(x);
            parse_int(vm, &text, 10).map_err(|_| {
                // int() copies a bytearray into bytes first: the message shows bytes.
                let r = crate::objects::str_methods::bytes_repr(&raw_bytes(x), "b");
                vm.new_value_error(format!("invalid literal for int() with base 10: {r}"))
            })
        }
        _ => {
            for m in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = vm.lookup_special(x, m)? {
                    let r = vm.call(&f, &[], &[])?;
                    return match &r.payload {
                        // An int subclass result becomes a plain int.
                        Payload::Int(v) if !r.is_exact(&vm.interp.types.int) => Ok(vm.new_int(*v)),
                        Payload::BigInt(b) if !r.is_exact(&vm.interp.types.int) => Ok(vm.new_bigint((**b).clone())),
                        Payload::Int(_) | Payload::BigInt(_) => Ok(r),
                        _ => Err(vm.new_type_error(format!("{m} returned non-int (type {})", typeobj::obj_type_name(&r)))),
                    };
                }
            }
            Err(vm.new_type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                typeobj::obj_type_name(x)
            )))
        }
    }
}

/// `int(s, base)` parsing with Python's literal rules (underscores, prefixes, spaces).
pub fn parse_int(vm: &mut Vm, s: &str, base: u32) -> PyResult {
    let bad = |vm: &Vm| vm.new_value_error(format!("invalid literal for int() with base {base}: {}", crate::objects::str_methods::str_repr(s)));
    let ascii = crate::objects::unicode_digits::to_ascii_digits(s);
    let t = ascii.trim();
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = body.to_ascii_lowercase();
    let (mut base, mut digits) = (base, body);
    for (p, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if lower.starts_with(p) && (base == b || base == 0) {
            base = b;
            digits = &body[2..];
            if let Some(r) = digits.strip_prefix('_') {
                digits = r;
            }
        }
    }
    if base == 0 {
        base = 10;
        if digits.len() > 1 && digits.starts_with('0') && digits.chars().any(|c| c != '0' && c != '_') {
            return Err(bad(vm));
        }
    }
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return Err(bad(vm));
    }
    let clean: String = digits.chars().filter(|c| *c != '_').map(|c| c.to_digit(10).map(|d| char::from_digit(d, 10).unwrap()).unwrap_or(c)).collect();
    let limit = vm.interp.config.borrow().int_max_str_digits;
    if base == 10 && limit > 0 && clean.len() > limit {
        return Err(vm.new_value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        )));
    }
    match num_bigint::BigInt::parse_bytes(clean.as_bytes(), base) {
        Some(v) => Ok(vm.new_bigint(if neg { -v } else { v })),
        None => Err(bad(vm)),
    }
}

fn bool_new(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.no_kwargs("bool", kw)?;
    if args.len() > 2 {
        return Err(vm.new_type_error(format!("bool expected at most 1 argument, got {}", args.len() - 1)));
    }
    let b = match args.get(1) {
        Some(x) => vm.is_true(x)?,
        None => false,
    };
    Ok(vm.new_bool(b))
}

fn float_new(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let cls = args[0].clone();
    vm.no_kwargs("float", kw)?;
    if args.len() > 2 {
        return Err(vm.new_type_error(format!("float expected at most 1 argument, got {}", args.len() - 1)));
    }
    let v = match args.get(1) {
        None => 0.0,
        Some(x) => to_f64(vm, x)?,
    };
    Ok(with_class(vm, &cls, &vm.interp.types.float.clone(), Payload::Float(v)))
}

/// `float(x)`.
pub fn to_f64(vm: &mut Vm, x: &PyRef) -> PyResult<f64> {
    match &x.payload {
        Payload::Float(f) => Ok(*f),
        Payload::Int(i) => Ok(*i as f64),
        Payload::BigInt(b) => int::big_to_f64(vm, b),
        Payload::Str(s) => {
            let ascii = crate::objects::unicode_digits::to_ascii_digits(s.as_str());
            let t = ascii.trim();
            let clean: String = t.chars().filter(|c| *c != '_').collect();
            let lower = clean.to_ascii_lowercase();
            let v = match lower.trim_start_matches(['+', '-']) {
                "inf" | "infinity" => Some(f64::INFINITY),
                "nan" => Some(f64::NAN),
                _ => None,
            };
            let v = match v {
                Some(v) => Some(if lower.starts_with('-') { -v } else { v }),
                None if !t.contains("__") && !t.starts_with('_') && !t.ends_with('_') && !lower.contains("inf") && !lower.contains("nan") => clean.parse::<f64>().ok(),
                None => None,
            };
            v.ok_or_else(|| vm.new_value_error(format!("could not convert string to float: {}", crate::objects::str_methods::str_repr(s.as_str()))))
        }
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            let text = vm.new_str(bytes_text(x));
            to_f64(vm, &text).map_err(|_| {
                let r = bytes_arg_repr(x);
                vm.new_value_error(format!("could not convert string to float: {r}"))
            })
        }
        _ => {
            if let Some(f) = vm.lookup_special(x, "__float__")? {
                let r = vm.call(&f, &[], &[])?;
                return match r.payload {
                    Payload::Float(v) => Ok(v),
                    _ => Err(vm.new_type_error(format!("{}.__float__ returned non-float (type {})", typeobj::obj_type_name(x), typeobj::obj_type_name(&r)))),
                };
            }
            if vm.lookup_special(x, "__index__")?.is_some() {
                let i = vm.index_value(x)?;
                return Ok(i as f64);
            }
            Err(vm.new_type_error(format!("float() argument must be a string or a real number, not '{}'", typeobj::obj_type_name(x))))
        }
    }
}

fn str_new(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let cls = args[0].clone();
    let a = vm.bind_args("str", &args[1..], kw, &["object", "encoding", "errors"], 0)?;
    let s = match (&a[0], &a[1]) {
        (None, _) => String::new(),
        (Some(o), None) => vm.str_string(o)?,
        (Some(o), Some(_)) => match &o.payload {
            Payload::Bytes(b) => String::from_utf8(b.to_vec()).map_err(|_| vm.new_value_error("invalid utf-8"))?,
            Payload::ByteArray(b) => String::from_utf8(b.borrow().clone()).map_err(|_| vm.new_value_error("invalid utf-8"))?,
            _ => return Err(vm.new_type_error(format!("decoding to str: need a bytes-like object, {} found", typeobj::obj_type_name(o)))),
        },
    };
    if cls.is(&vm.interp.types.str) {
        return Ok(vm.new_str(s));
    }
    Ok(with_class(vm, &cls, &vm.interp.types.str.clone(), Payload::Str(crate::objects::str::PyStr::new(s))))
}

fn tuple_new(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let cls = args[0].clone();
    vm.no_kwargs("tuple", kw)?;
    if args.len() > 2 {
        return Err(vm.new_type_error(format!("tuple expected at most 1 argument, got {}", args.len() - 1)));
    }
    let items = match args.get(1) {
        Some(x) => {
            if x.is_exact(&vm.interp.types.tuple) && cls.is(&vm.interp.types.tuple) {
                return Ok(x.clone());
            }
            vm.collect_iterable(x)?
        }
        None => Vec::new(),
    };
    if cls.is(&vm.interp.types.tuple) {
        return Ok(vm.new_tuple(items));
    }
    Ok(with_class(vm, &cls, &vm.interp.types.tuple.clone(), Payload::Tuple(items.into_boxed_slice())))
}

fn list_new(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let cls = args[0].clone();
    Ok(with_class(vm, &cls, &vm.interp.types.list.clone(), Payload::List(RefCell::new(Vec::new()))))
}

fn list_init(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.no_kwargs("list", kw)?;
    if args.len() > 2 {
        return Err(vm.new_type_error(format!("list expected at most 1 argument, got {}", args.len() - 1)));
    }
    let (items, sized) = match args.get(1) {
        Some(x) => (vm.collect_iterable(x)?, crate::objects::list_type::is_sized(x)),
        None => (Vec::new(), true),
    };
    let old = std::mem::take(&mut *args[0].as_list().unwrap().borrow_mut());
    drop(old);
    crate::objects::list_type::extend(&mut args[0].as_list().unwrap().borrow_mut(), items, sized);
    Ok(vm.none())
}

fn dict_new(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let cls = args[0].clone();
    Ok(with_class(vm, &cls, &vm.interp.types.dict.clone(), Payload::Dict(Box::new(RefCell::new(Default::default())))))
}

fn dict_init(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let pos = positional(args, kw);
    if pos.len() > 2 {
        return Err(vm.new_type_error(format!("dict expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let d = args[0].clone();
    if let Some(src) = pos.get(1) {
        dict_update_from(vm, &d, src)?;
    }
    for (k, v) in keywords(args, kw) {
        let key = vm.new_str(k);
        dict::set_item(vm, &d, key, v.clone())?;
    }
    Ok(vm.none())
}

/// `dict.update(src)`: a mapping (has keys()) or an iterable of pairs.
pub fn dict_update_from(vm: &mut Vm, d: &PyRef, src: &PyRef) -> PyResult<()> {
    if src.as_dict().is_some() || vm.getattr_opt(src, "keys")?.is_some() {
        return vm.dict_update(d, src);
    }
    let it = vm.get_iter(src)?;
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        let pair = match vm.collect_iterable(&item) {
            Ok(p) => p,
            Err(_) => {
                return Err(vm.new_type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )))
            }
        };
        if pair.len() != 2 {
            return Err(vm.new_value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        dict::set_item(vm, d, pair[0].clone(), pair[1].clone())?;
        i += 1;
    }
    Ok(())
}

fn set_new(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let cls = args[0].clone();
    let frozen = typeobj::is_subtype(&cls, &vm.interp.types.frozenset);
    if frozen {
        let s = with_class(vm, &cls, &vm.interp.types.frozenset.clone(), Payload::FrozenSet(Box::new(RefCell::new(Default::default()))));
        if let Some(x) = args.get(1) {
            for v in vm.collect_iterable(x)? {
                vm.set_add(&s, v)?;
            }
        }
        return Ok(s);
    }
    Ok(with_class(vm, &cls, &vm.interp.types.set.clone(), Payload::Set(Box::new(RefCell::new(Default::default())))))
}

fn set_init(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.no_kwargs("set", kw)?;
    if args.len() > 2 {
        return Err(vm.new_type_error(format!("set expected at most 1 argument, got {}", args.len() - 1)));
    }
    if let Some(x) = args.get(1) {
        for v in vm.collect_iterable(x)? {
            vm.set_add(&args[0], v)?;
        }
    }
    Ok(vm.none())
}

fn range_new(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.no_kwargs("range", kw)?;
    let a = &args[1..];
    let idx = |vm: &mut Vm, o: &PyRef| -> PyResult<i64> {
        match &o.payload {
            Payload::Int(i) => Ok(*i),
            Payload::BigInt(_) => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
            _ => vm.index_value(o),
        }
    };
    let (start, stop, step) = match a.len() {
        1 => (0, idx(vm, &a[0])?, 1),
        2 => (idx(vm, &a[0])?, idx(vm, &a[1])?, 1),
        3 => (idx(vm, &a[0])?, idx(vm, &a[1])?, idx(vm, &a[2])?),
        0 => return Err(vm.new_type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.new_type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(vm.new_value_error("range() arg 3 must not be zero"));
    }
    Ok(PyRef::new(&vm.interp.types.range, Payload::Range(RangeData { start, stop, step })))
}

fn slice_new(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.no_kwargs("slice", kw)?;
    let a = &args[1..];
    let n = vm.none();
    Ok(match a.len() {
        1 => vm.new_slice(n.clone(), a[0].clone(), n),
        2 => vm.new_slice(a[0].clone(), a[1].clone(), n),
        3 => vm.new_slice(a[0].clone(), a[1].clone(), a[2].clone()),
        0 => return Err(vm.new_type_error("slice expected at least 1 argument, got 0")),
        k => return Err(vm.new_type_error(format!("slice expected at most 3 arguments, got {k}"))),
    })
}

fn slice_part(vm: &mut Vm, o: &PyRef, i: usize) -> PyResult {
    match &o.payload {
        Payload::Slice(parts) => Ok(parts[i].clone()),
        _ => Err(vm.new_type_error("descriptor requires a 'slice' object")),
    }
}
fn slice_start(vm: &mut Vm, o: &PyRef) -> PyResult {
    slice_part(vm, o, 0)
}
fn slice_stop(vm: &mut Vm, o: &PyRef) -> PyResult {
    slice_part(vm, o, 1)
}
fn slice_step(vm: &mut Vm, o: &PyRef) -> PyResult {
    slice_part(vm, o, 2)
}

/// Slices compare like their (start, stop, step) tuples.
fn slice_compare(vm: &mut Vm, a: &[PyRef], op: ferrython_bytecode::CompareOp) -> PyResult {
    let (Payload::Slice(x), Some(Payload::Slice(y))) = (&a[0].payload, a.get(1).map(|b| &b.payload)) else {
        return Ok(vm.not_implemented());
    };
    let tx = vm.new_tuple(x.to_vec());
    let ty = vm.new_tuple(y.to_vec());
    vm.rich_compare(&tx, &ty, op)
}
fn slice_eq(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    slice_compare(vm, a, ferrython_bytecode::CompareOp::Eq)
}
fn slice_ne(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    slice_compare(vm, a, ferrython_bytecode::CompareOp::Ne)
}
fn slice_lt(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    slice_compare(vm, a, ferrython_bytecode::CompareOp::Lt)
}
fn slice_le(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    slice_compare(vm, a, ferrython_bytecode::CompareOp::Le)
}
fn slice_gt(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    slice_compare(vm, a, ferrython_bytecode::CompareOp::Gt)
}
fn slice_ge(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    slice_compare(vm, a, ferrython_bytecode::CompareOp::Ge)
}

/// `slice.indices(length)`: (start, stop, step) clamped like sequence slicing.
fn slice_indices(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("indices", &args[1..], kw, 1)?;
    let len = vm.index_value(&args[1])?;
    if len < 0 {
        return Err(vm.new_value_error("length should not be negative"));
    }
    let (start, stop, step, _) = crate::protocol::subscript::slice_indices(vm, &args[0], len)?;
    let t = vec![vm.new_int(start), vm.new_int(stop), vm.new_int(step)];
    Ok(vm.new_tuple(t))
}

// ---- iterator builtins (enumerate, zip, map, filter, reversed) ----

fn mk_iter(vm: &mut Vm, cls: &PyRef, st: crate::objects::iter::IterState) -> PyRef {
    let o = PyRef::new(cls, Payload::Iterator(Box::new(RefCell::new(st))));
    if cls.as_type().is_some_and(|t| t.is_heap()) {
        o.dict.set(Some(vm.new_dict()));
    }
    o
}

fn enumerate_new(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let a = vm.bind_args("enumerate", &args[1..], kw, &["iterable", "start"], 1)?;
    let it = vm.get_iter(a[0].as_ref().unwrap())?;
    let count = a[1].clone().unwrap_or_else(|| vm.new_int(0));
    if !matches!(count.payload, Payload::Int(_) | Payload::BigInt(_)) {
        return Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", typeobj::obj_type_name(&count))));
    }
    Ok(mk_iter(vm, &args[0], crate::objects::iter::IterState::Enumerate { it, count }))
}

fn zip_new(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let pos = positional(args, kw);
    let mut strict = false;
    for (k, v) in keywords(args, kw) {
        if k == "strict" {
            strict = vm.is_true(v)?;
        } else {
            return Err(vm.new_type_error(format!("zip() got an unexpected keyword argument '{k}'")));
        }
    }
    let mut its = Vec::new();
    for (i, x) in pos[1..].iter().enumerate() {
        match vm.get_iter(x) {
            Ok(it) => its.push(it),
            Err(e) => {
                if vm.isinstance_exc(&e, &vm.interp.exc.type_error.clone()) {
                    return Err(vm.new_type_error(format!("zip argument #{} must support iteration", i + 1)));
                }
                return Err(e);
            }
        }
    }
    Ok(mk_iter(vm, &pos[0], crate::objects::iter::IterState::Zip { its, strict }))
}

fn map_new(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.no_kwargs("map", kw)?;
    if args.len() < 3 {
        return Err(vm.new_type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for x in &args[2..] {
        its.push(vm.get_iter(x)?);
    }
    Ok(mk_iter(vm, &args[0], crate::objects::iter::IterState::Map { func: args[1].clone(), its }))
}

fn filter_new(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.no_kwargs("filter", kw)?;
    if args.len() != 3 {
        return Err(vm.new_type_error(format!("filter expected 2 arguments, got {}", args.len() - 1)));
    }
    let it = vm.get_iter(&args[2])?;
    Ok(mk_iter(vm, &args[0], crate::objects::iter::IterState::Filter { func: args[1].clone(), it }))
}

fn reversed_new(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.no_kwargs("reversed", kw)?;
    if args.len() != 2 {
        return Err(vm.new_type_error(format!("reversed expected 1 argument, got {}", args.len() - 1)));
    }
    let s = &args[1];
    let heap = s.class().as_type().is_some_and(|t| t.is_heap());
    if !heap {
        match &s.payload {
            Payload::List(l) => {
                let n = l.borrow().len();
                let ty = vm.interp.types.list_reverseiterator.clone();
                return Ok(mk_iter(vm, &ty, crate::objects::iter::IterState::SeqReverse { seq: s.clone(), index: n.checked_sub(1) }));
            }
            Payload::Tuple(t) => {
                let n = t.len();
                let ty = vm.interp.types.reversed.clone();
                return Ok(mk_iter(vm, &ty, crate::objects::iter::IterState::SeqReverse { seq: s.clone(), index: n.checked_sub(1) }));
            }
            Payload::Range(r) => {
                let n = r.len();
                let last = r.start + (n - 1) * r.step;
                let ty = vm.interp.types.range_iterator.clone();
                return Ok(mk_iter(vm, &ty, crate::objects::iter::IterState::Range { next: last, step: -r.step, remaining: n }));
            }
            Payload::Str(_) | Payload::Dict(_) => {
                let items = vm.collect_iterable(s)?;
                let l = vm.new_list(items);
                let n = vm.len(&l)?;
                let ty = vm.interp.types.reversed.clone();
                return Ok(mk_iter(vm, &ty, crate::objects::iter::IterState::SeqReverse { seq: l, index: n.checked_sub(1) }));
            }
            _ => {}
        }
    }
    if let Some(m) = vm.lookup_special(s, "__reversed__")? {
        if matches!(m.payload, Payload::None) {
            return Err(vm.new_type_error(format!("'{}' object is not reversible", typeobj::obj_type_name(s))));
        }
        return vm.call(&m, &[], &[]);
    }
    if vm.lookup_special(s, "__getitem__")?.is_some() {
        // The sequence protocol: len() first (its error if missing), then items from
        // the end. (Items are fetched up front; CPython fetches them lazily.)
        let n = vm.len(s)?;
        let mut items = Vec::with_capacity(n);
        for i in (0..n).rev() {
            let k = vm.new_int(i as i64);
            items.push(vm.getitem(s, &k)?);
        }
        let l = vm.new_list(items);
        let ty = vm.interp.types.reversed.clone();
        return Ok(mk_iter(vm, &ty, crate::objects::iter::IterState::Seq { seq: l, index: 0 }));
    }
    Err(vm.new_type_error(format!("'{}' object is not reversible", typeobj::obj_type_name(s))))
}

fn iter_self(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let _ = vm;
    Ok(args[0].clone())
}

fn iter_next_m(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.new_stop_iteration(None)),
    }
}

// ---- descriptors: property, classmethod, staticmethod, super ----

fn property_new(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let cls = args[0].clone();
    let p = PropertyData { fget: PyCell::new(None), fset: PyCell::new(None), fdel: PyCell::new(None), doc: PyCell::new(None), name: PyCell::new(None) };
    let o = PyRef::new(&cls, Payload::Property(Box::new(p)));
    if cls.as_type().is_some_and(|t| t.is_heap()) {
        o.dict.set(Some(vm.new_dict()));
    }
    Ok(o)
}

fn property_init(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let a = vm.bind_args("property", &args[1..], kw, &["fget", "fset", "fdel", "doc"], 0)?;
    let Payload::Property(p) = &args[0].payload else { return Err(vm.new_type_error("not a property")) };
    let nn = |o: &Option<PyRef>| o.clone().filter(|v| !matches!(v.payload, Payload::None));
    p.fget.set(nn(&a[0]));
    p.fset.set(nn(&a[1]));
    p.fdel.set(nn(&a[2]));
    let doc = match nn(&a[3]) {
        Some(d) => Some(d),
        None => match nn(&a[0]) {
            Some(g) => vm.getattr_opt(&g, "__doc__")?.filter(|d| !matches!(d.payload, Payload::None)),
            None => None,
        },
    };
    p.doc.set(doc);
    Ok(vm.none())
}

fn property_copy(vm: &mut Vm, p: &PyRef, which: usize, f: PyRef) -> PyResult {
    let Payload::Property(pd) = &p.payload else { return Err(vm.new_type_error("not a property")) };
    let mut parts = vec![pd.fget.get(), pd.fset.get(), pd.fdel.get(), pd.doc.get()];
    parts[which] = Some(f);
    let args: Vec<PyRef> = parts.into_iter().map(|x| x.unwrap_or_else(|| vm.none())).collect();
    let cls = p.class().clone();
    let np = vm.call(&cls, &args, &[])?;
    if let (Payload::Property(a), Payload::Property(b)) = (&np.payload, &p.payload) {
        a.name.set(b.name.get());
    }
    Ok(np)
}

fn property_getter(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    property_copy(vm, &args[0], 0, args[1].clone())
}
fn property_setter(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    property_copy(vm, &args[0], 1, args[1].clone())
}
fn property_deleter(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    property_copy(vm, &args[0], 2, args[1].clone())
}

/// Attributes of `__slots__` member descriptors.
fn member_data<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a crate::object::MemberData> {
    match &o.payload {
        Payload::Member(m) => Ok(m),
        _ => Err(vm.new_type_error("descriptor requires a 'member_descriptor' object")),
    }
}
fn member_name(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(member_data(vm, o)?.name.clone())
}
fn member_qualname(vm: &mut Vm, o: &PyRef) -> PyResult {
    let m = member_data(vm, o)?;
    let owner = m.owner.as_type().map(|t| t.qualname.borrow().clone()).unwrap_or_default();
    let name = m.name.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
    Ok(vm.new_str(format!("{owner}.{name}")))
}
fn member_objclass(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(member_data(vm, o)?.owner.clone())
}
fn member_doc(vm: &mut Vm, _o: &PyRef) -> PyResult {
    Ok(vm.none())
}
fn member_get(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let obj = args.get(1).filter(|o| !matches!(o.payload, Payload::None));
    let owner = args.get(2).cloned().unwrap_or_else(|| vm.none());
    vm.descr_get(&args[0], obj, &owner)
}
fn member_set(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("__set__", &args[1..], kw, 2)?;
    let name = member_data(vm, &args[0])?.name.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
    vm.descr_set(&args[0], &args[1], Some(args[2].clone()), &name)?;
    Ok(vm.none())
}
fn member_delete(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("__delete__", &args[1..], kw, 1)?;
    let name = member_data(vm, &args[0])?.name.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
    vm.descr_set(&args[0], &args[1], None, &name)?;
    Ok(vm.none())
}

/// `prop.__set__(obj, value)` and `prop.__delete__(obj)`, called directly.
fn property_set(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("__set__", &args[1..], kw, 2)?;
    vm.descr_set(&args[0], &args[1], Some(args[2].clone()), "")?;
    Ok(vm.none())
}
fn property_delete(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("__delete__", &args[1..], kw, 1)?;
    vm.descr_set(&args[0], &args[1], None, "")?;
    Ok(vm.none())
}

fn property_get(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let obj = args.get(1).filter(|o| !matches!(o.payload, Payload::None));
    let owner = args.get(2).cloned().unwrap_or_else(|| vm.none());
    vm.descr_get(&args[0], obj, &owner)
}

fn property_set_name(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    if let Payload::Property(p) = &args[0].payload {
        p.name.set(args.get(2).cloned());
    }
    Ok(vm.none())
}

fn prop_fget(vm: &mut Vm, o: &PyRef) -> PyResult {
    let Payload::Property(p) = &o.payload else { unreachable!() };
    Ok(p.fget.get().unwrap_or_else(|| vm.none()))
}
fn prop_fset(vm: &mut Vm, o: &PyRef) -> PyResult {
    let Payload::Property(p) = &o.payload else { unreachable!() };
    Ok(p.fset.get().unwrap_or_else(|| vm.none()))
}
fn prop_fdel(vm: &mut Vm, o: &PyRef) -> PyResult {
    let Payload::Property(p) = &o.payload else { unreachable!() };
    Ok(p.fdel.get().unwrap_or_else(|| vm.none()))
}
fn prop_doc(vm: &mut Vm, o: &PyRef) -> PyResult {
    let Payload::Property(p) = &o.payload else { unreachable!() };
    Ok(p.doc.get().unwrap_or_else(|| vm.none()))
}

fn classmethod_new(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.no_kwargs("classmethod", kw)?;
    if args.len() != 2 {
        return Err(vm.new_type_error(format!("classmethod expected 1 argument, got {}", args.len() - 1)));
    }
    let o = PyRef::new(&args[0], Payload::ClassMethod(Wrapped(args[1].clone())));
    o.dict.set(Some(vm.new_dict()));
    copy_wrapper_attrs(vm, &o, &args[1])?;
    Ok(o)
}

fn staticmethod_new(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.no_kwargs("staticmethod", kw)?;
    if args.len() != 2 {
        return Err(vm.new_type_error(format!("staticmethod expected 1 argument, got {}", args.len() - 1)));
    }
    let o = PyRef::new(&args[0], Payload::StaticMethod(Wrapped(args[1].clone())));
    o.dict.set(Some(vm.new_dict()));
    copy_wrapper_attrs(vm, &o, &args[1])?;
    Ok(o)
}

/// classmethod/staticmethod copy `__doc__`, `__name__`… like functools.wraps (3.10+).
fn copy_wrapper_attrs(vm: &mut Vm, w: &PyRef, f: &PyRef) -> PyResult<()> {
    let d = w.dict.get().unwrap();
    for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
        if let Some(v) = vm.getattr_opt(f, name)? {
            dict::set_str(vm, &d, name, v);
        }
    }
    let wrapped = f.clone();
    dict::set_str(vm, &d, "__wrapped__", wrapped);
    Ok(())
}

fn wrapped_func(vm: &mut Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::ClassMethod(w) | Payload::StaticMethod(w) => Ok(w.0.clone()),
        _ => Ok(vm.none()),
    }
}

/// `__isabstractmethod__` of a wrapped callable (abc.abstractmethod under a decorator).
fn is_abstract(vm: &mut Vm, f: &PyRef) -> PyResult<bool> {
    match vm.getattr_opt(f, "__isabstractmethod__")? {
        Some(v) => vm.is_true(&v),
        None => Ok(false),
    }
}

fn wrapped_isabstract(vm: &mut Vm, o: &PyRef) -> PyResult {
    let f = wrapped_func(vm, o)?;
    let b = is_abstract(vm, &f)?;
    Ok(vm.new_bool(b))
}

fn prop_isabstract(vm: &mut Vm, o: &PyRef) -> PyResult {
    if let Payload::Property(p) = &o.payload {
        for f in [p.fget.get(), p.fset.get(), p.fdel.get()].into_iter().flatten() {
            if is_abstract(vm, &f)? {
                return Ok(vm.new_bool(true));
            }
        }
    }
    Ok(vm.new_bool(false))
}

fn wrapper_get(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let obj = args.get(1).filter(|o| !matches!(o.payload, Payload::None));
    let owner = match args.get(2) {
        Some(o) if !matches!(o.payload, Payload::None) => o.clone(),
        _ => obj.map(|o| o.class().clone()).unwrap_or_else(|| vm.none()),
    };
    vm.descr_get(&args[0], obj, &owner)
}

fn staticmethod_call(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let Payload::StaticMethod(w) = &args[0].payload else { unreachable!() };
    let f = w.0.clone();
    vm.call(&f, &args[1..], kw)
}

/// `super(C).__get__(obj, type)`: an unbound super binds to `obj`.
fn super_get(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let Payload::Super(p) = &a[0].payload else { return Err(vm.new_type_error("descriptor '__get__' requires a 'super' object")) };
    let obj = a.get(1).filter(|o| !matches!(o.payload, Payload::None));
    match obj {
        Some(o) if matches!(p.1.payload, Payload::None) => {
            let st = vm.interp.types.super_.clone();
            let ty = p.0.clone();
            super_new(vm, &[st, ty, o.clone()], &[])
        }
        _ => Ok(a[0].clone()),
    }
}

/// `super().__thisclass__` (0), `__self__` (1), `__self_class__` (2).
fn super_part(vm: &mut Vm, o: &PyRef, i: usize) -> PyResult {
    match &o.payload {
        Payload::Super(p) => Ok([&p.0, &p.1, &p.2][i].clone()),
        _ => Err(vm.new_type_error("descriptor requires a 'super' object")),
    }
}

fn super_new(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.no_kwargs("super", kw)?;
    let (ty, obj) = match args.len() {
        1 => zero_arg_super(vm)?,
        2 => (args[1].clone(), None),
        3 => (args[1].clone(), Some(args[2].clone())),
        n => return Err(vm.new_type_error(format!("super() takes at most 2 arguments ({} given)", n - 1))),
    };
    if !matches!(ty.payload, Payload::Type(_)) {
        return Err(vm.new_type_error(format!("super() argument 1 must be a type, not {}", typeobj::obj_type_name(&ty))));
    }
    let obj = obj.unwrap_or_else(|| vm.none());
    let start = if matches!(obj.payload, Payload::None) {
        vm.none()
    } else if matches!(obj.payload, Payload::Type(_)) && typeobj::is_subtype(&obj, &ty) {
        obj.clone()
    } else if typeobj::is_subtype(obj.class(), &ty) {
        obj.class().clone()
    } else {
        return Err(vm.new_type_error("super(type, obj): obj must be an instance or subtype of type"));
    };
    Ok(PyRef::new(&vm.interp.types.super_, Payload::Super(Box::new((ty, obj, start)))))
}

/// `super()` inside a method: the `__class__` cell and the first argument.
fn zero_arg_super(vm: &mut Vm) -> PyResult<(PyRef, Option<PyRef>)> {
    let Some(f) = vm.current_frame() else { return Err(vm.new_runtime_error("super(): no current frame")) };
    let Payload::Code(cd) = &f.code.payload else { unreachable!() };
    let code = &cd.code;
    if code.argcount == 0 {
        return Err(vm.new_runtime_error("super(): no arguments"));
    }
    let first = match f.fast.first().cloned().flatten() {
        Some(v) => v,
        None => {
            // The first argument may live in a cell.
            let name = code.varnames.first().cloned().unwrap_or_default();
            match code.cellvars.iter().position(|c| *c == name) {
                Some(i) => vm.cell_get(&f.cells[i]).ok_or_else(|| vm.new_runtime_error("super(): arg[0] deleted"))?,
                None => return Err(vm.new_runtime_error("super(): arg[0] deleted")),
            }
        }
    };
    let Some(pos) = code.freevars.iter().position(|n| n == "__class__") else {
        return Err(vm.new_runtime_error("super(): __class__ cell not found"));
    };
    let cell = f.cells[code.cellvars.len() + pos].clone();
    match vm.cell_get(&cell) {
        Some(c) => Ok((c, Some(first))),
        None => Err(vm.new_runtime_error("super(): empty __class__ cell")),
    }
}

pub(crate) fn super_getattribute(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let s = &args[0];
    let name = &args[1];
    let Payload::Super(parts) = &s.payload else { unreachable!() };
    let (ty, obj, start) = (parts.0.clone(), parts.1.clone(), parts.2.clone());
    let n = name.as_str().map(|x| x.as_str().to_string()).unwrap_or_default();
    if n != "__class__" {
        if let Some(st) = start.as_type() {
            let mro = st.mro.borrow().clone();
            let mut found_start = false;
            for b in mro {
                if !found_start {
                    if b.is(&ty) {
                        found_start = true;
                    }
                    continue;
                }
                if let Some(v) = dict::get_str(vm, &b.as_type().unwrap().dict, &n) {
                    let inst = if obj.is(&start) || matches!(obj.payload, Payload::None) { None } else { Some(&obj) };
                    return match &v.payload {
                        Payload::Function(_) | Payload::Builtin(_) | Payload::ClassMethod(_) | Payload::StaticMethod(_) | Payload::Property(_) => vm.descr_get(&v, inst, &start),
                        _ => {
                            if typeobj::lookup(vm, v.class(), "__get__").is_some() && v.class().as_type().is_some_and(|t| t.is_heap()) {
                                vm.descr_get(&v, inst, &start)
                            } else {
                                Ok(v)
                            }
                        }
                    };
                }
            }
        }
    }
    vm.generic_getattr(s, name).map_err(|_| vm.new_attribute_error(s, &n, format!("'super' object has no attribute '{n}'")))
}

// ---- functions ----

fn fdata(o: &PyRef) -> &crate::objects::function::FunctionData {
    match &o.payload {
        Payload::Function(f) => f,
        _ => unreachable!(),
    }
}

fn fn_name(vm: &mut Vm, o: &PyRef) -> PyResult {
    let _ = vm;
    Ok(fdata(o).name.get())
}
fn fn_set_name(vm: &mut Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    match v.filter(|v| v.as_str().is_some()) {
        Some(v) => {
            fdata(o).name.set(v);
            Ok(())
        }
        None => Err(vm.new_type_error("__name__ must be set to a string object")),
    }
}
fn fn_qualname(vm: &mut Vm, o: &PyRef) -> PyResult {
    let _ = vm;
    Ok(fdata(o).qualname.get())
}
fn fn_set_qualname(vm: &mut Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    match v.filter(|v| v.as_str().is_some()) {
        Some(v) => {
            fdata(o).qualname.set(v);
            Ok(())
        }
        None => Err(vm.new_type_error("__qualname__ must be set to a string object")),
    }
}
fn fn_doc(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(fdata(o).doc.get().unwrap_or_else(|| vm.none()))
}
fn fn_set_doc(vm: &mut Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let _ = vm;
    fdata(o).doc.set(v.filter(|v| !matches!(v.payload, Payload::None)));
    Ok(())
}
fn fn_module(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(fdata(o).module.get().unwrap_or_else(|| vm.none()))
}
fn fn_set_module(vm: &mut Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let _ = vm;
    fdata(o).module.set(v);
    Ok(())
}
fn fn_defaults(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(fdata(o).defaults.get().unwrap_or_else(|| vm.none()))
}
fn fn_set_defaults(vm: &mut Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let v = v.filter(|v| !matches!(v.payload, Payload::None));
    if let Some(t) = &v {
        if t.as_tuple().is_none() {
            return Err(vm.new_type_error("__defaults__ must be set to a tuple object"));
        }
    }
    fdata(o).defaults.set(v);
    Ok(())
}
fn fn_kwdefaults(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(fdata(o).kwdefaults.get().unwrap_or_else(|| vm.none()))
}
fn fn_set_kwdefaults(vm: &mut Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let _ = vm;
    fdata(o).kwdefaults.set(v.filter(|v| !matches!(v.payload, Payload::None)));
    Ok(())
}
fn fn_code(vm: &mut Vm, o: &PyRef) -> PyResult {
    let _ = vm;
    Ok(fdata(o).code.clone())
}
fn fn_globals(vm: &mut Vm, o: &PyRef) -> PyResult {
    let _ = vm;
    Ok(fdata(o).globals.clone())
}
fn fn_closure(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(fdata(o).closure.clone().unwrap_or_else(|| vm.none()))
}
fn fn_annotations(vm: &mut Vm, o: &PyRef) -> PyResult {
    let f = fdata(o);
    match f.annotations.get() {
        Some(a) => Ok(a),
        None => {
            let d = vm.new_dict();
            f.annotations.set(Some(d.clone()));
            Ok(d)
        }
    }
}
fn fn_set_annotations(vm: &mut Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let _ = vm;
    fdata(o).annotations.set(v);
    Ok(())
}
fn fn_get(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let obj = args.get(1).filter(|o| !matches!(o.payload, Payload::None));
    match obj {
        Some(o) => Ok(vm.new_method(args[0].clone(), o.clone())),
        None => Ok(args[0].clone()),
    }
}

fn method_func(vm: &mut Vm, o: &PyRef) -> PyResult {
    let _ = vm;
    match &o.payload {
        Payload::Method(m) => Ok(m.0.clone()),
        _ => unreachable!(),
    }
}
fn method_self(vm: &mut Vm, o: &PyRef) -> PyResult {
    let _ = vm;
    match &o.payload {
        Payload::Method(m) => Ok(m.1.clone()),
        _ => unreachable!(),
    }
}
fn method_getattribute(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    match vm.generic_getattr(&args[0], &args[1]) {
        Ok(v) => Ok(v),
        Err(e) => {
            if let Payload::Method(m) = &args[0].payload {
                let f = m.0.clone();
                return vm.getattr(&f, &args[1]);
            }
            Err(e)
        }
    }
}
/// `__call__` of the callable builtin types: calls the object itself.
fn call_self(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let f = a[0].clone();
    vm.call(&f, &a[1..], k)
}

/// `types.MethodType(func, obj)`.
fn method_new(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.no_kwargs("method", k)?;
    if a.len() != 3 {
        return Err(vm.new_type_error(format!("method expected 2 arguments, got {}", a.len() - 1)));
    }
    if !crate::builtins::core::is_callable(vm, &a[1]) {
        return Err(vm.new_type_error("first argument must be callable"));
    }
    if matches!(a[2].payload, Payload::None) {
        return Err(vm.new_type_error("instance must not be None"));
    }
    Ok(PyRef::new(&vm.interp.types.method, Payload::Method(Box::new((a[1].clone(), a[2].clone())))))
}

fn method_eq(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    match (&args[0].payload, &args[1].payload) {
        (Payload::Method(a), Payload::Method(b)) => {
            let same = a.1.is(&b.1) && vm.eq(&a.0, &b.0)?;
            Ok(vm.new_bool(same))
        }
        _ => Ok(vm.not_implemented()),
    }
}
fn method_hash(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let Payload::Method(m) = &args[0].payload else { unreachable!() };
    let h = crate::protocol::ops::default_hash(&m.0) ^ crate::protocol::ops::default_hash(&m.1);
    Ok(vm.new_int(h))
}

fn builtin_name(vm: &mut Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Builtin(b) => Ok(vm.new_str(b.name)),
        _ => unreachable!(),
    }
}
fn builtin_qualname(vm: &mut Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Builtin(b) => match (&b.owner, &b.self_) {
            (Some(t), _) => Ok(vm.new_str(format!("{}.{}", typeobj::type_name(t), b.name))),
            _ => Ok(vm.new_str(b.name)),
        },
        _ => unreachable!(),
    }
}
fn builtin_self(vm: &mut Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Builtin(b) => Ok(b.self_.clone().unwrap_or_else(|| vm.interp.builtins.get().unwrap())),
        _ => unreachable!(),
    }
}
fn builtin_doc(vm: &mut Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Builtin(b) => Ok(b.doc.map(|d| vm.new_str(d)).unwrap_or_else(|| vm.none())),
        _ => unreachable!(),
    }
}
fn builtin_module(vm: &mut Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Builtin(b) if b.owner.is_none() => Ok(vm.new_str("builtins")),
        _ => Ok(vm.none()),
    }
}

// ---- generators ----

fn gen_send(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("send", &args[1..], kw, 1)?;
    gen_result(vm, &args[0], |vm, g| vm.send(g, args[1].clone()))
}

fn gen_result(vm: &mut Vm, g: &PyRef, f: impl FnOnce(&mut Vm, &PyRef) -> PyResult<crate::objects::generator::GenResult>) -> PyResult {
    let kind = crate::objects::generator::gen_data(g).map(|d| d.kind);
    match f(vm, g)? {
        crate::objects::generator::GenResult::Yield(v) => Ok(v),
        crate::objects::generator::GenResult::Return(v) => {
            if kind == Some(crate::objects::generator::GenKind::AsyncGenerator) {
                return Err(vm.new_exception(&vm.interp.exc.stop_async_iteration.clone(), vec![]));
            }
            let v = if matches!(v.payload, Payload::None) { None } else { Some(v) };
            Err(vm.new_stop_iteration(v))
        }
    }
}

fn gen_next(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    gen_result(vm, &args[0], |vm, g| vm.send(g, vm.none()))
}

fn gen_throw(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.range_args("throw", &args[1..], kw, 1, 3)?;
    let typ = args[1].clone();
    let exc = match (&typ.payload, args.get(2)) {
        (Payload::Type(_), Some(v)) if !matches!(v.payload, Payload::None) => {
            if crate::exceptions::is_exception_instance(v) {
                v.clone()
            } else {
                vm.call(&typ, &[v.clone()], &[])?
            }
        }
        _ => vm.to_exception_instance(typ, "exceptions must be classes or instances deriving from BaseException, not type")?,
    };
    if let Some(tb) = args.get(3) {
        if !matches!(tb.payload, Payload::None) {
            crate::exceptions::exc_data(&exc).borrow_mut().traceback = Some(tb.clone());
        }
    }
    gen_result(vm, &args[0], |vm, g| vm.gen_throw(g, exc))
}

fn gen_close(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    vm.gen_close(&args[0])?;
    Ok(vm.none())
}

fn gen_name(vm: &mut Vm, o: &PyRef) -> PyResult {
    let _ = vm;
    Ok(crate::objects::generator::gen_data(o).unwrap().name.get())
}
fn gen_qualname(vm: &mut Vm, o: &PyRef) -> PyResult {
    let _ = vm;
    Ok(crate::objects::generator::gen_data(o).unwrap().qualname.get())
}
fn gen_running(vm: &mut Vm, o: &PyRef) -> PyResult {
    let r = crate::objects::generator::gen_data(o).unwrap().state.get() == crate::objects::generator::GenState::Running;
    Ok(vm.new_bool(r))
}
/// `gi_suspended`: paused at a yield (not created, running or finished).
fn gen_suspended(vm: &mut Vm, o: &PyRef) -> PyResult {
    let r = crate::objects::generator::gen_data(o).unwrap().state.get() == crate::objects::generator::GenState::Suspended;
    Ok(vm.new_bool(r))
}
/// `gi_frame`: None once finished. Frames are not Python objects yet, so a live
/// generator reports its code object's frame stand-in (truthy), enough for
/// inspect.getgeneratorstate.
fn gen_frame(vm: &mut Vm, o: &PyRef) -> PyResult {
    let g = crate::objects::generator::gen_data(o).unwrap();
    if g.state.get() == crate::objects::generator::GenState::Finished {
        return Ok(vm.none());
    }
    Ok(g.code.clone())
}
fn gen_code(vm: &mut Vm, o: &PyRef) -> PyResult {
    let _ = vm;
    Ok(crate::objects::generator::gen_data(o).unwrap().code.clone())
}
fn coro_await(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let _ = vm;
    Ok(args[0].clone())
}

fn cell_contents(vm: &mut Vm, o: &PyRef) -> PyResult {
    match vm.cell_get(o) {
        Some(v) => Ok(v),
        None => Err(vm.new_value_error("Cell is empty")),
    }
}

fn code_name(vm: &mut Vm, o: &PyRef) -> PyResult {
    let Payload::Code(c) = &o.payload else { unreachable!() };
    Ok(vm.new_str(c.code.name.as_str()))
}
fn code_qualname(vm: &mut Vm, o: &PyRef) -> PyResult {
    let Payload::Code(c) = &o.payload else { unreachable!() };
    Ok(vm.new_str(c.code.qualname.as_str()))
}
fn code_filename(vm: &mut Vm, o: &PyRef) -> PyResult {
    let Payload::Code(c) = &o.payload else { unreachable!() };
    Ok(vm.new_str(&*c.code.filename))
}
fn code_firstlineno(vm: &mut Vm, o: &PyRef) -> PyResult {
    let Payload::Code(c) = &o.payload else { unreachable!() };
    Ok(vm.new_int(c.code.first_line as i64))
}
fn code_argcount(vm: &mut Vm, o: &PyRef) -> PyResult {
    let Payload::Code(c) = &o.payload else { unreachable!() };
    Ok(vm.new_int(c.code.argcount as i64))
}
fn code_kwonlyargcount(vm: &mut Vm, o: &PyRef) -> PyResult {
    let Payload::Code(c) = &o.payload else { unreachable!() };
    Ok(vm.new_int(c.code.kwonlyargcount as i64))
}
fn code_posonlyargcount(vm: &mut Vm, o: &PyRef) -> PyResult {
    let Payload::Code(c) = &o.payload else { unreachable!() };
    Ok(vm.new_int(c.code.posonlyargcount as i64))
}
fn code_nlocals(vm: &mut Vm, o: &PyRef) -> PyResult {
    let Payload::Code(c) = &o.payload else { unreachable!() };
    Ok(vm.new_int(c.code.varnames.len() as i64))
}
fn code_str_tuple(vm: &mut Vm, names: &[String]) -> PyResult {
    let items = names.iter().map(|n| vm.new_str(n.as_str())).collect();
    Ok(vm.new_tuple(items))
}
fn code_cellvars(vm: &mut Vm, o: &PyRef) -> PyResult {
    let Payload::Code(c) = &o.payload else { unreachable!() };
    code_str_tuple(vm, &c.code.cellvars)
}
fn code_freevars(vm: &mut Vm, o: &PyRef) -> PyResult {
    let Payload::Code(c) = &o.payload else { unreachable!() };
    code_str_tuple(vm, &c.code.freevars)
}
fn code_names(vm: &mut Vm, o: &PyRef) -> PyResult {
    let Payload::Code(c) = &o.payload else { unreachable!() };
    code_str_tuple(vm, &c.code.names)
}
fn code_flags(vm: &mut Vm, o: &PyRef) -> PyResult {
    let Payload::Code(c) = &o.payload else { unreachable!() };
    Ok(vm.new_int(c.code.flags as i64))
}
fn code_varnames(vm: &mut Vm, o: &PyRef) -> PyResult {
    let Payload::Code(c) = &o.payload else { unreachable!() };
    let v: Vec<PyRef> = c.code.varnames.iter().map(|n| vm.new_str(n.as_str())).collect();
    Ok(vm.new_tuple(v))
}
fn code_consts(vm: &mut Vm, o: &PyRef) -> PyResult {
    let Payload::Code(c) = &o.payload else { unreachable!() };
    Ok(vm.new_tuple(c.consts.to_vec()))
}

/// `type(None)()`, `type(NotImplemented)()`, `type(...)()`: the singleton itself.
fn singleton_new(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let cls = &args[0];
    let name = typeobj::type_name(cls);
    if args.len() > 1 {
        return Err(vm.new_type_error(format!("{name} takes no arguments")));
    }
    let _ = kw;
    Ok(if cls.is(&vm.interp.types.none_type) {
        vm.none()
    } else if cls.is(&vm.interp.types.not_implemented_type) {
        vm.not_implemented()
    } else {
        vm.interp.ellipsis.clone()
    })
}

fn mappingproxy_getitem(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let Payload::MappingProxy(d) = &args[0].payload else { unreachable!() };
    let d = d.clone();
    vm.getitem(&d, &args[1])
}
fn mappingproxy_len(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let Payload::MappingProxy(d) = &args[0].payload else { unreachable!() };
    let d = d.clone();
    let n = vm.len(&d)?;
    Ok(vm.new_int(n as i64))
}
fn mappingproxy_iter(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let Payload::MappingProxy(d) = &args[0].payload else { unreachable!() };
    let d = d.clone();
    vm.get_iter(&d)
}
fn mappingproxy_contains(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let Payload::MappingProxy(d) = &args[0].payload else { unreachable!() };
    let d = d.clone();
    let r = vm.contains(&d, &args[1])?;
    Ok(vm.new_bool(r))
}
fn mappingproxy_forward(vm: &mut Vm, args: &[PyRef], name: &str) -> PyResult {
    let Payload::MappingProxy(d) = &args[0].payload else { unreachable!() };
    let d = d.clone();
    let m = vm.getattr_str(&d, name)?;
    vm.call(&m, &args[1..], &[])
}
fn mappingproxy_keys(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    mappingproxy_forward(vm, args, "keys")
}
fn mappingproxy_values(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    mappingproxy_forward(vm, args, "values")
}
fn mappingproxy_items(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    mappingproxy_forward(vm, args, "items")
}
fn mappingproxy_get(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    mappingproxy_forward(vm, args, "get")
}

fn mappingproxy_copy(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    mappingproxy_forward(vm, args, "copy")
}
/// `proxy | other`: a new dict (the proxied mapping's `|`).
fn mappingproxy_or(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let Payload::MappingProxy(d) = &args[0].payload else { unreachable!() };
    let d = d.clone();
    let other = match &args[1].payload {
        Payload::MappingProxy(o) => o.clone(),
        _ => args[1].clone(),
    };
    vm.binary_op(&d, &other, ferrython_bytecode::BinaryOp::Or)
}
fn mappingproxy_str(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let Payload::MappingProxy(d) = &args[0].payload else { unreachable!() };
    let d = d.clone();
    let s = vm.str_string(&d)?;
    Ok(vm.new_str(s))
}
fn mappingproxy_ror(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let Payload::MappingProxy(d) = &args[0].payload else { unreachable!() };
    let d = d.clone();
    vm.binary_op(&args[1], &d, ferrython_bytecode::BinaryOp::Or)
}
fn mappingproxy_reversed(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let Payload::MappingProxy(d) = &args[0].payload else { unreachable!() };
    let d = d.clone();
    let f = dict::get_str(vm, &vm.interp.builtins_dict.clone(), "reversed").expect("builtins.reversed");
    vm.call(&f, &[d], &[])
}
fn mappingproxy_eq(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let Payload::MappingProxy(d) = &args[0].payload else { unreachable!() };
    let d = d.clone();
    vm.rich_compare(&d, &args[1], ferrython_bytecode::CompareOp::Eq)
}

/// `types.MappingProxyType(mapping)`: a read-only view of a mapping.
fn mappingproxy_new(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let a = vm.bind_args("mappingproxy", &args[1..], kw, &["mapping"], 1)?;
    let m = a[0].clone().unwrap();
    let is_mapping = matches!(m.payload, Payload::Dict(_) | Payload::MappingProxy(_))
        || (!matches!(m.payload, Payload::List(_) | Payload::Tuple(_)) && vm.getattr_opt(&m, "keys")?.is_some() && vm.getattr_opt(&m, "__getitem__")?.is_some());
    if !is_mapping {
        return Err(vm.new_type_error(format!("mappingproxy() argument must be a mapping, not {}", typeobj::obj_type_name(&m))));
    }
    Ok(PyRef::new(&vm.interp.types.mappingproxy, Payload::MappingProxy(m)))
}

fn module_new(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let a = vm.bind_args("module", &args[1..], kw, &["name", "doc"], 1)?;
    let name = vm.expect_str(a[0].as_ref().unwrap(), "module.__init__() argument 'name'")?;
    let m = vm.new_module(&name);
    if !args[0].is(&vm.interp.types.module) {
        m.set_class(&args[0]);
    }
    if let Some(doc) = &a[1] {
        let d = vm.module_dict(&m);
        dict::set_str(vm, &d, "__doc__", doc.clone());
    }
    Ok(m)
}

fn module_dict_get(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(vm.module_dict(o))
}

fn module_init(vm: &mut Vm, _args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    Ok(vm.none())
}

pub fn init(vm: &mut Vm) {
    crate::objects::frame_object::init(vm);
    let interp = vm.interp;
    let t = &interp.types;
    vm.add_new(&t.int, int_new);
    vm.add_new(&t.bool_, bool_new);
    vm.add_new(&t.float, float_new);
    vm.add_new(&t.str, str_new);
    vm.add_new(&t.tuple, tuple_new);
    vm.add_new(&t.list, list_new);
    vm.add_method(&t.list, "__init__", list_init);
    vm.add_new(&t.dict, dict_new);
    vm.add_method(&t.dict, "__init__", dict_init);
    vm.add_new(&t.set, set_new);
    vm.add_method(&t.set, "__init__", set_init);
    vm.add_new(&t.frozenset, set_new);
    vm.add_new(&t.range, range_new);
    vm.add_new(&t.slice, slice_new);
    vm.add_getset(&t.slice, "start", slice_start, None);
    vm.add_getset(&t.slice, "stop", slice_stop, None);
    vm.add_getset(&t.slice, "step", slice_step, None);
    vm.add_method(&t.slice, "indices", slice_indices);
    let cmp: [(&'static str, crate::object::NativeFn); 6] =
        [("__eq__", slice_eq), ("__ne__", slice_ne), ("__lt__", slice_lt), ("__le__", slice_le), ("__gt__", slice_gt), ("__ge__", slice_ge)];
    for (n, f) in cmp {
        vm.add_method(&t.slice, n, f);
    }
    let none = vm.none();
    vm.add_attr(&t.slice, "__hash__", none);
    vm.add_new(&t.enumerate, enumerate_new);
    vm.add_new(&t.zip, zip_new);
    vm.add_new(&t.map, map_new);
    vm.add_new(&t.filter, filter_new);
    vm.add_new(&t.reversed, reversed_new);
    for it in [
        &t.list_iterator, &t.list_reverseiterator, &t.tuple_iterator, &t.str_iterator, &t.bytes_iterator, &t.range_iterator,
        &t.dict_keyiterator, &t.dict_valueiterator, &t.dict_itemiterator, &t.set_iterator, &t.seq_iterator, &t.callable_iterator,
        &t.enumerate, &t.zip, &t.map, &t.filter, &t.reversed,
    ] {
        vm.add_method(it, "__iter__", iter_self);
        vm.add_method(it, "__next__", iter_next_m);
    }
    vm.add_new(&t.property, property_new);
    vm.add_method(&t.property, "__init__", property_init);
    vm.add_method(&t.property, "getter", property_getter);
    vm.add_method(&t.property, "setter", property_setter);
    vm.add_method(&t.property, "deleter", property_deleter);
    vm.add_method(&t.property, "__get__", property_get);
    vm.add_method(&t.property, "__set__", property_set);
    vm.add_getset(&t.member_descriptor, "__name__", member_name, None);
    vm.add_getset(&t.member_descriptor, "__qualname__", member_qualname, None);
    vm.add_getset(&t.member_descriptor, "__objclass__", member_objclass, None);
    vm.add_getset(&t.member_descriptor, "__doc__", member_doc, None);
    vm.add_method(&t.member_descriptor, "__get__", member_get);
    vm.add_method(&t.member_descriptor, "__set__", member_set);
    vm.add_method(&t.member_descriptor, "__delete__", member_delete);
    vm.add_method(&t.property, "__delete__", property_delete);
    vm.add_method(&t.property, "__set_name__", property_set_name);
    vm.add_getset(&t.property, "fget", prop_fget, None);
    vm.add_getset(&t.property, "__isabstractmethod__", prop_isabstract, None);
    vm.add_getset(&t.property, "fset", prop_fset, None);
    vm.add_getset(&t.property, "fdel", prop_fdel, None);
    vm.add_getset(&t.property, "__doc__", prop_doc, None);
    vm.add_new(&t.classmethod, classmethod_new);
    vm.add_new(&t.staticmethod, staticmethod_new);
    for w in [&t.classmethod, &t.staticmethod] {
        vm.add_getset(w, "__func__", wrapped_func, None);
        vm.add_getset(w, "__isabstractmethod__", wrapped_isabstract, None);
        vm.add_method(w, "__get__", wrapper_get);
    }
    vm.add_method(&t.staticmethod, "__call__", staticmethod_call);
    vm.add_new(&t.super_, super_new);
    vm.add_method(&t.super_, "__getattribute__", super_getattribute);
    vm.add_method(&t.super_, "__get__", super_get);
    vm.add_getset(&t.super_, "__thisclass__", |vm, o| super_part(vm, o, 0), None);
    vm.add_getset(&t.super_, "__self__", |vm, o| super_part(vm, o, 1), None);
    vm.add_getset(&t.super_, "__self_class__", |vm, o| super_part(vm, o, 2), None);
    let f = &t.function;
    f.as_type().unwrap().flags.set(f.as_type().unwrap().flags.get() | tflags::HAS_DICT);
    vm.add_getset(f, "__name__", fn_name, Some(fn_set_name));
    vm.add_getset(f, "__qualname__", fn_qualname, Some(fn_set_qualname));
    vm.add_getset(f, "__doc__", fn_doc, Some(fn_set_doc));
    vm.add_getset(f, "__module__", fn_module, Some(fn_set_module));
    vm.add_getset(f, "__defaults__", fn_defaults, Some(fn_set_defaults));
    vm.add_getset(f, "__kwdefaults__", fn_kwdefaults, Some(fn_set_kwdefaults));
    vm.add_getset(f, "__code__", fn_code, None);
    vm.add_getset(f, "__globals__", fn_globals, None);
    vm.add_getset(f, "__closure__", fn_closure, None);
    vm.add_getset(f, "__annotations__", fn_annotations, Some(fn_set_annotations));
    vm.add_method(f, "__get__", fn_get);
    crate::objects::object_type::install_dict_getset(vm, f);
    vm.add_getset(&t.method, "__func__", method_func, None);
    vm.add_getset(&t.method, "__self__", method_self, None);
    vm.add_method(&t.method, "__getattribute__", method_getattribute);
    vm.add_method(&t.method, "__eq__", method_eq);
    vm.add_method(&t.method, "__hash__", method_hash);
    for c in [&t.function, &t.method, &t.builtin_function, &t.method_descriptor, &t.classmethod_descriptor] {
        vm.add_method(c, "__call__", call_self);
    }
    vm.add_new(&t.method, method_new);
    for b in [&t.builtin_function, &t.method_descriptor, &t.classmethod_descriptor] {
        vm.add_getset(b, "__name__", builtin_name, None);
        vm.add_getset(b, "__qualname__", builtin_qualname, None);
        vm.add_getset(b, "__self__", builtin_self, None);
        vm.add_getset(b, "__doc__", builtin_doc, None);
        vm.add_getset(b, "__module__", builtin_module, None);
    }
    for g in [&t.generator, &t.coroutine, &t.async_generator] {
        vm.add_method(g, "send", gen_send);
        vm.add_method(g, "throw", gen_throw);
        vm.add_method(g, "close", gen_close);
        vm.add_getset(g, "__name__", gen_name, None);
        vm.add_getset(g, "__qualname__", gen_qualname, None);
        vm.add_getset(g, "gi_running", gen_running, None);
        vm.add_getset(g, "gi_suspended", gen_suspended, None);
        vm.add_getset(g, "cr_suspended", gen_suspended, None);
        vm.add_getset(g, "ag_suspended", gen_suspended, None);
        vm.add_getset(g, "gi_frame", gen_frame, None);
        vm.add_getset(g, "cr_frame", gen_frame, None);
        vm.add_getset(g, "cr_running", gen_running, None);
        vm.add_getset(g, "gi_code", gen_code, None);
        vm.add_getset(g, "cr_code", gen_code, None);
    }
    vm.add_method(&t.generator, "__iter__", iter_self);
    vm.add_method(&t.generator, "__next__", gen_next);
    vm.add_method(&t.coroutine, "__await__", coro_await);
    vm.add_getset(&t.cell, "cell_contents", cell_contents, None);
    vm.add_getset(&t.code, "co_name", code_name, None);
    vm.add_getset(&t.code, "co_qualname", code_qualname, None);
    vm.add_getset(&t.code, "co_filename", code_filename, None);
    vm.add_getset(&t.code, "co_firstlineno", code_firstlineno, None);
    vm.add_getset(&t.code, "co_argcount", code_argcount, None);
    vm.add_getset(&t.code, "co_kwonlyargcount", code_kwonlyargcount, None);
    vm.add_getset(&t.code, "co_posonlyargcount", code_posonlyargcount, None);
    vm.add_getset(&t.code, "co_nlocals", code_nlocals, None);
    vm.add_getset(&t.code, "co_cellvars", code_cellvars, None);
    vm.add_getset(&t.code, "co_freevars", code_freevars, None);
    vm.add_getset(&t.code, "co_names", code_names, None);
    vm.add_getset(&t.code, "co_flags", code_flags, None);
    vm.add_getset(&t.code, "co_varnames", code_varnames, None);
    vm.add_getset(&t.code, "co_consts", code_consts, None);
    vm.add_method(&t.mappingproxy, "__getitem__", mappingproxy_getitem);
    for ty in [&t.none_type, &t.not_implemented_type, &t.ellipsis_type] {
        vm.add_new(ty, singleton_new);
    }
    vm.add_method(&t.mappingproxy, "__len__", mappingproxy_len);
    vm.add_method(&t.mappingproxy, "__iter__", mappingproxy_iter);
    vm.add_method(&t.mappingproxy, "__contains__", mappingproxy_contains);
    vm.add_method(&t.mappingproxy, "keys", mappingproxy_keys);
    vm.add_method(&t.mappingproxy, "values", mappingproxy_values);
    vm.add_method(&t.mappingproxy, "items", mappingproxy_items);
    vm.add_method(&t.mappingproxy, "get", mappingproxy_get);
    vm.add_method(&t.mappingproxy, "copy", mappingproxy_copy);
    vm.add_method(&t.mappingproxy, "__or__", mappingproxy_or);
    vm.add_method(&t.mappingproxy, "__str__", mappingproxy_str);
    vm.add_method(&t.mappingproxy, "__ror__", mappingproxy_ror);
    vm.add_method(&t.mappingproxy, "__reversed__", mappingproxy_reversed);
    vm.add_method(&t.mappingproxy, "__eq__", mappingproxy_eq);
    vm.add_new(&t.mappingproxy, mappingproxy_new);
    vm.add_new(&t.module, module_new);
    vm.add_method(&t.module, "__init__", module_init);
    vm.add_getset(&t.module, "__dict__", module_dict_get, None);
    let _ = Layout::Object;
}
