//! `bytes` and `bytearray`: constructors, methods and operators.
//! CPython: Objects/bytesobject.c, Objects/bytearrayobject.c, Objects/bytes_methods.c.
//! Methods shared by both types work on a copy of the bytes and return the type of
//! `self` (bytes -> bytes, bytearray -> bytearray).

use crate::args::positional;
use crate::object::{Payload, PyRef};
use crate::objects::typeobj;
use crate::{PyResult, Vm};
use ferrython_bytecode::CompareOp;
use std::cell::RefCell;

/// The bytes of a bytes-like object.
pub fn bytes_of(o: &PyRef) -> Option<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        _ => None,
    }
}

fn this(a: &[PyRef]) -> Vec<u8> {
    bytes_of(&a[0]).unwrap_or_default()
}

fn is_bytearray(o: &PyRef) -> bool {
    matches!(o.payload, Payload::ByteArray(_))
}

/// A result of the same kind as `like`.
fn make(vm: &mut Vm, like: &PyRef, b: Vec<u8>) -> PyRef {
    if is_bytearray(like) {
        PyRef::new(&vm.interp.types.bytearray, Payload::ByteArray(RefCell::new(b)))
    } else {
        vm.new_bytes(b)
    }
}

fn arg_bytes(vm: &mut Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    match bytes_of(o) {
        Some(b) => Ok(b),
        None => Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", typeobj::obj_type_name(o)))),
    }
}

/// A byte value argument for `in`, count, find...: an int in range or bytes.
fn needle(vm: &mut Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    if let Payload::Int(v) = o.payload {
        if !(0..256).contains(&v) {
            return Err(vm.new_value_error("byte must be in range(0, 256)"));
        }
        return Ok(vec![v as u8]);
    }
    arg_bytes(vm, o)
}

fn find_sub(hay: &[u8], sub: &[u8], start: usize, end: usize, rev: bool) -> Option<usize> {
    if start > end || end > hay.len() || sub.len() > end - start {
        return None;
    }
    let last = end - sub.len();
    if rev {
        (start..=last).rev().find(|&i| &hay[i..i + sub.len()] == sub)
    } else {
        (start..=last).find(|&i| &hay[i..i + sub.len()] == sub)
    }
}

fn span(vm: &mut Vm, len: usize, s: Option<&PyRef>, e: Option<&PyRef>) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let mut conv = |o: Option<&PyRef>, d: i64| -> PyResult<i64> {
        match o {
            None => Ok(d),
            Some(x) if matches!(x.payload, Payload::None) => Ok(d),
            Some(x) => vm.index_value(x),
        }
    };
    let fix = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let a = fix(conv(s, 0)?);
    let b = fix(conv(e, n)?);
    Ok((a as usize, b as usize))
}

fn find_common(vm: &mut Vm, a: &[PyRef], rev: bool) -> PyResult<Option<usize>> {
    if a.len() < 2 {
        return Err(vm.new_type_error("find() takes at least 1 argument (0 given)"));
    }
    let hay = this(a);
    let sub = needle(vm, &a[1])?;
    let (s, e) = span(vm, hay.len(), a.get(2), a.get(3))?;
    Ok(find_sub(&hay, &sub, s, e, rev))
}

fn b_find(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let r = find_common(vm, a, false)?;
    Ok(vm.new_int(r.map(|x| x as i64).unwrap_or(-1)))
}
fn b_rfind(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let r = find_common(vm, a, true)?;
    Ok(vm.new_int(r.map(|x| x as i64).unwrap_or(-1)))
}
fn b_index(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    match find_common(vm, a, false)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.new_value_error("subsection not found")),
    }
}
fn b_rindex(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    match find_common(vm, a, true)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.new_value_error("subsection not found")),
    }
}

