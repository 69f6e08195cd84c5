//! Methods of `str`. CPython: Objects/unicodeobject.c, Objects/stringlib/.
//! `%`-formatting lives in protocol/percent_format.rs, `str.format` in
//! protocol/str_format.rs.

use crate::args::positional;
use crate::object::{Payload, PyRef};
use crate::objects::typeobj;
use crate::{PyResult, Vm};

/// The str value of the `self` argument.
fn this(a: &[PyRef]) -> &str {
    a[0].as_str().map(|s| s.as_str()).unwrap_or("")
}

fn str_arg<'a>(vm: &Vm, o: &'a PyRef, what: &str) -> PyResult<&'a str> {
    match o.as_str() {
        Some(s) => Ok(s.as_str()),
        None => Err(vm.new_type_error(format!("{what}must be str, not {}", typeobj::obj_type_name(o)))),
    }
}

fn new_str(vm: &mut Vm, s: String) -> PyResult {
    Ok(vm.new_str(s))
}

/// Clamps CPython-style (start, end) slice arguments to char indices.
fn span(vm: &mut Vm, len: usize, start: Option<&PyRef>, end: Option<&PyRef>) -> PyResult<(usize, usize)> {
    let conv = |vm: &mut Vm, o: Option<&PyRef>, default: i64| -> PyResult<i64> {
        match o {
            None => Ok(default),
            Some(x) if matches!(x.payload, Payload::None) => Ok(default),
            Some(x) => match vm.index_value(x) {
                Ok(v) => Ok(v),
                Err(_) => Err(vm.new_type_error("slice indices must be integers or None or have an __index__ method")),
            },
        }
    };
    let n = len as i64;
    let fix = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) };
    let s = fix(conv(vm, start, 0)?);
    let e = fix(conv(vm, end, n)?);
    Ok((s as usize, e as usize))
}

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

/// Char index of the first occurrence of `sub` in `hay[start..end]`.
fn find_in(hay: &[char], sub: &[char], start: usize, end: usize, reverse: bool) -> Option<usize> {
    if start > end || end > hay.len() {
        return None;
    }
    if sub.len() > end - start {
        return None;
    }
    let last = end - sub.len();
    if reverse {
        (start..=last).rev().find(|&i| hay[i..i + sub.len()] == *sub)
    } else {
        (start..=last).find(|&i| hay[i..i + sub.len()] == *sub)
    }
}

fn find_common(vm: &mut Vm, a: &[PyRef], k: &[PyRef], name: &str, reverse: bool) -> PyResult<Option<usize>> {
    vm.no_kwargs(name, k)?;
    if a.len() < 2 || a.len() > 4 {
        return Err(vm.new_type_error(format!(
            "{name} expected {} argument{}, got {}",
            if a.len() < 2 { "at least 1" } else { "at most 3" },
            if a.len() < 2 { "" } else { "s" },
            a.len() - 1
        )));
    }
    let sub = chars(str_arg(vm, &a[1], "")
        .map_err(|_| vm.new_type_error(format!("must be str, not {}", typeobj::obj_type_name(&a[1]))))?);
    let hay = chars(this(a));
    let (s, e) = span(vm, hay.len(), a.get(2), a.get(3))?;
    Ok(find_in(&hay, &sub, s, e, reverse))
}

fn s_find(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let r = find_common(vm, a, k, "find", false)?;
    Ok(vm.new_int(r.map(|x| x as i64).unwrap_or(-1)))
}

fn s_rfind(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let r = find_common(vm, a, k, "rfind", true)?;
    Ok(vm.new_int(r.map(|x| x as i64).unwrap_or(-1)))
}

fn s_index(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    match find_common(vm, a, k, "index", false)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.new_value_error("substring not found")),
    }
}

fn s_rindex(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    match find_common(vm, a, k, "rindex", true)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.new_value_error("substring not found")),
    }
}

