//! `types.GenericAlias` (`list[int]`): origin and args, with CPython's repr.
//! CPython: Objects/genericaliasobject.c.

use crate::object::{Payload, PyRef};
use crate::objects::typeobj::{self, Layout, TypeData};
use crate::objects::dict;
use crate::{PyResult, Vm};

thread_local! {
    static ALIAS_TYPE: std::cell::RefCell<Option<PyRef>> = const { std::cell::RefCell::new(None) };
}

fn alias_type(vm: &mut Vm) -> PyRef {
    if let Some(t) = ALIAS_TYPE.with(|t| t.borrow().clone()) {
        return t;
    }
    let ns = vm.new_dict();
    let t = PyRef::new(&vm.interp.types.type_, Payload::Type(Box::new(TypeData::new("GenericAlias", vec![vm.interp.types.object.clone()], ns, Layout::Object, typeobj::tflags::HAS_DICT))));
    t.make_immortal();
    let _ = typeobj::finish_type(vm, &t);
    let m = vm.new_str("types");
    typeobj::set_attr_raw(vm, &t, "__module__", m);
    vm.add_new(&t, alias_new);
    vm.add_method(&t, "__repr__", alias_repr);
    vm.add_method(&t, "__call__", alias_call);
    vm.add_method(&t, "__eq__", alias_eq);
    vm.add_method(&t, "__hash__", alias_hash);
    vm.add_method(&t, "__mro_entries__", alias_mro_entries);
    vm.add_method(&t, "__getattr__", alias_getattr);
    vm.add_method(&t, "__or__", crate::objects::object_type::type_or);
    vm.add_method(&t, "__ror__", crate::objects::object_type::type_ror);
    ALIAS_TYPE.with(|a| *a.borrow_mut() = Some(t.clone()));
    t
}

/// `types.GenericAlias(origin, args)`, as `__class_getitem__ = classmethod(GenericAlias)`
/// uses it.
fn alias_new(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    if !k.is_empty() {
        return Err(vm.new_type_error("GenericAlias() takes no keyword arguments"));
    }
    if a.len() != 3 {
        return Err(vm.new_type_error(format!("GenericAlias expected 2 arguments, got {}", a.len() - 1)));
    }
    new_generic_alias(vm, &a[1], &a[2])
}

pub fn new_generic_alias(vm: &mut Vm, origin: &PyRef, args: &PyRef) -> PyResult {
    let ty = alias_type(vm);
    let o = crate::objects::object_type::new_instance(vm, &ty);
    let d = o.dict.get().unwrap();
    let args = if matches!(args.payload, Payload::Tuple(_)) { args.clone() } else { vm.new_tuple(vec![args.clone()]) };
    dict::set_str(vm, &d, "__origin__", origin.clone());
    dict::set_str(vm, &d, "__args__", args);
    Ok(o)
}

fn parts(vm: &Vm, o: &PyRef) -> (PyRef, Vec<PyRef>) {
    let d = o.dict.get().unwrap();
    let origin = dict::get_str(vm, &d, "__origin__").unwrap();
    let args = dict::get_str(vm, &d, "__args__").map(|a| a.as_tuple().map(|t| t.to_vec()).unwrap_or_default()).unwrap_or_default();
    (origin, args)
}

/// repr of a type argument the way typing does: classes by qualified name.
pub fn type_arg_repr(vm: &mut Vm, a: &PyRef) -> PyResult<String> {
    match &a.payload {
        Payload::Type(t) => {
            let m = dict::get_str(vm, &t.dict, "__module__").and_then(|m| m.as_str().map(|s| s.as_str().to_string()));
            let q = t.qualname.borrow().clone();
            Ok(match m {
                Some(m) if m != "builtins" => format!("{m}.{q}"),
                _ => q,
            })
        }
        Payload::Ellipsis => Ok("...".into()),
        Payload::None => Ok("None".into()),
        _ => vm.repr_str(a),
    }
}

fn alias_repr(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let (origin, args) = parts(vm, &a[0]);
    let mut s = type_arg_repr(vm, &origin)?;
    let mut inner = Vec::new();
    for x in &args {
        inner.push(type_arg_repr(vm, x)?);
    }
    s.push('[');
    s.push_str(&if inner.is_empty() { "()".to_string() } else { inner.join(", ") });
    s.push(']');
    Ok(vm.new_str(s))
}

fn alias_call(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let (origin, _) = parts(vm, &a[0]);
    vm.call(&origin, &a[1..], k)
}

fn alias_eq(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    if !a[1].class().is(a[0].class()) {
        return Ok(vm.not_implemented());
    }
    let (o1, a1) = parts(vm, &a[0]);
    let (o2, a2) = parts(vm, &a[1]);
    let t1 = vm.new_tuple(a1);
    let t2 = vm.new_tuple(a2);
    let r = vm.eq(&o1, &o2)? && vm.eq(&t1, &t2)?;
    Ok(vm.new_bool(r))
}

fn alias_hash(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let (o, args) = parts(vm, &a[0]);
    let t = vm.new_tuple(args);
    let h = vm.hash(&o)? ^ vm.hash(&t)?;
    Ok(vm.new_int(h))
}

fn alias_mro_entries(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let (o, _) = parts(vm, &a[0]);
    Ok(vm.new_tuple(vec![o]))
}

fn alias_getattr(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let (o, _) = parts(vm, &a[0]);
    let name = a[1].as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
    if name.starts_with("__") && name.ends_with("__") {
        return Err(vm.no_attribute(&a[0], &name));
    }
    vm.getattr(&o, &a[1])
}