fn b_count(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let hay = this(a);
    let sub = needle(vm, &a[1])?;
    let (s, e) = span(vm, hay.len(), a.get(2), a.get(3))?;
    if sub.is_empty() {
        return Ok(vm.new_int((e.saturating_sub(s) + 1) as i64));
    }
    let (mut n, mut i) = (0, s);
    while i + sub.len() <= e {
        if hay[i..i + sub.len()] == sub[..] {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn affix(vm: &mut Vm, a: &[PyRef], name: &str, end: bool) -> PyResult {
    let hay = this(a);
    let (s, e) = span(vm, hay.len(), a.get(2), a.get(3))?;
    let cands: Vec<PyRef> = match &a[1].payload {
        Payload::Tuple(t) => t.to_vec(),
        _ => vec![a[1].clone()],
    };
    for c in cands {
        let Some(p) = bytes_of(&c) else {
            return Err(vm.new_type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                typeobj::obj_type_name(&c)
            )));
        };
        if s <= e && e <= hay.len() {
            let w = &hay[s..e];
            if (end && w.ends_with(&p)) || (!end && w.starts_with(&p)) {
                return Ok(vm.new_bool(true));
            }
        }
    }
    Ok(vm.new_bool(false))
}

fn b_startswith(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    affix(vm, a, "startswith", false)
}
fn b_endswith(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    affix(vm, a, "endswith", true)
}

fn strip_common(vm: &mut Vm, a: &[PyRef], left: bool, right: bool) -> PyResult {
    let b = this(a);
    let set: Option<Vec<u8>> = match a.get(1) {
        Some(x) if !matches!(x.payload, Payload::None) => Some(arg_bytes(vm, x)?),
        _ => None,
    };
    let strip = |c: &u8| match &set {
        Some(s) => s.contains(c),
        None => c.is_ascii_whitespace() || *c == 0x0b,
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && strip(&b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(&b[e - 1]) {
            e -= 1;
        }
    }
    Ok(make(vm, &a[0], b[s..e].to_vec()))
}

fn b_strip(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    strip_common(vm, a, true, true)
}
fn b_lstrip(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    strip_common(vm, a, true, false)
}
fn b_rstrip(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    strip_common(vm, a, false, true)
}

fn split_common(vm: &mut Vm, a: &[PyRef], k: &[PyRef], rev: bool) -> PyResult {
    let p = vm.bind_args(if rev { "rsplit" } else { "split" }, &a[1..], k, &["sep", "maxsplit"], 0)?;
    let b = this(a);
    let maxsplit = match &p[1] {
        Some(m) => vm.index_value(m)?,
        None => -1,
    };
    let sep = match &p[0] {
        Some(s) if !matches!(s.payload, Payload::None) => Some(arg_bytes(vm, s)?),
        _ => None,
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        Some(sep) => {
            if sep.is_empty() {
                return Err(vm.new_value_error("empty separator"));
            }
            let mut rest = b.clone();
            loop {
                if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                    break;
                }
                let pos = find_sub(&rest, &sep, 0, rest.len(), rev);
                match pos {
                    Some(i) => {
                        if rev {
                            parts.push(rest[i + sep.len()..].to_vec());
                            rest.truncate(i);
                        } else {
                            parts.push(rest[..i].to_vec());
                            rest = rest[i + sep.len()..].to_vec();
                        }
                    }
                    None => break,
                }
            }
            parts.push(rest);
            if rev {
                parts.reverse();
            }
        }
        None => {
            let words: Vec<&[u8]> = b.split(|c| c.is_ascii_whitespace() || *c == 0x0b).filter(|w| !w.is_empty()).collect();
            if maxsplit < 0 || words.len() as i64 <= maxsplit {
                parts = words.iter().map(|w| w.to_vec()).collect();
            } else if !rev {
                // Keep the remainder (with its inner whitespace) as the last part.
                let mut count = 0;
                let mut i = 0;
                while count < maxsplit {
                    while i < b.len() && b[i].is_ascii_whitespace() {
                        i += 1;
                    }
                    let st = i;
                    while i < b.len() && !b[i].is_ascii_whitespace() {
                        i += 1;
                    }
                    parts.push(b[st..i].to_vec());
                    count += 1;
                }
                while i < b.len() && b[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i < b.len() {
                    let mut e = b.len();
                    while e > i && b[e - 1].is_ascii_whitespace() {
                        e -= 1;
                    }
                    parts.push(b[i..e].to_vec());
                }
            } else {
                let mut count = 0;
                let mut e = b.len();
                let mut rparts = Vec::new();
                while count < maxsplit {
                    while e > 0 && b[e - 1].is_ascii_whitespace() {
                        e -= 1;
                    }
                    let en = e;
                    while e > 0 && !b[e - 1].is_ascii_whitespace() {
                        e -= 1;
                    }
                    rparts.push(b[e..en].to_vec());
                    count += 1;
                }
                while e > 0 && b[e - 1].is_ascii_whitespace() {
                    e -= 1;
                }
                if e > 0 {
                    let mut s = 0;
                    while s < e && b[s].is_ascii_whitespace() {
                        s += 1;
                    }
                    rparts.push(b[s..e].to_vec());
                }
                rparts.reverse();
                parts = rparts;
            }
        }
    }
    let items = parts.into_iter().map(|p| make(vm, &a[0], p)).collect();
    Ok(vm.new_list(items))
}

fn b_split(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    split_common(vm, a, k, false)
}
fn b_rsplit(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    split_common(vm, a, k, true)
}

fn b_join(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let sep = this(a);
    let items = vm.collect_iterable(&a[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(b) = bytes_of(it) else {
            return Err(vm.new_type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                typeobj::obj_type_name(it)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(b);
    }
    Ok(make(vm, &a[0], out))
}

fn b_replace(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    if a.len() < 3 {
        return Err(vm.new_type_error(format!("replace expected at least 2 arguments, got {}", a.len() - 1)));
    }
    let b = this(a);
    let old = arg_bytes(vm, &a[1])?;
    let new = arg_bytes(vm, &a[2])?;
    let mut count = match a.get(3) {
        Some(c) => vm.index_value(c)?,
        None => -1,
    };
    let mut out = Vec::new();
    let mut i = 0;
    if old.is_empty() {
        for &c in &b {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(c);
        }
        if count != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(make(vm, &a[0], out));
    }
    while i < b.len() {
        if count != 0 && b[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            count -= 1;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Ok(make(vm, &a[0], out))
}

fn map_bytes(vm: &mut Vm, a: &[PyRef], f: fn(&[u8]) -> Vec<u8>) -> PyResult {
    let b = this(a);
    let r = f(&b);
    Ok(make(vm, &a[0], r))
}

fn b_upper(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    map_bytes(vm, a, |b| b.to_ascii_uppercase())
}
fn b_lower(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    map_bytes(vm, a, |b| b.to_ascii_lowercase())
}
fn b_swapcase(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    map_bytes(vm, a, |b| {
        b.iter()
            .map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() })
            .collect()
    })
}
fn b_capitalize(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    map_bytes(vm, a, |b| {
        b.iter().enumerate().map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()
    })
}
fn b_title(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    map_bytes(vm, a, |b| {
        let mut prev = false;
        b.iter()
            .map(|c| {
                let r = if prev { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred(vm: &mut Vm, a: &[PyRef], f: fn(&[u8]) -> bool) -> PyResult {
    let b = this(a);
    Ok(vm.new_bool(f(&b)))
}
fn b_isalpha(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    pred(vm, a, |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic))
}
fn b_isdigit(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    pred(vm, a, |b| !b.is_empty() && b.iter().all(u8::is_ascii_digit))
}
fn b_isalnum(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    pred(vm, a, |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric))
}
fn b_isspace(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    pred(vm, a, |b| !b.is_empty() && b.iter().all(|c| c.is_ascii_whitespace() || *c == 0x0b))
}
fn b_islower(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    pred(vm, a, |b| b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase))
}
fn b_isupper(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    pred(vm, a, |b| b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase))
}
fn b_isascii(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    pred(vm, a, |b| b.is_ascii())
}

fn b_decode(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let p = vm.bind_args("decode", &a[1..], k, &["encoding", "errors"], 0)?;
    let enc = match &p[0] {
        Some(e) => vm.expect_str(e, "decode() argument 'encoding'")?.to_lowercase().replace('_', "-"),
        None => "utf-8".into(),
    };
    let errors = match &p[1] {
        Some(e) => vm.expect_str(e, "decode() argument 'errors'")?,
        None => "strict".into(),
    };
    let b = this(a);
    let s = match enc.as_str() {
        "utf-8" | "utf8" => match String::from_utf8(b.clone()) {
            Ok(s) => s,
            Err(e) => match errors.as_str() {
                "replace" => String::from_utf8_lossy(&b).into_owned(),
                "ignore" => {
                    let lossy = String::from_utf8_lossy(&b).into_owned();
                    lossy.replace('\u{fffd}', "")
                }
                _ => {
                    let pos = e.utf8_error().valid_up_to();
                    let bad = b[pos];
                    let reason = if bad >= 0x80 && bad < 0xc0 || bad >= 0xf8 { "invalid start byte" } else { "unexpected end of data" };
                    let reason = match e.utf8_error().error_len() {
                        Some(_) if bad >= 0xc0 && bad < 0xf8 => "invalid continuation byte",
                        _ => reason,
                    };
                    return Err(vm.new_exception_msg(
                        &vm.interp.exc.unicode_decode_error.clone(),
                        format!("'utf-8' codec can't decode byte {bad:#04x} in position {pos}: {reason}"),
                    ));
                }
            },
        },
        "ascii" => {
            if let Some(pos) = b.iter().position(|c| *c >= 128) {
                if errors == "strict" {
                    return Err(vm.new_exception_msg(
                        &vm.interp.exc.unicode_decode_error.clone(),
                        format!("'ascii' codec can't decode byte {:#04x} in position {pos}: ordinal not in range(128)", b[pos]),
                    ));
                }
            }
            b.iter().filter_map(|&c| if c < 128 { Some(c as char) } else if errors == "replace" { Some('\u{fffd}') } else { None }).collect()
        }
        "latin-1" | "latin1" | "iso-8859-1" => b.iter().map(|&c| c as char).collect(),
        other => return Err(vm.new_exception_msg(&vm.interp.exc.lookup_error.clone(), format!("unknown encoding: {other}"))),
    };
    Ok(vm.new_str(s))
}

/// `bytes.hex(sep=None, bytes_per_sep=1)`: groups of `bytes_per_sep` bytes counted
/// from the right (from the left when negative), joined by the one-character `sep`.
fn b_hex(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let pos = positional(a, k);
    let b = this(a);
    let mut sep = pos.get(1).cloned();
    let mut per = pos.get(2).cloned();
    if pos.len() > 3 {
        return Err(vm.new_type_error(format!("hex() takes at most 2 arguments ({} given)", pos.len() - 1)));
    }
    for (name, v) in crate::args::keywords(a, k) {
        match name {
            "sep" => sep = Some(v.clone()),
            "bytes_per_sep" => per = Some(v.clone()),
            _ => return Err(vm.new_type_error(format!("hex() got an unexpected keyword argument '{name}'"))),
        }
    }
    let hexes: Vec<String> = b.iter().map(|c| format!("{c:02x}")).collect();
    let sep = match sep {
        None => return Ok(vm.new_str(hexes.concat())),
        Some(s) if matches!(s.payload, Payload::None) => return Ok(vm.new_str(hexes.concat())),
        Some(s) => match (&s.payload, s.as_str()) {
            (_, Some(t)) => {
                let t = t.as_str().to_string();
                if t.chars().count() != 1 {
                    return Err(vm.new_value_error("sep must be length 1."));
                }
                if !t.is_ascii() {
                    return Err(vm.new_value_error("sep must be ASCII."));
                }
                t
            }
            (Payload::Bytes(x), _) => {
                if x.len() != 1 {
                    return Err(vm.new_value_error("sep must be length 1."));
                }
                if !x[0].is_ascii() {
                    return Err(vm.new_value_error("sep must be ASCII."));
                }
                (x[0] as char).to_string()
            }
            _ => return Err(vm.new_type_error("sep must be str or bytes.")),
        },
    };
    let per = match per {
        Some(p) => vm.index_value(&p)?,
        None => 1,
    };
    if per == 0 || hexes.is_empty() {
        return Ok(vm.new_str(hexes.concat()));
    }
    let n = per.unsigned_abs() as usize;
    let len = hexes.len();
    let mut out = String::with_capacity(len * 3);
    for (i, h) in hexes.iter().enumerate() {
        // A separator goes before byte i when a group boundary falls there.
        let boundary = if per > 0 { (len - i) % n == 0 } else { i % n == 0 };
        if i > 0 && boundary {
            out.push_str(&sep);
        }
        out.push_str(h);
    }
    Ok(vm.new_str(out))
}

/// `bytes.maketrans(frm, to)` (static): the 256-byte table mapping frm's bytes to to's.
fn b_maketrans(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("maketrans", a, k, 2)?;
    let frm = arg_bytes(vm, &a[0])?;
    let to = arg_bytes(vm, &a[1])?;
    if frm.len() != to.len() {
        return Err(vm.new_value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in frm.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(vm.new_bytes(table))
}

/// `bytes.translate(table, /, delete=b'')`: table None keeps every byte.
fn b_translate(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let pos = positional(a, k);
    let mut delete = pos.get(2).cloned();
    for (name, v) in crate::args::keywords(a, k) {
        match name {
            "delete" => delete = Some(v.clone()),
            _ => return Err(vm.new_type_error(format!("translate() got an unexpected keyword argument '{name}'"))),
        }
    }
    if pos.len() < 2 {
        return Err(vm.new_type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    let table = if matches!(pos[1].payload, Payload::None) {
        None
    } else {
        let t = arg_bytes(vm, &pos[1])?;
        if t.len() != 256 {
            return Err(vm.new_value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match delete {
        Some(d) => arg_bytes(vm, &d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = this(a)
        .into_iter()
        .filter(|c| !delete.contains(c))
        .map(|c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(make(vm, &a[0], out))
}

fn fromhex_bytes(vm: &mut Vm, s: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        if cs[i].is_whitespace() {
            i += 1;
            continue;
        }
        let hi = cs[i].to_digit(16);
        let lo = cs.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let pos = if hi.is_none() { i } else { i + 1 };
                return Err(vm.new_value_error(format!("non-hexadecimal number found in fromhex() arg at position {pos}")));
            }
        }
        i += 2;
    }
    Ok(out)
}

fn b_fromhex(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    // Class method: a[0] is the class.
    let s = vm.expect_str(&a[1], "fromhex() argument")?;
    let b = fromhex_bytes(vm, &s)?;
    if a[0].is(&vm.interp.types.bytearray) {
        return Ok(PyRef::new(&vm.interp.types.bytearray, Payload::ByteArray(RefCell::new(b))));
    }
    Ok(vm.new_bytes(b))
}

fn b_partition(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    partition(vm, a, false)
}
fn b_rpartition(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    partition(vm, a, true)
}
fn partition(vm: &mut Vm, a: &[PyRef], rev: bool) -> PyResult {
    let b = this(a);
    let sep = arg_bytes(vm, &a[1])?;
    if sep.is_empty() {
        return Err(vm.new_value_error("empty separator"));
    }
    let parts = match find_sub(&b, &sep, 0, b.len(), rev) {
        Some(i) => [b[..i].to_vec(), sep.clone(), b[i + sep.len()..].to_vec()],
        None if rev => [Vec::new(), Vec::new(), b.clone()],
        None => [b.clone(), Vec::new(), Vec::new()],
    };
    let items = parts.into_iter().map(|p| make(vm, &a[0], p)).collect();
    Ok(vm.new_tuple(items))
}

fn pad(vm: &mut Vm, a: &[PyRef], mode: u8) -> PyResult {
    let b = this(a);
    let w = vm.index_value(&a[1])?.max(0) as usize;
    let fill = match a.get(2) {
        Some(f) => match bytes_of(f) {
            Some(v) if v.len() == 1 => v[0],
            _ => return Err(vm.new_type_error("argument 2 must be a byte string of length 1")),
        },
        None => b' ',
    };
    if w <= b.len() {
        return Ok(make(vm, &a[0], b));
    }
    let total = w - b.len();
    let (l, r) = match mode {
        b'l' => (0, total),
        b'r' => (total, 0),
        _ => {
            let left = total / 2 + (total & w & 1);
            (left, total - left)
        }
    };
    let mut out = vec![fill; l];
    out.extend(b);
    out.extend(vec![fill; r]);
    Ok(make(vm, &a[0], out))
}
fn b_ljust(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    pad(vm, a, b'l')
}
fn b_rjust(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    pad(vm, a, b'r')
}
fn b_center(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    pad(vm, a, b'c')
}

fn b_removeprefix(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let b = this(a);
    let p = arg_bytes(vm, &a[1])?;
    let r = b.strip_prefix(&p[..]).map(|x| x.to_vec()).unwrap_or(b.clone());
    Ok(make(vm, &a[0], r))
}
fn b_removesuffix(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let b = this(a);
    let p = arg_bytes(vm, &a[1])?;
    let r = b.strip_suffix(&p[..]).map(|x| x.to_vec()).unwrap_or(b.clone());
    Ok(make(vm, &a[0], r))
}

fn b_splitlines(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let p = vm.bind_args("splitlines", &a[1..], k, &["keepends"], 0)?;
    let keep = match &p[0] {
        Some(x) => vm.is_true(x)?,
        None => false,
    };
    let b = this(a);
    let mut out = Vec::new();
    let (mut s, mut i) = (0, 0);
    while i < b.len() {
        if b[i] == b'\n' || b[i] == b'\r' {
            let mut e = i + 1;
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                e += 1;
            }
            out.push(if keep { b[s..e].to_vec() } else { b[s..i].to_vec() });
            s = e;
            i = e;
        } else {
            i += 1;
        }
    }
    if s < b.len() {
        out.push(b[s..].to_vec());
    }
    let items = out.into_iter().map(|p| make(vm, &a[0], p)).collect();
    Ok(vm.new_list(items))
}

// ---- operators ----

fn b_add(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let Some(o) = bytes_of(&a[1]) else {
        return Err(vm.new_type_error(format!("can't concat {} to {}", typeobj::obj_type_name(&a[1]), typeobj::obj_type_name(&a[0]))));
    };
    let mut b = this(a);
    b.extend(o);
    Ok(make(vm, &a[0], b))
}

fn b_mul(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let n = match &a[1].payload {
        Payload::Int(n) => *n,
        _ => return Ok(vm.not_implemented()),
    };
    let b = this(a);
    if n > 0 {
        vm.check_alloc((b.len() as u128 * n as u128).min(usize::MAX as u128) as usize)?;
    }
    let r = if n <= 0 { Vec::new() } else { b.repeat(n as usize) };
    Ok(make(vm, &a[0], r))
}

fn b_mod(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    // Bytes %-formatting: format as str over latin-1, then encode back.
    let fmt: String = this(a).iter().map(|&c| c as char).collect();
    let args = match &a[1].payload {
        Payload::Tuple(items) => {
            let conv: Vec<PyRef> = items.iter().map(|x| latin1_str(vm, x)).collect();
            vm.new_tuple(conv)
        }
        _ => latin1_str(vm, &a[1]),
    };
    let s = crate::protocol::percent_format::format_str(vm, &fmt, &args)?;
    let out: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
    Ok(make(vm, &a[0], out))
}

/// bytes arguments of `%` are spliced in as their latin-1 text.
fn latin1_str(vm: &mut Vm, o: &PyRef) -> PyRef {
    match bytes_of(o) {
        Some(b) => vm.new_str(b.iter().map(|&c| c as char).collect::<String>()),
        None => o.clone(),
    }
}

fn b_len(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(vm.new_int(this(a).len() as i64))
}

fn b_contains(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let b = this(a);
    let n = needle(vm, &a[1])?;
    Ok(vm.new_bool(find_sub(&b, &n, 0, b.len(), false).is_some()))
}

fn b_getitem(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let b = this(a);
    if matches!(a[1].payload, Payload::Slice(_)) {
        let (start, _, step, n) = crate::protocol::subscript::slice_indices(vm, &a[1], b.len() as i64)?;
        let out: Vec<u8> = (0..n).map(|i| b[(start + i as i64 * step) as usize]).collect();
        return Ok(make(vm, &a[0], out));
    }
    let i = vm.index_value(&a[1])?;
    let n = b.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        let what = if is_bytearray(&a[0]) { "bytearray" } else { "index" };
        return Err(vm.new_index_error(if what == "index" { "index out of range".to_string() } else { "bytearray index out of range".into() }));
    }
    Ok(vm.new_int(b[j as usize] as i64))
}

fn b_iter(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let plain = vm.new_bytes(this(a));
    vm.get_iter(&plain)
}

fn b_hash(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(vm.new_int(crate::hash::hash_bytes(&this(a))))
}

fn compare(vm: &mut Vm, a: &[PyRef], op: CompareOp) -> PyResult {
    let Some(o) = bytes_of(&a[1]) else { return Ok(vm.not_implemented()) };
    let x = this(a);
    let r = match op {
        CompareOp::Eq => x == o,
        CompareOp::Ne => x != o,
        CompareOp::Lt => x < o,
        CompareOp::Le => x <= o,
        CompareOp::Gt => x > o,
        CompareOp::Ge => x >= o,
    };
    Ok(vm.new_bool(r))
}
fn b_eq(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    compare(vm, a, CompareOp::Eq)
}
fn b_ne(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    compare(vm, a, CompareOp::Ne)
}
fn b_lt(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    compare(vm, a, CompareOp::Lt)
}
fn b_le(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    compare(vm, a, CompareOp::Le)
}
fn b_gt(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    compare(vm, a, CompareOp::Gt)
}
fn b_ge(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    compare(vm, a, CompareOp::Ge)
}

/// The bytes a constructor argument stands for (int count, iterable of ints,
/// str with encoding, bytes-like).
fn construct(vm: &mut Vm, a: &[PyRef], k: &[PyRef], name: &str) -> PyResult<Vec<u8>> {
    let p = vm.bind_args(name, &a[1..], k, &["source", "encoding", "errors"], 0)?;
    let Some(src) = &p[0] else { return Ok(Vec::new()) };
    if let Some(s) = src.as_str() {
        let Some(enc) = &p[1] else { return Err(vm.new_type_error("string argument without an encoding")) };
        let e = vm.new_str(s.as_str());
        let mut args = vec![e, enc.clone()];
        if let Some(er) = &p[2] {
            args.push(er.clone());
        }
        let r = crate::objects::str_type::encode_str(vm, &args)?;
        return Ok(bytes_of(&r).unwrap_or_default());
    }
    if p[1].is_some() {
        return Err(vm.new_type_error("encoding without a string argument"));
    }
    if let Some(b) = bytes_of(src) {
        return Ok(b);
    }
    if let Payload::Int(n) = src.payload {
        if n < 0 {
            return Err(vm.new_value_error("negative count"));
        }
        vm.check_alloc(n as usize)?;
        return Ok(vec![0; n as usize]);
    }
    if let Some(m) = vm.lookup_special(src, "__bytes__")? {
        let r = vm.call(&m, &[], &[])?;
        return bytes_of(&r).ok_or_else(|| vm.new_type_error("__bytes__ returned non-bytes"));
    }
    let items = match vm.collect_iterable(src) {
        Ok(i) => i,
        Err(_) => {
            return Err(vm.new_type_error(format!("cannot convert '{}' object to {name}", typeobj::obj_type_name(src))));
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        match it.payload {
            Payload::Int(v) if (0..256).contains(&v) => out.push(v as u8),
            Payload::Int(_) => return Err(vm.new_value_error("bytes must be in range(0, 256)")),
            _ => {
                return Err(vm.new_type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    typeobj::obj_type_name(&it)
                )))
            }
        }
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let b = construct(vm, a, k, "bytes")?;
    let cls = a[0].clone();
    if cls.is(&vm.interp.types.bytes) {
        // Exact bytes: b"" and one-byte values are the shared objects.
        return Ok(vm.new_bytes(b));
    }
    Ok(PyRef::new(&cls, Payload::Bytes(b.into())))
}

fn bytearray_new(_vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(PyRef::new(&a[0], Payload::ByteArray(RefCell::new(Vec::new()))))
}

fn bytearray_init(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let b = construct(vm, a, k, "bytearray")?;
    if let Payload::ByteArray(cell) = &a[0].payload {
        *cell.borrow_mut() = b;
    }
    Ok(vm.none())
}

// ---- bytearray mutation ----

fn ba(o: &PyRef) -> &RefCell<Vec<u8>> {
    match &o.payload {
        Payload::ByteArray(b) => b,
        _ => unreachable!("bytearray method on a non-bytearray"),
    }
}

fn byte_value(vm: &mut Vm, o: &PyRef) -> PyResult<u8> {
    let v = vm.index_value(o)?;
    if !(0..256).contains(&v) {
        return Err(vm.new_value_error("byte must be in range(0, 256)"));
    }
    Ok(v as u8)
}

fn ba_append(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("append", &a[1..], k, 1)?;
    let v = byte_value(vm, &a[1])?;
    ba(&a[0]).borrow_mut().push(v);
    Ok(vm.none())
}

fn ba_extend(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("extend", &a[1..], k, 1)?;
    let b = match bytes_of(&a[1]) {
        Some(b) => b,
        None => {
            let mut out = Vec::new();
            for it in vm.collect_iterable(&a[1])? {
                out.push(byte_value(vm, &it)?);
            }
            out
        }
    };
    ba(&a[0]).borrow_mut().extend(b);
    Ok(vm.none())
}

fn ba_pop(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let n = ba(&a[0]).borrow().len() as i64;
    if n == 0 {
        return Err(vm.new_index_error("pop from empty bytearray"));
    }
    let i = match a.get(1) {
        Some(x) => vm.index_value(x)?,
        None => -1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error("pop index out of range"));
    }
    let v = ba(&a[0]).borrow_mut().remove(j as usize);
    Ok(vm.new_int(v as i64))
}

fn ba_insert(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let i = vm.index_value(&a[1])?;
    let v = byte_value(vm, &a[2])?;
    let mut b = ba(&a[0]).borrow_mut();
    let n = b.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.insert(pos as usize, v);
    Ok(vm.none())
}

fn ba_remove(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let v = byte_value(vm, &a[1])?;
    let mut b = ba(&a[0]).borrow_mut();
    match b.iter().position(|x| *x == v) {
        Some(i) => {
            b.remove(i);
            Ok(vm.none())
        }
        None => Err(vm.new_value_error("value not found in bytearray")),
    }
}

fn ba_clear(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    ba(&a[0]).borrow_mut().clear();
    Ok(vm.none())
}

fn ba_reverse(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    ba(&a[0]).borrow_mut().reverse();
    Ok(vm.none())
}

fn ba_copy(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let b = this(a);
    Ok(make(vm, &a[0], b))
}

fn ba_setitem(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let n = ba(&a[0]).borrow().len() as i64;
    if matches!(a[1].payload, Payload::Slice(_)) {
        let (start, stop, step, count) = crate::protocol::subscript::slice_indices(vm, &a[1], n)?;
        let new = match bytes_of(&a[2]) {
            Some(b) => b,
            None => {
                let mut out = Vec::new();
                for it in vm.collect_iterable(&a[2])? {
                    out.push(byte_value(vm, &it)?);
                }
                out
            }
        };
        let mut b = ba(&a[0]).borrow_mut();
        if step == 1 {
            let stop = stop.max(start) as usize;
            b.splice(start as usize..stop, new);
        } else {
            if new.len() != count {
                return Err(vm.new_value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {count}",
                    new.len()
                )));
            }
            for (i, v) in new.into_iter().enumerate() {
                b[(start + i as i64 * step) as usize] = v;
            }
        }
        return Ok(vm.none());
    }
    let i = vm.index_value(&a[1])?;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error("bytearray index out of range"));
    }
    let v = byte_value(vm, &a[2])?;
    ba(&a[0]).borrow_mut()[j as usize] = v;
    Ok(vm.none())
}

fn ba_delitem(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let n = ba(&a[0]).borrow().len() as i64;
    if matches!(a[1].payload, Payload::Slice(_)) {
        let (start, _, step, count) = crate::protocol::subscript::slice_indices(vm, &a[1], n)?;
        let mut idx: Vec<usize> = (0..count).map(|i| (start + i as i64 * step) as usize).collect();
        idx.sort_unstable();
        let mut b = ba(&a[0]).borrow_mut();
        for i in idx.into_iter().rev() {
            b.remove(i);
        }
        return Ok(vm.none());
    }
    let i = vm.index_value(&a[1])?;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error("bytearray index out of range"));
    }
    ba(&a[0]).borrow_mut().remove(j as usize);
    Ok(vm.none())
}

fn ba_iadd(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let b = arg_bytes(vm, &a[1])?;
    ba(&a[0]).borrow_mut().extend(b);
    Ok(a[0].clone())
}

pub fn init(vm: &mut Vm) {
    let b = vm.interp.types.bytes.clone();
    let bat = vm.interp.types.bytearray.clone();
    let shared: &[(&'static str, crate::object::NativeFn)] = &[
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("count", b_count),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("split", b_split),
        ("rsplit", b_rsplit),
        ("join", b_join),
        ("replace", b_replace),
        ("upper", b_upper),
        ("lower", b_lower),
        ("swapcase", b_swapcase),
        ("capitalize", b_capitalize),
        ("title", b_title),
        ("isalpha", b_isalpha),
        ("isdigit", b_isdigit),
        ("isalnum", b_isalnum),
        ("isspace", b_isspace),
        ("islower", b_islower),
        ("isupper", b_isupper),
        ("isascii", b_isascii),
        ("decode", b_decode),
        ("hex", b_hex),
        ("translate", b_translate),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("center", b_center),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("splitlines", b_splitlines),
        ("__add__", b_add),
        ("__mul__", b_mul),
        ("__rmul__", b_mul),
        ("__mod__", b_mod),
        ("__len__", b_len),
        ("__contains__", b_contains),
        ("__getitem__", b_getitem),
        ("__iter__", b_iter),
        ("__eq__", b_eq),
        ("__ne__", b_ne),
        ("__lt__", b_lt),
        ("__le__", b_le),
        ("__gt__", b_gt),
        ("__ge__", b_ge),
    ];
    for ty in [&b, &bat] {
        for (n, f) in shared {
            vm.add_method(ty, n, *f);
        }
        let fh = vm.new_builtin("fromhex", b_fromhex);
        let cm = PyRef::new(&vm.interp.types.classmethod, Payload::ClassMethod(crate::object::Wrapped(fh)));
        typeobj::set_attr_raw(vm, ty, "fromhex", cm);
        let mt = vm.new_builtin("maketrans", b_maketrans);
        let sm = PyRef::new(&vm.interp.types.staticmethod, Payload::StaticMethod(crate::object::Wrapped(mt)));
        typeobj::set_attr_raw(vm, ty, "maketrans", sm);
    }
    vm.add_method(&b, "__hash__", b_hash);
    vm.add_new(&b, bytes_new);
    vm.add_new(&bat, bytearray_new);
    vm.add_method(&bat, "__init__", bytearray_init);
    let ba_methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("clear", ba_clear),
        ("reverse", ba_reverse),
        ("copy", ba_copy),
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
        ("__iadd__", ba_iadd),
    ];
    for (n, f) in ba_methods {
        vm.add_method(&bat, n, *f);
    }
    let none = vm.none();
    vm.add_attr(&bat, "__hash__", none);
}