fn s_count(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.no_kwargs("count", k)?;
    if a.len() < 2 {
        return Err(vm.new_type_error("count() takes at least 1 argument (0 given)"));
    }
    let sub = chars(str_arg(vm, &a[1], "")
        .map_err(|_| vm.new_type_error(format!("must be str, not {}", typeobj::obj_type_name(&a[1]))))?);
    let hay = chars(this(a));
    let (s, e) = span(vm, hay.len(), a.get(2), a.get(3))?;
    if s > e {
        return Ok(vm.new_int(0));
    }
    if sub.is_empty() {
        return Ok(vm.new_int((e - s + 1) as i64));
    }
    let mut n = 0;
    let mut i = s;
    while i + sub.len() <= e {
        if hay[i..i + sub.len()] == *sub {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn prefix_common(vm: &mut Vm, a: &[PyRef], k: &[PyRef], name: &str, end: bool) -> PyResult {
    vm.no_kwargs(name, k)?;
    if a.len() < 2 || a.len() > 4 {
        return Err(vm.new_type_error(format!("{name}() takes at least 1 argument ({} given)", a.len() - 1)));
    }
    let hay = chars(this(a));
    let (s, e) = span(vm, hay.len(), a.get(2), a.get(3))?;
    let cands: Vec<PyRef> = match &a[1].payload {
        Payload::Tuple(t) => t.to_vec(),
        Payload::Str(_) => vec![a[1].clone()],
        _ => {
            return Err(vm.new_type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                typeobj::obj_type_name(&a[1])
            )))
        }
    };
    for c in cands {
        let Some(p) = c.as_str() else {
            return Err(vm.new_type_error(format!(
                "tuple for {name} must only contain str, not {}",
                typeobj::obj_type_name(&c)
            )));
        };
        let p = chars(p.as_str());
        if s > hay.len() || s > e {
            continue;
        }
        let win = &hay[s..e.max(s)];
        let ok = if end { win.ends_with(&p) } else { win.starts_with(&p) };
        if ok {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

fn s_startswith(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    prefix_common(vm, a, k, "startswith", false)
}

fn s_endswith(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    prefix_common(vm, a, k, "endswith", true)
}

/// Python's whitespace for split()/strip() (str.isspace).
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{1c}'..='\u{1f}')
}

fn strip_common(vm: &mut Vm, a: &[PyRef], k: &[PyRef], name: &str, left: bool, right: bool) -> PyResult {
    vm.range_args(name, &a[1..], k, 0, 1)?;
    let s = this(a);
    let set: Option<Vec<char>> = match a.get(1) {
        None => None,
        Some(x) if matches!(x.payload, Payload::None) => None,
        Some(x) => match x.as_str() {
            Some(t) => Some(chars(t.as_str())),
            None => return Err(vm.new_type_error(format!("{name} arg must be None or str"))),
        },
    };
    let is_strip = |c: char| match &set {
        None => is_py_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(is_strip);
    }
    if right {
        r = r.trim_end_matches(is_strip);
    }
    if r.len() == s.len() && a[0].is_exact(&vm.interp.types.str) {
        return Ok(a[0].clone());
    }
    new_str(vm, r.to_string())
}

fn s_strip(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    strip_common(vm, a, k, "strip", true, true)
}
fn s_lstrip(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    strip_common(vm, a, k, "lstrip", true, false)
}
fn s_rstrip(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    strip_common(vm, a, k, "rstrip", false, true)
}

fn split_args(vm: &mut Vm, a: &[PyRef], k: &[PyRef], name: &str) -> PyResult<(Option<String>, i64)> {
    let p = vm.bind_args(name, &a[1..], k, &["sep", "maxsplit"], 0)?;
    let sep = match &p[0] {
        None => None,
        Some(x) if matches!(x.payload, Payload::None) => None,
        Some(x) => match x.as_str() {
            Some(s) => {
                if s.as_str().is_empty() {
                    return Err(vm.new_value_error("empty separator"));
                }
                Some(s.as_str().to_string())
            }
            None => return Err(vm.new_type_error(format!("must be str or None, not {}", typeobj::obj_type_name(x)))),
        },
    };
    let maxsplit = match &p[1] {
        None => -1,
        Some(x) => vm.index_value(x)?,
    };
    Ok((sep, maxsplit))
}

fn s_split(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let (sep, maxsplit) = split_args(vm, a, k, "split")?;
    let s = this(a);
    let parts: Vec<String> = match sep {
        Some(sep) => {
            if maxsplit < 0 {
                s.split(sep.as_str()).map(String::from).collect()
            } else {
                s.splitn(maxsplit as usize + 1, sep.as_str()).map(String::from).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(is_py_space);
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 == maxsplit {
                    out.push(rest.to_string());
                    break;
                }
                let end = rest.find(is_py_space).unwrap_or(rest.len());
                out.push(rest[..end].to_string());
                rest = rest[end..].trim_start_matches(is_py_space);
            }
            out
        }
    };
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn s_rsplit(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let (sep, maxsplit) = split_args(vm, a, k, "rsplit")?;
    let s = this(a);
    let mut parts: Vec<String> = match sep {
        Some(sep) => {
            if maxsplit < 0 {
                s.rsplit(sep.as_str()).map(String::from).collect()
            } else {
                s.rsplitn(maxsplit as usize + 1, sep.as_str()).map(String::from).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(is_py_space);
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 == maxsplit {
                    out.push(rest.to_string());
                    break;
                }
                let start = rest.rfind(is_py_space).map(|i| i + rest[i..].chars().next().unwrap().len_utf8()).unwrap_or(0);
                out.push(rest[start..].to_string());
                rest = rest[..start].trim_end_matches(is_py_space);
            }
            out
        }
    };
    parts.reverse();
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn s_splitlines(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let p = vm.bind_args("splitlines", &a[1..], k, &["keepends"], 0)?;
    let keep = match &p[0] {
        Some(x) => vm.is_true(x)?,
        None => false,
    };
    let cs = chars(this(a));
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        let is_break = matches!(c, '\n' | '\r' | '\u{0b}' | '\u{0c}' | '\u{1c}' | '\u{1d}' | '\u{1e}' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = i + 1;
            if c == '\r' && i + 1 < cs.len() && cs[i + 1] == '\n' {
                end += 1;
            }
            let line: String = if keep { cs[start..end].iter().collect() } else { cs[start..i].iter().collect() };
            out.push(line);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < cs.len() {
        out.push(cs[start..].iter().collect());
    }
    let items = out.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn s_join(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("join", &a[1..], k, 1)?;
    let sep = this(a).to_string();
    let items = vm.collect_iterable(&a[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        let Some(s) = it.as_str() else {
            return Err(vm.new_type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                typeobj::obj_type_name(it)
            )));
        };
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(s.as_str());
    }
    new_str(vm, out)
}

fn s_replace(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.no_kwargs("replace", k)?;
    if a.len() < 3 || a.len() > 4 {
        return Err(vm.new_type_error(format!("replace expected at least 2 arguments, got {}", a.len() - 1)));
    }
    let old = str_arg(vm, &a[1], "replace() argument 1 ")?.to_string();
    let new = str_arg(vm, &a[2], "replace() argument 2 ")?.to_string();
    let count = match a.get(3) {
        Some(c) => vm.index_value(c)?,
        None => -1,
    };
    let s = this(a);
    if count < 0 {
        if old.is_empty() {
            // Insert between every character (and at both ends).
            let mut out = String::new();
            out.push_str(&new);
            for c in s.chars() {
                out.push(c);
                out.push_str(&new);
            }
            return new_str(vm, out);
        }
        return new_str(vm, s.replace(&old, &new));
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(&new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(&new);
        }
        return new_str(vm, out);
    }
    new_str(vm, s.replacen(&old, &new, count as usize))
}

fn case_map(vm: &mut Vm, a: &[PyRef], k: &[PyRef], name: &str, f: fn(&str) -> String) -> PyResult {
    vm.exact_args(name, &a[1..], k, 0)?;
    let r = f(this(a));
    new_str(vm, r)
}

fn capitalize(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) => {
            let mut out: String = title_char(c);
            out.push_str(&cs.as_str().to_lowercase());
            out
        }
        None => String::new(),
    }
}

/// Title case of one character (CPython uses the titlecase mapping).
fn title_char(c: char) -> String {
    match c {
        'ǆ' | 'ǅ' | 'Ǆ' => "ǅ".into(),
        'ǉ' | 'ǈ' | 'Ǉ' => "ǈ".into(),
        'ǌ' | 'ǋ' | 'Ǌ' => "ǋ".into(),
        'ǳ' | 'ǲ' | 'Ǳ' => "ǲ".into(),
        _ => c.to_uppercase().collect(),
    }
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || title_char(c) != c.to_string() && c.to_lowercase().to_string() != c.to_string()
}

fn title(s: &str) -> String {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.push_str(&title_char(c));
        }
        prev_cased = c.is_alphabetic() && (c.is_lowercase() || c.is_uppercase() || is_cased(c));
    }
    out
}

fn swapcase(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn casefold(s: &str) -> String {
    s.to_lowercase().replace('ß', "ss")
}

fn s_lower(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    case_map(vm, a, k, "lower", |s| s.to_lowercase())
}
fn s_upper(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    case_map(vm, a, k, "upper", |s| s.to_uppercase())
}
fn s_capitalize(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    case_map(vm, a, k, "capitalize", capitalize)
}
fn s_title(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    case_map(vm, a, k, "title", title)
}
fn s_swapcase(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    case_map(vm, a, k, "swapcase", swapcase)
}
fn s_casefold(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    case_map(vm, a, k, "casefold", casefold)
}

fn pred(vm: &mut Vm, a: &[PyRef], k: &[PyRef], name: &str, f: fn(&str) -> bool) -> PyResult {
    vm.exact_args(name, &a[1..], k, 0)?;
    let r = f(this(a));
    Ok(vm.new_bool(r))
}

fn is_decimal_char(c: char) -> bool {
    crate::objects::unicode_digits::decimal_value(c).is_some()
}

fn is_digit_char(c: char) -> bool {
    is_decimal_char(c) || matches!(c, '²' | '³' | '¹' | '⁰'..='⁹' | '₀'..='₉' | '①'..='⑨')
}

fn s_isalpha(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    pred(vm, a, k, "isalpha", |s| !s.is_empty() && s.chars().all(char::is_alphabetic))
}
fn s_isalnum(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    pred(vm, a, k, "isalnum", |s| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric()))
}
fn s_isdigit(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    pred(vm, a, k, "isdigit", |s| !s.is_empty() && s.chars().all(is_digit_char))
}
fn s_isdecimal(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    pred(vm, a, k, "isdecimal", |s| !s.is_empty() && s.chars().all(is_decimal_char))
}
fn s_isnumeric(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    pred(vm, a, k, "isnumeric", |s| !s.is_empty() && s.chars().all(char::is_numeric))
}
fn s_isspace(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    pred(vm, a, k, "isspace", |s| !s.is_empty() && s.chars().all(is_py_space))
}
fn s_isascii(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    pred(vm, a, k, "isascii", |s| s.is_ascii())
}
fn s_islower(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    pred(vm, a, k, "islower", |s| s.chars().any(char::is_lowercase) && !s.chars().any(|c| c.is_uppercase()))
}
fn s_isupper(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    pred(vm, a, k, "isupper", |s| s.chars().any(char::is_uppercase) && !s.chars().any(|c| c.is_lowercase()))
}
fn s_istitle(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    pred(vm, a, k, "istitle", |s| {
        let mut cased = false;
        let mut prev_cased = false;
        for c in s.chars() {
            if c.is_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}
fn s_isidentifier(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    pred(vm, a, k, "isidentifier", |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(c) if c == '_' || unicode_ident_start(c) => cs.all(|c| c == '_' || unicode_ident_continue(c)),
            _ => false,
        }
    })
}
fn unicode_ident_start(c: char) -> bool {
    c.is_alphabetic()
}
fn unicode_ident_continue(c: char) -> bool {
    c.is_alphanumeric()
}
fn s_isprintable(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    pred(vm, a, k, "isprintable", |s| s.chars().all(crate::objects::str_methods::is_printable))
}

fn pad_args(vm: &mut Vm, a: &[PyRef], k: &[PyRef], name: &str) -> PyResult<(usize, char)> {
    vm.no_kwargs(name, k)?;
    if a.len() < 2 || a.len() > 3 {
        return Err(vm.new_type_error(format!("{name} expected {} arguments, got {}", if a.len() < 2 { "at least 1" } else { "at most 2" }, a.len() - 1)));
    }
    let w = vm.index_value(&a[1])?.max(0) as usize;
    let fill = match a.get(2) {
        Some(f) => {
            let s = f.as_str().map(|s| s.as_str().to_string());
            match s {
                Some(s) if s.chars().count() == 1 => s.chars().next().unwrap(),
                Some(_) => return Err(vm.new_type_error("The fill character must be exactly one character long")),
                None => {
                    return Err(vm.new_type_error(format!(
                        "{name}() argument 2 must be str of length 1, not {}",
                        typeobj::obj_type_name(f)
                    )))
                }
            }
        }
        None => ' ',
    };
    vm.check_alloc(w.saturating_mul(fill.len_utf8()))?;
    Ok((w, fill))
}

fn s_center(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let (w, fill) = pad_args(vm, a, k, "center")?;
    let s = this(a);
    let n = s.chars().count();
    if w <= n {
        return Ok(a[0].clone());
    }
    let total = w - n;
    // CPython: left = total/2 + (total & width & 1)
    let left = total / 2 + (total & w & 1);
    let right = total - left;
    let f = fill.to_string();
    new_str(vm, format!("{}{s}{}", f.repeat(left), f.repeat(right)))
}

fn s_ljust(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let (w, fill) = pad_args(vm, a, k, "ljust")?;
    let s = this(a);
    let n = s.chars().count();
    if w <= n {
        return Ok(a[0].clone());
    }
    new_str(vm, format!("{s}{}", fill.to_string().repeat(w - n)))
}

fn s_rjust(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let (w, fill) = pad_args(vm, a, k, "rjust")?;
    let s = this(a);
    let n = s.chars().count();
    if w <= n {
        return Ok(a[0].clone());
    }
    new_str(vm, format!("{}{s}", fill.to_string().repeat(w - n)))
}

fn s_zfill(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("zfill", &a[1..], k, 1)?;
    let w = vm.index_value(&a[1])?.max(0) as usize;
    vm.check_alloc(w)?;
    let s = this(a);
    let n = s.chars().count();
    if w <= n {
        return Ok(a[0].clone());
    }
    let pad = "0".repeat(w - n);
    let out = match s.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{pad}{}", &s[1..]),
        _ => format!("{pad}{s}"),
    };
    new_str(vm, out)
}

fn s_expandtabs(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let p = vm.bind_args("expandtabs", &a[1..], k, &["tabsize"], 0)?;
    let ts = match &p[0] {
        Some(t) => vm.index_value(t)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in this(a).chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    new_str(vm, out)
}

fn partition_common(vm: &mut Vm, a: &[PyRef], k: &[PyRef], name: &str, rev: bool) -> PyResult {
    vm.exact_args(name, &a[1..], k, 1)?;
    let sep = str_arg(vm, &a[1], "")
        .map_err(|_| vm.new_type_error(format!("must be str, not {}", typeobj::obj_type_name(&a[1]))))?
        .to_string();
    if sep.is_empty() {
        return Err(vm.new_value_error("empty separator"));
    }
    let s = this(a).to_string();
    let found = if rev { s.rfind(&sep) } else { s.find(&sep) };
    let parts = match found {
        Some(i) => [s[..i].to_string(), sep.clone(), s[i + sep.len()..].to_string()],
        None if rev => [String::new(), String::new(), s.clone()],
        None => [s.clone(), String::new(), String::new()],
    };
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_tuple(items))
}

fn s_partition(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    partition_common(vm, a, k, "partition", false)
}
fn s_rpartition(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    partition_common(vm, a, k, "rpartition", true)
}

fn s_removeprefix(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("removeprefix", &a[1..], k, 1)?;
    let p = str_arg(vm, &a[1], "removeprefix() argument ")?.to_string();
    match this(a).strip_prefix(p.as_str()) {
        Some(r) if !p.is_empty() => new_str(vm, r.to_string()),
        _ => Ok(a[0].clone()),
    }
}

fn s_removesuffix(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("removesuffix", &a[1..], k, 1)?;
    let p = str_arg(vm, &a[1], "removesuffix() argument ")?.to_string();
    match this(a).strip_suffix(p.as_str()) {
        Some(r) if !p.is_empty() => new_str(vm, r.to_string()),
        _ => Ok(a[0].clone()),
    }
}

/// `str.encode` for callers holding (str, encoding[, errors]).
pub fn encode_str(vm: &mut Vm, a: &[PyRef]) -> PyResult {
    s_encode(vm, a, &[])
}

fn s_encode(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let p = vm.bind_args("encode", &a[1..], k, &["encoding", "errors"], 0)?;
    let enc = match &p[0] {
        Some(e) => vm.expect_str(e, "encode() argument 'encoding'")?.to_lowercase().replace('_', "-"),
        None => "utf-8".into(),
    };
    let errors = match &p[1] {
        Some(e) => vm.expect_str(e, "encode() argument 'errors'")?,
        None => "strict".into(),
    };
    let s = this(a);
    let bytes: Vec<u8> = match enc.as_str() {
        "utf-8" | "utf8" => s.as_bytes().to_vec(),
        "ascii" | "latin-1" | "latin1" | "iso-8859-1" => {
            let limit = if enc == "ascii" { 128 } else { 256 };
            let mut out = Vec::new();
            for (i, c) in s.chars().enumerate() {
                if (c as u32) < limit {
                    out.push(c as u32 as u8);
                } else {
                    match errors.as_str() {
                        "ignore" => {}
                        "replace" => out.push(b'?'),
                        _ => {
                            let codec = if limit == 128 { "ascii" } else { "latin-1" };
                            return Err(vm.new_exception_msg(
                                &vm.interp.exc.unicode_encode_error.clone(),
                                format!(
                                    "'{codec}' codec can't encode character '{}' in position {i}: ordinal not in range({limit})",
                                    crate::objects::str_methods::ascii_escape(&c.to_string())
                                ),
                            ));
                        }
                    }
                }
            }
            out
        }
        other => return Err(vm.new_exception_msg(&vm.interp.exc.lookup_error.clone(), format!("unknown encoding: {other}"))),
    };
    Ok(vm.new_bytes(bytes))
}

/// `str.maketrans(x[, y[, z]])`.
fn s_maketrans(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.no_kwargs("maketrans", k)?;
    let a = positional(a, k);
    // Called as a static method: no self.
    let args: Vec<PyRef> = a.to_vec();
    let d = vm.new_dict();
    match args.len() {
        1 => {
            let Payload::Dict(src) = &args[0].payload else {
                return Err(vm.new_type_error("if you give only one argument to maketrans it must be a dict"));
            };
            let items = src.borrow().items();
            for (key, v) in items {
                let key = match key.as_str() {
                    Some(s) if s.char_len() == 1 => vm.new_int(s.as_str().chars().next().unwrap() as i64),
                    Some(_) => return Err(vm.new_value_error("string keys in translate table must be of length 1")),
                    None => key,
                };
                crate::objects::dict::set_item(vm, &d, key, v)?;
            }
        }
        2 | 3 => {
            let x = chars(str_arg(vm, &args[0], "maketrans() argument 1 ")?);
            let y = chars(str_arg(vm, &args[1], "maketrans() argument 2 ")?);
            if x.len() != y.len() {
                return Err(vm.new_value_error("the first two maketrans arguments must have equal length"));
            }
            for (c1, c2) in x.iter().zip(&y) {
                let (kk, vv) = (vm.new_int(*c1 as i64), vm.new_int(*c2 as i64));
                crate::objects::dict::set_item(vm, &d, kk, vv)?;
            }
            if let Some(z) = args.get(2) {
                for c in chars(str_arg(vm, z, "maketrans() argument 3 ")?) {
                    let (kk, vv) = (vm.new_int(c as i64), vm.none());
                    crate::objects::dict::set_item(vm, &d, kk, vv)?;
                }
            }
        }
        n => return Err(vm.new_type_error(format!("maketrans() takes at most 3 arguments ({n} given)"))),
    }
    Ok(d)
}

fn s_translate(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("translate", &a[1..], k, 1)?;
    let table = a[1].clone();
    let mut out = String::new();
    for c in this(a).to_string().chars() {
        let key = vm.new_int(c as i64);
        let r = match vm.getitem(&table, &key) {
            Ok(v) => Some(v),
            Err(e) if vm.isinstance_exc(&e, &vm.interp.exc.lookup_error.clone()) => None,
            Err(e) => return Err(e),
        };
        match r {
            None => out.push(c),
            Some(v) => match &v.payload {
                Payload::None => {}
                Payload::Str(s) => out.push_str(s.as_str()),
                Payload::Int(n) => match char::from_u32(*n as u32) {
                    Some(ch) => out.push(ch),
                    None => return Err(vm.new_value_error("character mapping must be in range(0x110000)")),
                },
                _ => return Err(vm.new_type_error("character mapping must return integer, None or str")),
            },
        }
    }
    new_str(vm, out)
}

fn s_format(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let fmt = this(a).to_string();
    let pos = positional(a, k)[1..].to_vec();
    let kw: Vec<(String, PyRef)> = crate::args::keywords(a, k).map(|(n, v)| (n.to_string(), v.clone())).collect();
    let s = crate::protocol::str_format::format(vm, &fmt, &pos, &crate::protocol::str_format::Kwargs::Pairs(kw))?;
    new_str(vm, s)
}

fn s_format_map(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("format_map", &a[1..], k, 1)?;
    let fmt = this(a).to_string();
    let s = crate::protocol::str_format::format(vm, &fmt, &[], &crate::protocol::str_format::Kwargs::Mapping(a[1].clone()))?;
    new_str(vm, s)
}

// ---- operators ----

fn s_add(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    match a[1].as_str() {
        Some(o) => {
            let mut s = this(a).to_string();
            s.push_str(o.as_str());
            new_str(vm, s)
        }
        None => Ok(vm.not_implemented()),
    }
}

fn s_mul(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let n = match &a[1].payload {
        Payload::Int(n) => *n,
        Payload::BigInt(_) => return Err(vm.new_overflow_error("cannot fit 'int' into an index-sized integer")),
        _ => {
            if vm.lookup_special(&a[1], "__index__")?.is_some() {
                vm.index_value(&a[1])?
            } else {
                return Ok(vm.not_implemented());
            }
        }
    };
    let s = this(a);
    if n <= 0 {
        return new_str(vm, String::new());
    }
    if (s.len() as u128) * (n as u128) > isize::MAX as u128 {
        return Err(vm.new_overflow_error("repeated string is too long"));
    }
    vm.check_alloc(s.len() * n as usize)?;
    new_str(vm, s.repeat(n as usize))
}

fn s_mod(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let fmt = this(a).to_string();
    let s = crate::protocol::percent_format::format_str(vm, &fmt, &a[1])?;
    new_str(vm, s)
}

fn s_rmod(vm: &mut Vm, _a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(vm.not_implemented())
}

fn s_len(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let n = a[0].as_str().map(|s| s.char_len()).unwrap_or(0);
    Ok(vm.new_int(n as i64))
}

fn s_contains(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    match a[1].as_str() {
        Some(o) => {
            let r = this(a).contains(o.as_str());
            Ok(vm.new_bool(r))
        }
        None => Err(vm.new_type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            typeobj::obj_type_name(&a[1])
        ))),
    }
}

