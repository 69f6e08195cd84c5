//! printf-style `%` formatting of str: `"%-5s|%05.1f" % (a, b)`, `"%(k)s" % d`.
//! Numeric conversions are delegated to the format-spec code.
//! CPython: Objects/unicodeobject.c (PyUnicode_Format).

use crate::object::{Payload, PyRef};
use crate::objects::typeobj;
use crate::{PyResult, Vm};

pub fn format_str(vm: &mut Vm, fmt: &str, arg: &PyRef) -> PyResult<String> {
    let is_tuple = matches!(arg.payload, Payload::Tuple(_));
    let is_mapping = !is_tuple
        && !matches!(arg.payload, Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_))
        && (matches!(arg.payload, Payload::Dict(_)) || (vm.getattr_opt(arg, "__getitem__")?.is_some() && !matches!(arg.payload, Payload::List(_) | Payload::Range(_))));
    let items = match &arg.payload {
        Payload::Tuple(t) => t.to_vec(),
        _ => vec![arg.clone()],
    };
    let map = if is_mapping { Some(arg.clone()) } else { None };
    let cs: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut next = 0usize;
    let mut used_map = false;
    let mut i = 0;
    while i < cs.len() {
        if cs[i] != '%' {
            out.push(cs[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if i >= cs.len() {
            return Err(vm.new_value_error("incomplete format"));
        }
        // Mapping key.
        let mut value: Option<PyRef> = None;
        if cs[i] == '(' {
            let Some(m) = &map else { return Err(vm.new_type_error("format requires a mapping")) };
            let mut depth = 1;
            let mut j = i + 1;
            while j < cs.len() && depth > 0 {
                if cs[j] == '(' {
                    depth += 1;
                } else if cs[j] == ')' {
                    depth -= 1;
                }
                j += 1;
            }
            if depth > 0 {
                return Err(vm.new_value_error("incomplete format key"));
            }
            let key: String = cs[i + 1..j - 1].iter().collect();
            let k = vm.new_str(key);
            value = Some(vm.getitem(m, &k)?);
            used_map = true;
            i = j;
        }
        // Flags.
        let (mut left, mut plus, mut space, mut alt, mut zero) = (false, false, false, false, false);
        while i < cs.len() {
            match cs[i] {
                '-' => left = true,
                '+' => plus = true,
                ' ' => space = true,
                '#' => alt = true,
                '0' => zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut take_arg = |vm: &mut Vm| -> PyResult<PyRef> {
            if map.is_some() && !is_tuple {
                return Ok(arg.clone());
            }
            match items.get(next) {
                Some(v) => {
                    next += 1;
                    Ok(v.clone())
                }
                None => Err(vm.new_type_error("not enough arguments for format string")),
            }
        };
        // Width.
        let mut width: Option<usize> = None;
        if i < cs.len() && cs[i] == '*' {
            let w = take_arg(vm)?;
            let Payload::Int(n) = w.payload else { return Err(vm.new_type_error("* wants int")) };
            if n < 0 {
                left = true;
            }
            width = Some(n.unsigned_abs() as usize);
            i += 1;
        } else {
            let mut w = String::new();
            while i < cs.len() && cs[i].is_ascii_digit() {
                w.push(cs[i]);
                i += 1;
            }
            if !w.is_empty() {
                match w.parse() {
                    Ok(v) => width = Some(v),
                    Err(_) => return Err(vm.new_value_error("width too big")),
                }
            }
        }
        // Precision.
        let mut prec: Option<usize> = None;
        if i < cs.len() && cs[i] == '.' {
            i += 1;
            if i < cs.len() && cs[i] == '*' {
                let p = take_arg(vm)?;
                let Payload::Int(n) = p.payload else { return Err(vm.new_type_error("* wants int")) };
                prec = Some(n.max(0) as usize);
                i += 1;
            } else {
                let mut p = String::new();
                while i < cs.len() && cs[i].is_ascii_digit() {
                    p.push(cs[i]);
                    i += 1;
                }
                prec = Some(p.parse().unwrap_or(0));
            }
        }
        // Length modifiers are accepted and ignored.
        while i < cs.len() && matches!(cs[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= cs.len() {
            return Err(vm.new_value_error("incomplete format"));
        }
        let conv = cs[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = match value.take() {
            Some(v) => v,
            None => take_arg(vm)?,
        };
        let body = match conv {
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => vm.str_string(&v)?,
                    'r' => vm.repr_str(&v)?,
                    _ => crate::objects::str_methods::ascii_escape(&vm.repr_str(&v)?),
                };
                match prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                }
            }
            'c' => match &v.payload {
                Payload::Int(n) => match char::from_u32(*n as u32).filter(|_| *n >= 0) {
                    Some(c) => c.to_string(),
                    None => return Err(vm.new_overflow_error("%c arg not in range(0x110000)")),
                },
                Payload::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                _ => return Err(vm.new_type_error(format!("%c requires int or char, not {}", typeobj::obj_type_name(&v)))),
            },
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                numeric(vm, &v, conv, plus, space, alt, prec)?
            }
            other => {
                return Err(vm.new_value_error(format!(
                    "unsupported format character '{other}' ({:#x}) at index {}",
                    other as u32,
                    i - 1
                )))
            }
        };
        let _ = start;
        let n = body.chars().count();
        match width {
            Some(w) if w > n => {
                vm.check_alloc(w)?;
                let pad = w - n;
                if left {
                    out.push_str(&body);
                    out.push_str(&" ".repeat(pad));
                } else if zero && conv != 's' && conv != 'r' && conv != 'a' && conv != 'c' {
                    // Zero padding goes after the sign and 0x prefix.
                    let (sign, rest) = split_sign_prefix(&body);
                    out.push_str(sign);
                    out.push_str(&"0".repeat(pad));
                    out.push_str(rest);
                } else {
                    out.push_str(&" ".repeat(pad));
                    out.push_str(&body);
                }
            }
            _ => out.push_str(&body),
        }
    }
    let is_seq_arg = !used_map && (is_tuple || map.is_none());
    if is_seq_arg && next < items.len() {
        return Err(vm.new_type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

fn split_sign_prefix(s: &str) -> (&str, &str) {
    let mut n = 0;
    if s.starts_with(['-', '+', ' ']) {
        n = 1;
    }
    let rest = &s[n..];
    if rest.starts_with("0x") || rest.starts_with("0X") || rest.starts_with("0o") {
        n += 2;
    }
    (&s[..n], &s[n..])
}

fn numeric(vm: &mut Vm, v: &PyRef, conv: char, plus: bool, space: bool, alt: bool, prec: Option<usize>) -> PyResult<String> {
    let is_int = matches!(v.payload, Payload::Int(_) | Payload::BigInt(_));
    let is_float = matches!(v.payload, Payload::Float(_));
    let sign = if plus { "+" } else if space { " " } else { "" };
    match conv {
        'd' | 'i' | 'u' => {
            let iv = if is_int {
                v.clone()
            } else if is_float || vm.lookup_special(v, "__int__")?.is_some() {
                let int_t = vm.interp.types.int.clone();
                vm.call(&int_t, &[v.clone()], &[])?
            } else {
                return Err(vm.new_type_error(format!(
                    "%{conv} format: a real number is required, not {}",
                    typeobj::obj_type_name(v)
                )));
            };
            // The int value itself, never a subclass's __str__ (True formats as 1).
            let mut s = match &iv.payload {
                Payload::Int(i) => i.to_string(),
                Payload::BigInt(b) => b.to_string(),
                _ => vm.str_string(&iv)?,
            };
            if let Some(p) = prec {
                let neg = s.starts_with('-');
                let digits = s.trim_start_matches('-').to_string();
                if digits.len() < p {
                    s = format!("{}{}{digits}", if neg { "-" } else { "" }, "0".repeat(p - digits.len()));
                }
            }
            if !s.starts_with('-') {
                s = format!("{sign}{s}");
            }
            Ok(s)
        }
        'o' | 'x' | 'X' => {
            if !is_int && vm.lookup_special(v, "__index__")?.is_none() {
                return Err(vm.new_type_error(format!(
                    "%{conv} format: an integer is required, not {}",
                    typeobj::obj_type_name(v)
                )));
            }
            let spec = format!("{sign}{}{conv}", if alt { "#" } else { "" });
            let spec = vm.new_str(spec);
            let r = vm.format(v, &spec)?;
            let mut s = vm.str_string(&r)?;
            if let Some(p) = prec {
                let (pre, digits) = split_sign_prefix(&s);
                if digits.len() < p {
                    s = format!("{pre}{}{digits}", "0".repeat(p - digits.len()));
                }
            }
            Ok(s)
        }
        _ => {
            let fv = if is_float || is_int {
                v.clone()
            } else if vm.lookup_special(v, "__float__")?.is_some() {
                let ft = vm.interp.types.float.clone();
                vm.call(&ft, &[v.clone()], &[])?
            } else {
                return Err(vm.new_type_error(format!("must be real number, not {}", typeobj::obj_type_name(v))));
            };
            let fv = if is_int {
                let ft = vm.interp.types.float.clone();
                vm.call(&ft, &[fv], &[])?
            } else {
                fv
            };
            let p = prec.unwrap_or(6);
            let spec = format!("{sign}{}.{p}{conv}", if alt { "#" } else { "" });
            let spec = vm.new_str(spec);
            let r = vm.format(&fv, &spec)?;
            vm.str_string(&r)
        }
    }
}
