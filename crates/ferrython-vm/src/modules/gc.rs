//! The `gc` module: the cycle collector's controls (the collector is ../gc.rs).
//! CPython: Modules/gcmodule.c.

use crate::gc;
use crate::object::PyRef;
use crate::{PyResult, Vm};

fn enable(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("enable", a, k, 0)?;
    gc::state().enabled = true;
    Ok(vm.none())
}

fn disable(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("disable", a, k, 0)?;
    gc::state().enabled = false;
    Ok(vm.none())
}

fn isenabled(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("isenabled", a, k, 0)?;
    Ok(vm.new_bool(gc::state().enabled))
}

fn collect(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let p = vm.bind_args("collect", a, k, &["generation"], 0)?;
    let g = match &p[0] {
        Some(g) => vm.index_value(g)?,
        None => 2,
    };
    if !(0..=2).contains(&g) {
        return Err(vm.new_value_error("invalid generation"));
    }
    let n = gc::collect(vm, g as usize);
    Ok(vm.new_int(n as i64))
}

fn get_count(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("get_count", a, k, 0)?;
    let c = gc::state().count;
    let items = c.iter().map(|&n| vm.new_int(n as i64)).collect();
    Ok(vm.new_tuple(items))
}

fn get_threshold(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("get_threshold", a, k, 0)?;
    let t = gc::state().threshold;
    let items = t.iter().map(|&n| vm.new_int(n as i64)).collect();
    Ok(vm.new_tuple(items))
}

fn set_threshold(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.range_args("set_threshold", a, k, 1, 3)?;
    for (i, x) in a.iter().enumerate() {
        let n = vm.index_value(x)?;
        gc::state().threshold[i] = n.max(0) as usize;
    }
    Ok(vm.none())
}

fn get_objects(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let p = vm.bind_args("get_objects", a, k, &["generation"], 0)?;
    let g = match &p[0] {
        Some(g) if !matches!(g.payload, crate::object::Payload::None) => {
            let g = vm.index_value(g)?;
            if g >= 3 {
                return Err(vm.new_value_error(format!("generation parameter must be less than the number of available generations (3)")));
            }
            if g < 0 {
                return Err(vm.new_value_error("generation parameter cannot be negative"));
            }
            Some(g as usize)
        }
        _ => None,
    };
    let objs = gc::objects(g);
    Ok(vm.new_list(objs))
}

fn get_referents(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.no_kwargs("get_referents", k)?;
    let mut out = Vec::new();
    for o in a {
        if gc::is_tracked(o) {
            gc::traverse(o, &mut |c: &PyRef| out.push(c.clone()));
        }
    }
    Ok(vm.new_list(out))
}

fn get_referrers(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.no_kwargs("get_referrers", k)?;
    let targets: Vec<usize> = a.iter().map(|o| o.addr()).collect();
    let mut out = Vec::new();
    for o in gc::objects(None) {
        let mut hit = false;
        gc::traverse(&o, &mut |c: &PyRef| hit |= targets.contains(&c.addr()));
        if hit {
            out.push(o);
        }
    }
    Ok(vm.new_list(out))
}

fn is_tracked(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("is_tracked", a, k, 1)?;
    // CPython tracks a dict only once it holds a container (MAINTAIN_TRACKING);
    // ours are always tracked, so report what CPython would.
    let tracked = match &a[0].payload {
        crate::object::Payload::Dict(d) => d.borrow().iter().any(|e| gc::is_tracked(&e.key) || gc::is_tracked(&e.value)),
        _ => gc::is_tracked(&a[0]),
    };
    Ok(vm.new_bool(tracked))
}

fn is_finalized(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("is_finalized", a, k, 1)?;
    Ok(vm.new_bool(a[0].flags.get() & crate::object::flags::FINALIZED != 0))
}

fn freeze(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("freeze", a, k, 0)?;
    gc::freeze();
    Ok(vm.none())
}

fn unfreeze(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("unfreeze", a, k, 0)?;
    gc::unfreeze();
    Ok(vm.none())
}

fn get_freeze_count(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("get_freeze_count", a, k, 0)?;
    Ok(vm.new_int(gc::freeze_count() as i64))
}

fn get_stats(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("get_stats", a, k, 0)?;
    let stats = gc::state().stats;
    let mut out = Vec::new();
    for (collections, collected, uncollectable) in stats {
        let d = vm.new_dict();
        let v = vm.new_int(collections as i64);
        crate::objects::dict::set_str(vm, &d, "collections", v);
        let v = vm.new_int(collected as i64);
        crate::objects::dict::set_str(vm, &d, "collected", v);
        let v = vm.new_int(uncollectable as i64);
        crate::objects::dict::set_str(vm, &d, "uncollectable", v);
        out.push(d);
    }
    Ok(vm.new_list(out))
}

fn set_debug(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("set_debug", a, k, 1)?;
    gc::state().debug = vm.index_value(&a[0])?;
    Ok(vm.none())
}

fn get_debug(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("get_debug", a, k, 0)?;
    Ok(vm.new_int(gc::state().debug))
}

pub fn make(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("gc");
    let d = vm.module_dict(&m);
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("collect", collect),
        ("get_count", get_count),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("get_objects", get_objects),
        ("get_referents", get_referents),
        ("get_referrers", get_referrers),
        ("is_tracked", is_tracked),
        ("is_finalized", is_finalized),
        ("freeze", freeze),
        ("unfreeze", unfreeze),
        ("get_freeze_count", get_freeze_count),
        ("get_stats", get_stats),
        ("set_debug", set_debug),
        ("get_debug", get_debug),
    ];
    for (n, f) in fns {
        let b = vm.new_builtin(n, *f);
        crate::objects::dict::set_str(vm, &d, n, b);
    }
    for (n, v) in [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4), ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38)] {
        let v = vm.new_int(v);
        crate::objects::dict::set_str(vm, &d, n, v);
    }
    let garbage = vm.new_list(Vec::new());
    crate::objects::dict::set_str(vm, &d, "garbage", garbage);
    let callbacks = vm.new_list(Vec::new());
    crate::objects::dict::set_str(vm, &d, "callbacks", callbacks);
    m
}
