//! "Did you mean: 'x'?" for NameError and AttributeError tracebacks, with CPython
//! 3.11's rules: a weighted Levenshtein distance (case flips cost 1, other edits 2),
//! at most a third of the characters changed, first best candidate wins.
//! CPython: Python/suggestions.c (behaviour; this is our own implementation).

use crate::exceptions::exc_data;
use crate::object::{Payload, PyRef};
use crate::Vm;

const MAX_CANDIDATES: usize = 750;
const MAX_STRING: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn distance(a: &str, b: &str, max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING || b.len() > MAX_STRING {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut dist = bi * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(code, ac);
            dist = buffer[ai];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name`, if one is close enough.
pub fn best_match(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name, item, max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

fn dict_keys(d: &PyRef) -> Vec<String> {
    match d.as_dict() {
        Some(dd) => dd.borrow().keys().iter().filter_map(|k| k.as_str().map(|s| s.as_str().to_string())).collect(),
        None => Vec::new(),
    }
}

/// The " Did you mean: 'x'?" suffix for an exception about to be printed.
pub fn suggestion_for(vm: &mut Vm, exc: &PyRef) -> Option<String> {
    let name = exc_data(exc).borrow().get_attr("name")?;
    let name = name.as_str()?.as_str().to_string();
    if vm.isinstance_exc(exc, &vm.interp.exc.name_error.clone()) {
        // The innermost traceback entry is where the name was looked up.
        let mut tb = exc_data(exc).borrow().traceback.clone()?;
        loop {
            let next = match &tb.payload {
                Payload::Traceback(t) => t.next.clone(),
                _ => None,
            };
            match next {
                Some(n) => tb = n,
                None => break,
            }
        }
        let Payload::Traceback(t) = &tb.payload else { return None };
        let mut locals: Vec<String> = Vec::new();
        if let Payload::Code(cd) = &t.code.payload {
            if cd.code.has_flag(ferrython_bytecode::code_flags::OPTIMIZED) {
                locals.extend(cd.code.varnames.iter().cloned());
                locals.extend(cd.code.cellvars.iter().cloned());
                locals.extend(cd.code.freevars.iter().cloned());
            }
        }
        let globals = dict_keys(&t.globals);
        let builtins = dict_keys(&vm.interp.builtins_dict.clone());
        for set in [locals, globals, builtins] {
            if let Some(s) = best_match(&set, &name) {
                return Some(s);
            }
        }
        return None;
    }
    if vm.isinstance_exc(exc, &vm.interp.exc.attribute_error.clone()) {
        let obj = exc_data(exc).borrow().get_attr("obj")?;
        if matches!(obj.payload, Payload::None) {
            return None;
        }
        let dir_fn = vm.interp.builtins_dict.clone();
        let dir = crate::objects::dict::get_str(vm, &dir_fn, "dir")?;
        let listing = vm.call(&dir, &[obj], &[]).ok()?;
        let names: Vec<String> = vm.seq_items(&listing).iter().filter_map(|x| x.as_str().map(|s| s.as_str().to_string())).collect();
        return best_match(&names, &name);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        let c = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(best_match(&c(&["total", "items"]), "totl"), Some("total".into()));
        assert_eq!(best_match(&c(&["Print", "print"]), "pint"), Some("print".into()));
        assert_eq!(best_match(&c(&["alpha", "beta"]), "zzz"), None);
        assert_eq!(best_match(&c(&["value"]), "Value"), Some("value".into()));
        assert_eq!(best_match(&c(&["value"]), "VALUE"), None);
    }
}