fn s_getitem(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let plain = vm.new_str(this(a).to_string());
    vm.getitem(&plain, &a[1])
}

fn s_iter(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let plain = vm.new_str(this(a).to_string());
    vm.get_iter(&plain)
}

fn s_hash(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let h = a[0].as_str().map(|s| s.hash()).unwrap_or(0);
    Ok(vm.new_int(h))
}

fn s_getnewargs(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let s = vm.new_str(this(a).to_string());
    Ok(vm.new_tuple(vec![s]))
}

fn s_format_dunder(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("__format__", &a[1..], k, 1)?;
    let spec = str_arg(vm, &a[1], "__format__() argument ")?.to_string();
    let plain = vm.new_str(this(a).to_string());
    let s = crate::protocol::format::format_builtin(vm, &plain, &spec)?;
    new_str(vm, s)
}

/// Rich comparison of two str payloads (subclasses included); NotImplemented otherwise.
fn s_compare(vm: &mut Vm, a: &[PyRef], test: fn(std::cmp::Ordering) -> bool) -> PyResult {
    match (a[0].as_str(), a.get(1).and_then(|b| b.as_str())) {
        (Some(x), Some(y)) => Ok(vm.new_bool(test(x.as_str().cmp(y.as_str())))),
        _ => Ok(vm.not_implemented()),
    }
}

