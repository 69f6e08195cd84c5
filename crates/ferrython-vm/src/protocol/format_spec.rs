//! Bridge from objects to the `ferrython-format` crate's spec formatting.
//! Interim: until that crate's API lands, a minimal subset (width, alignment, fill,
//! precision for floats, `d`/`x`/`o`/`b`/`f`/`e`/`%`, grouping) is done here.

use crate::object::{Payload, PyRef};
use crate::objects::typeobj;
use crate::{PyResult, Vm};

struct Spec {
    fill: char,
    align: Option<char>,
    sign: char,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse(vm: &Vm, s: &str) -> PyResult<Spec> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec { fill: ' ', align: None, sign: '-', alt: false, zero: false, width: 0, grouping: None, precision: None, ty: None };
    if chars.len() >= 2 && "<>=^".contains(chars[1]) {
        sp.fill = chars[0];
        sp.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && "<>=^".contains(chars[0]) {
        sp.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && "+- ".contains(chars[i]) {
        sp.sign = chars[i];
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let st = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > st {
        sp.width = digits_value(vm, &chars[st..i])?;
    }
    if i < chars.len() && (chars[i] == ',' || chars[i] == '_') {
        sp.grouping = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let st = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == st {
            return Err(vm.new_value_error("Format specifier missing precision"));
        }
        sp.precision = Some(digits_value(vm, &chars[st..i])?);
    }
    if i < chars.len() {
        sp.ty = Some(chars[i]);
        i += 1;
    }
    if i != chars.len() {
        return Err(vm.new_value_error("Invalid format specifier"));
    }
    // The padding is allocated: a huge width is a MemoryError, not an abort.
    vm.check_alloc(sp.width.saturating_mul(sp.fill.len_utf8()))?;
    Ok(sp)
}

/// A width or precision: CPython rejects values past Py_ssize_t.
fn digits_value(vm: &Vm, digits: &[char]) -> PyResult<usize> {
    match digits.iter().collect::<String>().parse::<i64>() {
        Ok(v) => Ok(v as usize),
        Err(_) => Err(vm.new_value_error("Too many decimal digits in format string")),
    }
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let bytes: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    for (k, c) in bytes.iter().enumerate() {
        if k > 0 && (bytes.len() - k) % every == 0 {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

fn pad(sp: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let len = sign.chars().count() + body.chars().count();
    if len >= sp.width {
        return format!("{sign}{body}");
    }
    let n = sp.width - len;
    let (fill, align) = if sp.zero && sp.align.is_none() { ('0', '=') } else { (sp.fill, sp.align.unwrap_or(default_align)) };
    let f = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{sign}{body}{}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        '=' => format!("{sign}{}{body}", f(n)),
        _ => format!("{}{sign}{body}", f(n)),
    }
}

pub fn apply(vm: &mut Vm, o: &PyRef, spec: &str) -> PyResult<String> {
    let sp = parse(vm, spec)?;
    let tname = typeobj::obj_type_name(o);
    match &o.payload {
        Payload::Str(s) => {
            if let Some(t) = sp.ty {
                if t != 's' {
                    return Err(vm.new_value_error(format!("Unknown format code '{t}' for object of type 'str'")));
                }
            }
            let body: String = match sp.precision {
                Some(p) => s.as_str().chars().take(p).collect(),
                None => s.as_str().to_string(),
            };
            Ok(pad(&sp, "", &body, '<'))
        }
        Payload::Int(_) | Payload::BigInt(_) if !matches!(sp.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => {
            let v = crate::objects::int::to_bigint(o).unwrap();
            let neg = v.sign() == num_bigint::Sign::Minus;
            let mag = if neg { -v } else { v };
            let (digits, prefix, every) = match sp.ty {
                None | Some('d') | Some('n') => (mag.to_str_radix(10), "", 3),
                Some('x') => (mag.to_str_radix(16), "0x", 4),
                Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X", 4),
                Some('o') => (mag.to_str_radix(8), "0o", 4),
                Some('b') => (mag.to_str_radix(2), "0b", 4),
                Some('c') => {
                    let c = num_traits::ToPrimitive::to_u32(&mag).and_then(char::from_u32).unwrap_or('\u{fffd}');
                    return Ok(pad(&sp, "", &c.to_string(), '<'));
                }
                Some(t) => return Err(vm.new_value_error(format!("Unknown format code '{t}' for object of type '{tname}'"))),
            };
            if sp.precision.is_some() {
                return Err(vm.new_value_error("Precision not allowed in integer format specifier"));
            }
            let digits = match sp.grouping {
                Some(g) => group(&digits, g, every),
                None => digits,
            };
            let sign = if neg { "-" } else if sp.sign == '+' { "+" } else if sp.sign == ' ' { " " } else { "" };
            let prefix = if sp.alt { prefix } else { "" };
            Ok(pad(&sp, &format!("{sign}{prefix}"), &digits, '>'))
        }
        Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_) => {
            let x = crate::objects::float::as_f64(vm, o)?.unwrap_or(0.0);
            let neg = x.is_sign_negative() && !(x == 0.0 && false);
            let a = x.abs();
            let prec = sp.precision.unwrap_or(6);
            let upper = matches!(sp.ty, Some('F') | Some('E') | Some('G'));
            let body = match sp.ty {
                // inf and nan: no digits to format (upper-case for F/E/G, '%' appended).
                _ if !x.is_finite() => {
                    let t = if x.is_nan() { "nan" } else { "inf" };
                    let t = if upper { t.to_uppercase() } else { t.to_string() };
                    if sp.ty == Some('%') { format!("{t}%") } else { t }
                }
                Some('f') | Some('F') => format!("{a:.prec$}"),
                Some('e') | Some('E') => {
                    let s = format!("{a:.prec$e}");
                    let (m, e) = s.split_once('e').unwrap();
                    let e: i32 = e.parse().unwrap();
                    let r = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
                    if sp.ty == Some('E') { r.to_uppercase() } else { r }
                }
                Some('%') => format!("{:.prec$}%", a * 100.0),
                None if sp.precision.is_none() => crate::objects::float::float_repr(a),
                Some('g') | Some('G') | None => {
                    let p = if prec == 0 { 1 } else { prec };
                    let s = format!("{a:.*e}", p - 1);
                    let (_, e) = s.split_once('e').unwrap();
                    let e: i32 = e.parse().unwrap();
                    if e < -4 || e >= p as i32 {
                        let (m, _) = s.split_once('e').unwrap();
                        let m = if m.contains('.') && !sp.alt { m.trim_end_matches('0').trim_end_matches('.').to_string() } else { m.to_string() };
                        format!("{m}{}{}{:02}", if sp.ty == Some('G') { 'E' } else { 'e' }, if e < 0 { '-' } else { '+' }, e.abs())
                    } else {
                        let d = (p as i32 - 1 - e).max(0) as usize;
                        let f = format!("{a:.d$}");
                        let f = if f.contains('.') && !sp.alt { f.trim_end_matches('0').trim_end_matches('.').to_string() } else { f };
                        // No type: like 'g', but fixed-point keeps a digit after the point.
                        if sp.ty.is_none() && !f.contains('.') { format!("{f}.0") } else { f }
                    }
                }
                Some(t) => return Err(vm.new_value_error(format!("Unknown format code '{t}' for object of type '{tname}'"))),
            };

            let body = match sp.grouping {
                Some(g) => {
                    let (ip, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                        Some(k) => body.split_at(k),
                        None => (body.as_str(), ""),
                    };
                    format!("{}{rest}", group(ip, g, 3))
                }
                None => body,
            };
            let sign = if neg && !x.is_nan() { "-" } else if sp.sign == '+' { "+" } else if sp.sign == ' ' { " " } else { "" };
            Ok(pad(&sp, sign, &body, '>'))
        }
        _ => Err(vm.new_type_error(format!("unsupported format string passed to {tname}.__format__"))),
    }
}
