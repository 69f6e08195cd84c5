//! `str.format` / `str.format_map`: replacement fields `{name.attr[key]!r:spec}`
//! with automatic or manual numbering and nested specs, CPython's error messages.
//! CPython: Objects/stringlib/unicode_format.h.

use crate::object::{Payload, PyRef};
use crate::{PyResult, Vm};

/// Where named fields come from.
pub enum Kwargs {
    Pairs(Vec<(String, PyRef)>),
    Mapping(PyRef),
}

struct State {
    auto: Option<bool>,
    next: usize,
}

pub fn format(vm: &mut Vm, fmt: &str, args: &[PyRef], kwargs: &Kwargs) -> PyResult<String> {
    let mut st = State { auto: None, next: 0 };
    render(vm, fmt, args, kwargs, &mut st, 2)
}

fn render(vm: &mut Vm, fmt: &str, args: &[PyRef], kwargs: &Kwargs, st: &mut State, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.new_value_error("Max string recursion exceeded"));
    }
    let cs: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c == '}' {
            if cs.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.new_value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if cs.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // A replacement field: find its matching '}' (specs may nest braces).
        let mut j = i + 1;
        let mut level = 1;
        let mut in_index = false;
        while j < cs.len() {
            match cs[j] {
                '[' => in_index = true,
                ']' => in_index = false,
                '{' if !in_index => level += 1,
                '}' if !in_index => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= cs.len() {
            return Err(vm.new_value_error(if i + 1 == cs.len() {
                "Single '{' encountered in format string"
            } else {
                "expected '}' before end of string"
            }));
        }
        let field: String = cs[i + 1..j].iter().collect();
        out.push_str(&render_field(vm, &field, args, kwargs, st, depth)?);
        i = j + 1;
    }
    Ok(out)
}

fn render_field(vm: &mut Vm, field: &str, args: &[PyRef], kwargs: &Kwargs, st: &mut State, depth: u32) -> PyResult<String> {
    // Split "name!conv:spec" (the name part may contain '[...]' with ':' or '!').
    let cs: Vec<char> = field.chars().collect();
    let mut k = 0;
    let mut in_index = false;
    while k < cs.len() {
        match cs[k] {
            '[' => in_index = true,
            ']' => in_index = false,
            '!' | ':' if !in_index => break,
            _ => {}
        }
        k += 1;
    }
    let name: String = cs[..k].iter().collect();
    let mut conv = None;
    let mut spec = String::new();
    if k < cs.len() && cs[k] == '!' {
        if k + 1 >= cs.len() {
            return Err(vm.new_value_error("end of string while looking for conversion specifier"));
        }
        conv = Some(cs[k + 1]);
        k += 2;
        if k < cs.len() && cs[k] != ':' {
            return Err(vm.new_value_error("expected ':' after conversion specifier"));
        }
    }
    if k < cs.len() && cs[k] == ':' {
        spec = cs[k + 1..].iter().collect();
    }
    let value = resolve(vm, &name, args, kwargs, st)?;
    let value = match conv {
        None => value,
        Some('s') => vm.str(&value)?,
        Some('r') => vm.repr(&value)?,
        Some('a') => {
            let r = vm.repr_str(&value)?;
            vm.new_str(crate::objects::str_methods::ascii_escape(&r))
        }
        Some(c) => return Err(vm.new_value_error(format!("Unknown conversion specifier {c}"))),
    };
    let spec = if spec.contains('{') { render(vm, &spec, args, kwargs, st, depth - 1)? } else { spec };
    let spec_obj = vm.new_str(spec);
    let r = vm.format(&value, &spec_obj)?;
    vm.str_string(&r)
}

fn resolve(vm: &mut Vm, name: &str, args: &[PyRef], kwargs: &Kwargs, st: &mut State) -> PyResult {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let head = &name[..first_end];
    let mut obj = if head.is_empty() {
        if st.auto == Some(false) {
            return Err(vm.new_value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        st.auto = Some(true);
        let i = st.next;
        st.next += 1;
        positional(vm, args, i)?
    } else if let Ok(i) = head.parse::<usize>() {
        if st.auto == Some(true) {
            return Err(vm.new_value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        st.auto = Some(false);
        positional(vm, args, i)?
    } else {
        match kwargs {
            Kwargs::Pairs(p) => match p.iter().find(|(k, _)| k == head) {
                Some((_, v)) => v.clone(),
                None => {
                    let key = vm.new_str(head);
                    return Err(vm.new_key_error(key));
                }
            },
            Kwargs::Mapping(m) => {
                let key = vm.new_str(head);
                vm.getitem(m, &key)?
            }
        }
    };
    // Attribute and index accessors.
    let rest: Vec<char> = name[first_end..].chars().collect();
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            '.' => {
                let mut j = i + 1;
                while j < rest.len() && rest[j] != '.' && rest[j] != '[' {
                    j += 1;
                }
                let attr: String = rest[i + 1..j].iter().collect();
                if attr.is_empty() {
                    return Err(vm.new_value_error("Empty attribute in format string"));
                }
                obj = vm.getattr_str(&obj, &attr)?;
                i = j;
            }
            '[' => {
                let mut j = i + 1;
                while j < rest.len() && rest[j] != ']' {
                    j += 1;
                }
                if j >= rest.len() {
                    return Err(vm.new_value_error("Missing ']' in format string"));
                }
                let key: String = rest[i + 1..j].iter().collect();
                if key.is_empty() {
                    return Err(vm.new_value_error("Empty attribute in format string"));
                }
                let k = match key.parse::<i64>() {
                    Ok(n) if key.chars().all(|c| c.is_ascii_digit()) => vm.new_int(n),
                    _ => vm.new_str(key),
                };
                obj = vm.getitem(&obj, &k)?;
                i = j + 1;
            }
            _ => return Err(vm.new_value_error("Only '.' or '[' may follow ']' in format field specifier")),
        }
    }
    Ok(obj)
}

fn positional(vm: &mut Vm, args: &[PyRef], i: usize) -> PyResult {
    match args.get(i) {
        Some(v) => Ok(v.clone()),
        None => Err(vm.new_index_error(format!("Replacement index {i} out of range for positional args tuple"))),
    }
}

#[allow(dead_code)]
fn is_str(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Str(_))
}