fn s_eq(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    s_compare(vm, a, |o| o.is_eq())
}
fn s_ne(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    s_compare(vm, a, |o| o.is_ne())
}
fn s_lt(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    s_compare(vm, a, |o| o.is_lt())
}
fn s_le(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    s_compare(vm, a, |o| o.is_le())
}
fn s_gt(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    s_compare(vm, a, |o| o.is_gt())
}
fn s_ge(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    s_compare(vm, a, |o| o.is_ge())
}

pub fn init(vm: &mut Vm) {
    let t = vm.interp.types.str.clone();
    let methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("__eq__", s_eq),
        ("__ne__", s_ne),
        ("__lt__", s_lt),
        ("__le__", s_le),
        ("__gt__", s_gt),
        ("__ge__", s_ge),
        ("find", s_find),
        ("rfind", s_rfind),
        ("index", s_index),
        ("rindex", s_rindex),
        ("count", s_count),
        ("startswith", s_startswith),
        ("endswith", s_endswith),
        ("strip", s_strip),
        ("lstrip", s_lstrip),
        ("rstrip", s_rstrip),
        ("split", s_split),
        ("rsplit", s_rsplit),
        ("splitlines", s_splitlines),
        ("join", s_join),
        ("replace", s_replace),
        ("lower", s_lower),
        ("upper", s_upper),
        ("capitalize", s_capitalize),
        ("title", s_title),
        ("swapcase", s_swapcase),
        ("casefold", s_casefold),
        ("isalpha", s_isalpha),
        ("isalnum", s_isalnum),
        ("isdigit", s_isdigit),
        ("isdecimal", s_isdecimal),
        ("isnumeric", s_isnumeric),
        ("isspace", s_isspace),
        ("isascii", s_isascii),
        ("islower", s_islower),
        ("isupper", s_isupper),
        ("istitle", s_istitle),
        ("isidentifier", s_isidentifier),
        ("isprintable", s_isprintable),
        ("center", s_center),
        ("ljust", s_ljust),
        ("rjust", s_rjust),
        ("zfill", s_zfill),
        ("expandtabs", s_expandtabs),
        ("partition", s_partition),
        ("rpartition", s_rpartition),
        ("removeprefix", s_removeprefix),
        ("removesuffix", s_removesuffix),
        ("encode", s_encode),
        ("translate", s_translate),
        ("format", s_format),
        ("format_map", s_format_map),
        ("__add__", s_add),
        ("__mul__", s_mul),
        ("__rmul__", s_mul),
        ("__mod__", s_mod),
        ("__rmod__", s_rmod),
        ("__len__", s_len),
        ("__contains__", s_contains),
        ("__getitem__", s_getitem),
        ("__iter__", s_iter),
        ("__hash__", s_hash),
        ("__getnewargs__", s_getnewargs),
        ("__format__", s_format_dunder),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
    let mt = vm.new_builtin("maketrans", s_maketrans);
    let sm = PyRef::new(&vm.interp.types.staticmethod, Payload::StaticMethod(crate::object::Wrapped(mt)));
    typeobj::set_attr_raw(vm, &t, "maketrans", sm);
}
