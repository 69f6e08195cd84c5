//! `memoryview` over bytes and bytearray: one-dimensional byte views ('B' format)
//! sharing the underlying buffer (writes through to a bytearray).
//! CPython: Objects/memoryobject.c (the common 1-D byte case only).

use crate::object::{NativeObject, Payload, PyRef};
use crate::objects::typeobj::{self, Layout, TypeData};
use crate::{PyResult, Vm};
use std::cell::Cell;

pub struct View {
    obj: PyRef,
    start: usize,
    len: usize,
    released: Cell<bool>,
}

impl NativeObject for View {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn view<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a View> {
    let v = match &o.payload {
        Payload::Native(n) => n.as_any().downcast_ref::<View>(),
        _ => None,
    };
    match v {
        Some(v) if v.released.get() => Err(vm.new_value_error("operation forbidden on released memoryview object")),
        Some(v) => Ok(v),
        None => Err(vm.new_type_error("descriptor requires a 'memoryview' object")),
    }
}

fn bytes_of(v: &View) -> Vec<u8> {
    let all = crate::objects::bytes_type::bytes_of(&v.obj).unwrap_or_default();
    all.get(v.start..v.start + v.len).map(|s| s.to_vec()).unwrap_or_default()
}

fn mv_type(vm: &mut Vm) -> PyRef {
    if let Some(t) = vm.interp.memoryview_type.get() {
        return t;
    }
    let ns = vm.new_dict();
    let ty = PyRef::new(
        &vm.interp.types.type_,
        Payload::Type(Box::new(TypeData::new("memoryview", vec![vm.interp.types.object.clone()], ns, Layout::Opaque, 0))),
    );
    let _ = typeobj::finish_type(vm, &ty);
    let methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("__len__", mv_len),
        ("__getitem__", mv_getitem),
        ("__setitem__", mv_setitem),
        ("__repr__", mv_repr),
        ("__eq__", mv_eq),
        ("__enter__", mv_enter),
        ("__exit__", mv_exit),
        ("tobytes", mv_tobytes),
        ("tolist", mv_tolist),
        ("hex", mv_hex),
        ("release", mv_release),
    ];
    for (n, f) in methods {
        vm.add_method(&ty, n, *f);
    }
    vm.add_getset(&ty, "nbytes", g_nbytes, None);
    vm.add_getset(&ty, "readonly", g_readonly, None);
    vm.add_getset(&ty, "format", g_format, None);
    vm.add_getset(&ty, "itemsize", g_itemsize, None);
    vm.add_getset(&ty, "ndim", g_ndim, None);
    vm.add_getset(&ty, "obj", g_obj, None);
    vm.add_new(&ty, mv_new);
    vm.interp.memoryview_type.set(Some(ty.clone()));
    ty
}

fn make(vm: &mut Vm, obj: &PyRef, start: usize, len: usize) -> PyRef {
    let ty = mv_type(vm);
    PyRef::new(&ty, Payload::Native(Box::new(View { obj: obj.clone(), start, len, released: Cell::new(false) })))
}

fn mv_new(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let p = vm.bind_args("memoryview", &a[1..], k, &["object"], 1)?;
    let o = p[0].clone().unwrap();
    if let Ok(v) = view(vm, &o) {
        let (obj, start, len) = (v.obj.clone(), v.start, v.len);
        return Ok(make(vm, &obj, start, len));
    }
    match crate::objects::bytes_type::bytes_of(&o) {
        Some(b) => Ok(make(vm, &o, 0, b.len())),
        None => Err(vm.new_type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            typeobj::obj_type_name(&o)
        ))),
    }
}

/// The `memoryview` builtin type (created on first use).
pub fn memoryview_type(vm: &mut Vm) -> PyRef {
    mv_type(vm)
}

fn mv_len(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let n = view(vm, &a[0])?.len;
    Ok(vm.new_int(n as i64))
}

fn mv_getitem(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let (obj, start, len) = {
        let v = view(vm, &a[0])?;
        (v.obj.clone(), v.start, v.len)
    };
    if matches!(a[1].payload, Payload::Slice(_)) {
        let (s, _, step, n) = crate::protocol::subscript::slice_indices(vm, &a[1], len as i64)?;
        if step != 1 && n > 1 {
            return Err(vm.new_not_implemented_error("memoryview: strided slices are not supported yet"));
        }
        return Ok(make(vm, &obj, start + s as usize, n));
    }
    let i = vm.index_value(&a[1])?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.new_index_error("index out of bounds on dimension 1"));
    }
    let all = crate::objects::bytes_type::bytes_of(&obj).unwrap_or_default();
    Ok(vm.new_int(all[start + j as usize] as i64))
}

fn mv_setitem(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let (obj, start, len) = {
        let v = view(vm, &a[0])?;
        (v.obj.clone(), v.start, v.len)
    };
    let Payload::ByteArray(buf) = &obj.payload else {
        return Err(vm.new_type_error("cannot modify read-only memory"));
    };
    if matches!(a[1].payload, Payload::Slice(_)) {
        let (s, _, _, n) = crate::protocol::subscript::slice_indices(vm, &a[1], len as i64)?;
        let src = crate::objects::bytes_type::bytes_of(&a[2])
            .ok_or_else(|| vm.new_type_error(format!("a bytes-like object is required, not '{}'", typeobj::obj_type_name(&a[2]))))?;
        if src.len() != n {
            return Err(vm.new_value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        let mut b = buf.borrow_mut();
        b[start + s as usize..start + s as usize + n].copy_from_slice(&src);
        return Ok(vm.none());
    }
    let i = vm.index_value(&a[1])?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.new_index_error("index out of bounds on dimension 1"));
    }
    let v = vm.index_value(&a[2])?;
    if !(0..256).contains(&v) {
        return Err(vm.new_value_error("memoryview: invalid value for format 'B'"));
    }
    buf.borrow_mut()[start + j as usize] = v as u8;
    Ok(vm.none())
}

fn mv_repr(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let released = matches!(&a[0].payload, Payload::Native(n) if n.as_any().downcast_ref::<View>().is_some_and(|v| v.released.get()));
    let what = if released { "released memory" } else { "memory" };
    Ok(vm.new_str(format!("<{what} at {:#x}>", a[0].addr())))
}

fn mv_eq(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let mine = bytes_of(view(vm, &a[0])?);
    let other = match view(vm, &a[1]) {
        Ok(v) => bytes_of(v),
        Err(_) => match crate::objects::bytes_type::bytes_of(&a[1]) {
            Some(b) => b,
            None => return Ok(vm.not_implemented()),
        },
    };
    Ok(vm.new_bool(mine == other))
}

fn mv_enter(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    view(vm, &a[0])?;
    Ok(a[0].clone())
}

fn mv_exit(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    mv_release(vm, &a[..1], &[])
}

fn mv_release(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    if let Payload::Native(n) = &a[0].payload {
        if let Some(v) = n.as_any().downcast_ref::<View>() {
            v.released.set(true);
        }
    }
    Ok(vm.none())
}

fn mv_tobytes(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let b = bytes_of(view(vm, &a[0])?);
    Ok(vm.new_bytes(b))
}

fn mv_tolist(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let b = bytes_of(view(vm, &a[0])?);
    let items = b.into_iter().map(|x| vm.new_int(x as i64)).collect();
    Ok(vm.new_list(items))
}

fn mv_hex(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let b = bytes_of(view(vm, &a[0])?);
    Ok(vm.new_str(b.iter().map(|c| format!("{c:02x}")).collect::<String>()))
}

fn g_nbytes(vm: &mut Vm, o: &PyRef) -> PyResult {
    let n = view(vm, o)?.len;
    Ok(vm.new_int(n as i64))
}

fn g_readonly(vm: &mut Vm, o: &PyRef) -> PyResult {
    let ro = !matches!(view(vm, o)?.obj.payload, Payload::ByteArray(_));
    Ok(vm.new_bool(ro))
}

fn g_format(vm: &mut Vm, _o: &PyRef) -> PyResult {
    Ok(vm.new_str("B"))
}

fn g_itemsize(vm: &mut Vm, _o: &PyRef) -> PyResult {
    Ok(vm.new_int(1))
}

fn g_ndim(vm: &mut Vm, _o: &PyRef) -> PyResult {
    Ok(vm.new_int(1))
}

fn g_obj(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(view(vm, o)?.obj.clone())
}
