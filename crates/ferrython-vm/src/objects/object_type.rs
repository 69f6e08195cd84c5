//! `object` and `type`: the root of the hierarchy, instance creation and class
//! creation (`type.__new__`). CPython: Objects/typeobject.c.

use crate::args::positional;
use crate::cell::PyCell;
use crate::object::{MemberData, Payload, PyRef};
use crate::objects::typeobj::{self, tflags, Layout, TypeData};
use crate::objects::dict;
use crate::{PyResult, Vm};

/// Creates an instance of a class whose layout is `object`'s.
pub fn new_instance(vm: &mut Vm, cls: &PyRef) -> PyRef {
    let t = cls.as_type().unwrap();
    let slots: Box<[PyCell<Option<PyRef>>]> = (0..t.slot_count.get()).map(|_| PyCell::new(None)).collect();
    let obj = PyRef::new(cls, Payload::Instance(slots));
    if t.has_flag(tflags::HAS_DICT) {
        let d = vm.new_dict();
        if t.shared_keys_new_instance() {
            d.as_dict().unwrap().borrow_mut().shape.split = Some(cls.clone());
        }
        obj.dict.set(Some(d));
    }
    obj
}

fn is_object_builtin(vm: &Vm, cls: &PyRef, name: &str) -> bool {
    match typeobj::lookup(vm, cls, name) {
        Some(f) => matches!(&f.payload, Payload::Builtin(b) if b.owner.as_ref().is_some_and(|o| o.is(&vm.interp.types.object)))
            || matches!(&f.payload, Payload::StaticMethod(w) if matches!(&w.0.payload, Payload::Builtin(b) if b.owner.as_ref().is_some_and(|o| o.is(&vm.interp.types.object)))),
        None => true,
    }
}

fn object_new(vm: &mut Vm, args: &[PyRef], kwnames: &[PyRef]) -> PyResult {
    let Some(cls) = args.first() else {
        return Err(vm.new_type_error("object.__new__(): not enough arguments"));
    };
    let Some(t) = cls.as_type() else {
        return Err(vm.new_type_error(format!("object.__new__(X): X is not a type object ({})", typeobj::obj_type_name(cls))));
    };
    if args.len() > 1 {
        if !is_object_builtin(vm, cls, "__new__") {
            return Err(vm.new_type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if is_object_builtin(vm, cls, "__init__") {
            return Err(vm.new_type_error(format!("{}() takes no arguments", t.name())));
        }
    }
    let _ = kwnames;
    if t.has_flag(tflags::ABSTRACT) {
        return Err(abstract_error(vm, cls));
    }
    match t.layout {
        Layout::Object => Ok(new_instance(vm, cls)),
        Layout::Exception => Ok(crate::builtins::exceptions::new_exception_of(vm, cls, vec![])),
        _ => Err(vm.new_type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            t.name(),
            t.name()
        ))),
    }
}

fn abstract_error(vm: &mut Vm, cls: &PyRef) -> PyRef {
    let names = typeobj::lookup(vm, cls, "__abstractmethods__").map(|a| vm.collect_iterable(&a).unwrap_or_default()).unwrap_or_default();
    let mut names: Vec<String> = names.iter().filter_map(|n| n.as_str().map(|s| s.as_str().to_string())).collect();
    names.sort();
    // 3.11 lists the names bare (3.12 quotes them).
    let quoted: Vec<String> = names.clone();
    vm.new_type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        typeobj::type_name(cls),
        if names.len() == 1 { "" } else { "s" },
        quoted.join(", ")
    ))
}

fn object_init(vm: &mut Vm, args: &[PyRef], kwnames: &[PyRef]) -> PyResult {
    let pos = positional(args, kwnames);
    if args.len() > 1 {
        let cls = pos[0].class().clone();
        if !is_object_builtin(vm, &cls, "__init__") {
            return Err(vm.new_type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if is_object_builtin(vm, &cls, "__new__") {
            return Err(vm.new_type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                typeobj::type_name(&cls)
            )));
        }
    }
    Ok(vm.none())
}

fn object_repr(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let s = vm.default_repr(&args[0]);
    Ok(vm.new_str(s))
}

fn object_str(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    vm.repr(&args[0])
}

fn object_eq(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    if args.len() != 2 {
        return Err(vm.new_type_error(format!("expected 1 argument, got {}", args.len().saturating_sub(1))));
    }
    Ok(if args[0].is(&args[1]) { vm.new_bool(true) } else { vm.not_implemented() })
}

fn object_ne(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    if args.len() != 2 {
        return Err(vm.new_type_error(format!("expected 1 argument, got {}", args.len().saturating_sub(1))));
    }
    // Delegates to __eq__ and inverts, unless NotImplemented.
    let eq = typeobj::lookup(vm, &args[0].class().clone(), "__eq__");
    match eq {
        Some(f) => {
            let r = vm.call(&f, &[args[0].clone(), args[1].clone()], &[])?;
            if matches!(r.payload, Payload::NotImplemented) {
                return Ok(r);
            }
            let t = vm.is_true(&r)?;
            Ok(vm.new_bool(!t))
        }
        None => Ok(vm.not_implemented()),
    }
}

fn object_cmp_ni(vm: &mut Vm, _args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    Ok(vm.not_implemented())
}

fn object_hash(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    Ok(vm.new_int(crate::protocol::ops::default_hash(&args[0])))
}

fn object_getattribute(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("__getattribute__", &args[1..], kw, 1)?;
    vm.generic_getattr(&args[0], &args[1])
}

fn object_setattr(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("__setattr__", &args[1..], kw, 2)?;
    vm.generic_setattr(&args[0], &args[1], Some(args[2].clone()))?;
    Ok(vm.none())
}

fn object_delattr(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("__delattr__", &args[1..], kw, 1)?;
    vm.generic_setattr(&args[0], &args[1], None)?;
    Ok(vm.none())
}

fn object_init_subclass(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    if !kw.is_empty() || args.len() > 1 {
        let cls = &args[0];
        return Err(vm.new_type_error(format!("{}.__init_subclass__() takes no keyword arguments", typeobj::type_name(cls))));
    }
    Ok(vm.none())
}

fn object_format(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("__format__", &args[1..], kw, 1)?;
    let spec = vm.expect_str(&args[1], "format_spec")?;
    if !spec.is_empty() {
        return Err(vm.new_type_error(format!(
            "unsupported format string passed to {}.__format__",
            typeobj::obj_type_name(&args[0])
        )));
    }
    vm.str(&args[0])
}

fn object_dir(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let o = &args[0];
    let mut names: Vec<PyRef> = Vec::new();
    if let Some(d) = o.dict.get() {
        names.extend(d.as_dict().unwrap().borrow().keys());
    }
    let ty = o.class().clone();
    for b in ty.as_type().unwrap().mro.borrow().iter() {
        names.extend(b.as_type().unwrap().dict.as_dict().unwrap().borrow().keys());
    }
    // Each name once (CPython collects them in a dict).
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| n.as_str().map_or(true, |s| seen.insert(s.as_str().to_string())));
    Ok(vm.new_list(names))
}

fn object_class_get(vm: &mut Vm, o: &PyRef) -> PyResult {
    let _ = vm;
    Ok(o.class().clone())
}

fn object_class_set(vm: &mut Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let Some(v) = v else { return Err(vm.new_type_error("can't delete __class__ attribute")) };
    let Some(nt) = v.as_type() else {
        return Err(vm.new_type_error(format!("__class__ must be set to a class, not '{}' object", typeobj::obj_type_name(&v))));
    };
    let ot = o.class().as_type().unwrap();
    if !nt.is_heap() || !ot.is_heap() {
        let module_ok = matches!(o.payload, Payload::Module(_)) && typeobj::is_subtype(&v, &vm.interp.types.module);
        if !module_ok {
            return Err(vm.new_type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
        }
        o.set_class(&v);
        return Ok(());
    }
    if nt.layout != ot.layout || nt.slot_count.get() != ot.slot_count.get() {
        return Err(vm.new_type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            nt.name(),
            ot.name()
        )));
    }
    o.set_class(&v);
    Ok(())
}

fn object_dict_get(vm: &mut Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Module(d) => Ok(d.clone()),
        Payload::Type(t) => Ok(PyRef::new(&vm.interp.types.mappingproxy, Payload::MappingProxy(t.dict.clone()))),
        _ => match o.dict.get() {
            Some(d) => Ok(d),
            None => {
                if o.class().as_type().is_some_and(|t| t.has_flag(tflags::HAS_DICT)) {
                    let d = vm.new_dict();
                    o.dict.set(Some(d.clone()));
                    Ok(d)
                } else {
                    Err(vm.new_attribute_error(o, "__dict__", format!("'{}' object has no attribute '__dict__'", typeobj::obj_type_name(o))))
                }
            }
        },
    }
}

fn object_dict_set(vm: &mut Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    match v {
        Some(d) if d.as_dict().is_some() => {
            o.dict.set(Some(d));
            Ok(())
        }
        Some(d) => Err(vm.new_type_error(format!("__dict__ must be set to a dictionary, not a '{}'", typeobj::obj_type_name(&d)))),
        // The instance starts over with an empty dict.
        None => {
            o.dict.set(Some(vm.new_dict()));
            Ok(())
        }
    }
}

/// Calls `copyreg.<name>(args...)`: the reduce protocol's defaults live in lib/copyreg.py.
fn copyreg_call(vm: &mut Vm, name: &str, args: &[PyRef]) -> PyResult {
    let m = vm.import_module_path("copyreg")?;
    let f = vm.getattr_str(&m, name)?;
    vm.call(&f, args, &[])
}

/// `object.__reduce_ex__(protocol)`: a class's own `__reduce__` wins, else copyreg's
/// default reduction.
fn object_reduce_ex(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("__reduce_ex__", &a[1..], k, 1)?;
    if let Some(r) = typeobj::lookup(vm, &a[0].class().clone(), "__reduce__") {
        let own = !matches!(&r.payload, Payload::Builtin(b) if b.owner.as_ref().is_some_and(|o| o.is(&vm.interp.types.object)));
        if own {
            let m = vm.getattr_str(&a[0], "__reduce__")?;
            return vm.call(&m, &[], &[]);
        }
    }
    copyreg_call(vm, "_reduce_ex", &[a[0].clone(), a[1].clone()])
}

fn object_reduce(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("__reduce__", &a[1..], k, 0)?;
    let zero = vm.new_int(0);
    copyreg_call(vm, "_reduce_ex", &[a[0].clone(), zero])
}

/// `object.__getstate__()` (3.11): the instance dict and slot values.
fn object_getstate(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("__getstate__", &a[1..], k, 0)?;
    copyreg_call(vm, "_default_getstate", &[a[0].clone()])
}

fn object_sizeof(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let n = crate::builtins::sizeof::basic_size(vm, &args[0]);
    Ok(vm.new_int(n as i64))
}

fn object_subclasshook(vm: &mut Vm, _args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    Ok(vm.not_implemented())
}

// ---- type ----

fn type_new(vm: &mut Vm, args: &[PyRef], kwnames: &[PyRef]) -> PyResult {
    let pos = positional(args, kwnames);
    if pos.len() == 2 && pos[0].is(&vm.interp.types.type_) {
        return Ok(pos[1].class().clone());
    }
    if pos.len() != 4 {
        return Err(vm.new_type_error("type() takes 1 or 3 arguments"));
    }
    let mut meta = pos[0].clone();
    let name = vm.expect_str(&pos[1], "type.__new__() argument 1")?;
    let bases = match &pos[2].payload {
        Payload::Tuple(t) => t.to_vec(),
        _ => return Err(vm.new_type_error(format!("type.__new__() argument 2 must be tuple, not {}", typeobj::obj_type_name(&pos[2])))),
    };
    // As CPython: the most derived metaclass of the bases takes over; if it has a
    // __new__ of its own, that creates the class.
    let winner = calculate_metaclass(vm, &meta, &bases)?;
    if !winner.is(&meta) {
        if let Some(new) = typeobj::lookup(vm, &winner, "__new__") {
            let is_type_new = matches!(&new.payload, Payload::StaticMethod(w) if matches!(&w.0.payload, Payload::Builtin(b) if b.owner.as_ref().is_some_and(|o| o.is(&vm.interp.types.type_))));
            if !is_type_new {
                let mut a = vec![winner.clone()];
                a.extend_from_slice(&args[1..]);
                let f = match &new.payload {
                    Payload::StaticMethod(w) => w.0.clone(),
                    _ => new.clone(),
                };
                return vm.call(&f, &a, kwnames);
            }
        }
        meta = winner;
    }
    if pos[3].as_dict().is_none() {
        return Err(vm.new_type_error(format!("type.__new__() argument 3 must be dict, not {}", typeobj::obj_type_name(&pos[3]))));
    }
    let kw: Vec<(String, PyRef)> = crate::args::keywords(args, kwnames).map(|(k, v)| (k.to_string(), v.clone())).collect();
    create_class(vm, &meta, &name, bases, &pos[3], kw)
}

/// The most derived of `meta` and the bases' metaclasses (CPython's
/// _PyType_CalculateMetaclass), or the "metaclass conflict" TypeError.
pub fn calculate_metaclass(vm: &mut Vm, meta: &PyRef, bases: &[PyRef]) -> PyResult<PyRef> {
    let mut winner = meta.clone();
    for b in bases {
        let bm = b.class().clone();
        if typeobj::is_subtype(&winner, &bm) {
            continue;
        }
        if typeobj::is_subtype(&bm, &winner) {
            winner = bm;
            continue;
        }
        return Err(vm.new_type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// The heart of class creation (`type.__new__`).
pub fn create_class(vm: &mut Vm, meta: &PyRef, name: &str, bases: Vec<PyRef>, ns: &PyRef, kwargs: Vec<(String, PyRef)>) -> PyResult {
    let bases = if bases.is_empty() { vec![vm.interp.types.object.clone()] } else { bases };
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(vm.new_type_error(format!("duplicate base class {}", typeobj::type_name(b))));
        }
    }
    for b in &bases {
        match b.as_type() {
            Some(t) if t.has_flag(tflags::BASETYPE) => {}
            Some(t) => return Err(vm.new_type_error(format!("type '{}' is not an acceptable base type", t.name()))),
            None => return Err(vm.new_type_error("bases must be types")),
        }
    }
    // Instance layout: all non-object layouts must agree.
    let mut layout = Layout::Object;
    for b in &bases {
        let l = b.as_type().unwrap().layout;
        if l != Layout::Object {
            if layout != Layout::Object && layout != l && !(matches!((layout, l), (Layout::Int, Layout::Bool) | (Layout::Bool, Layout::Int))) {
                return Err(vm.new_type_error("multiple bases have instance lay-out conflict"));
            }
            layout = l;
        }
    }
    let d = vm.new_dict();
    vm.dict_update(&d, ns)?;
    let qualname = match dict::get_str(vm, &d, "__qualname__") {
        Some(q) => {
            let q = vm.expect_str(&q, "type __qualname__")?;
            let k = vm.intern("__qualname__");
            dict::del_item(vm, &d, &k)?;
            q
        }
        None => name.to_string(),
    };
    if dict::get_str(vm, &d, "__module__").is_none() {
        if let Some(f) = vm.current_frame() {
            let g = f.globals.clone();
            if let Some(m) = dict::get_str(vm, &g, "__name__") {
                dict::set_str(vm, &d, "__module__", m);
            }
        }
    }
    if dict::get_str(vm, &d, "__doc__").is_none() {
        let none = vm.none();
        dict::set_str(vm, &d, "__doc__", none);
    }
    let mut flags = tflags::HEAPTYPE | tflags::BASETYPE;
    // __slots__.
    let base_slots = bases.iter().map(|b| b.as_type().unwrap().slot_count.get()).max().unwrap_or(0);
    let base_has_dict = bases.iter().any(|b| b.as_type().unwrap().has_flag(tflags::HAS_DICT));
    let mut slot_names: Vec<String> = Vec::new();
    let mut wants_dict = true;
    let base_has_weakref = bases.iter().any(|b| b.as_type().unwrap().has_flag(tflags::HAS_WEAKREF));
    let mut wants_weakref = crate::objects::weakref::layout_allows_weakref(layout);
    if let Some(slots) = dict::get_str(vm, &d, "__slots__") {
        wants_dict = false;
        wants_weakref = false;
        let items = if slots.as_str().is_some() { vec![slots.clone()] } else { vm.collect_iterable(&slots)? };
        for s in items {
            let n = match s.as_str() {
                Some(n) => n.as_str().to_string(),
                None => return Err(vm.new_type_error(format!("__slots__ items must be strings, not '{}'", typeobj::obj_type_name(&s)))),
            };
            if n.is_empty() || n.starts_with(|c: char| c.is_ascii_digit()) || !n.chars().all(|c| c == '_' || c.is_alphanumeric()) {
                return Err(vm.new_type_error("__slots__ must be identifiers"));
            }
            if n == "__dict__" {
                wants_dict = true;
                continue;
            }
            if n == "__weakref__" {
                wants_weakref = true;
                continue;
            }
            // Private names are mangled like attribute names in the class body.
            let n = match n.strip_prefix("__") {
                Some(rest) if !n.ends_with("__") && !name.trim_start_matches('_').is_empty() => {
                    format!("_{}__{rest}", name.trim_start_matches('_'))
                }
                _ => n,
            };
            if dict::get_str(vm, &d, &n).is_some() {
                return Err(vm.new_value_error(format!("'{n}' in __slots__ conflicts with class variable")));
            }
            slot_names.push(n);
        }
    }
    if wants_dict || base_has_dict {
        flags |= tflags::HAS_DICT;
    }
    if wants_weakref || base_has_weakref {
        flags |= tflags::HAS_WEAKREF;
    }
    if dict::get_str(vm, &d, "__del__").is_some() {
        flags |= tflags::HAS_DEL;
    }
    let td = TypeData::new(name, bases.clone(), d.clone(), layout, flags);
    *td.qualname.borrow_mut() = qualname;
    td.slot_count.set(base_slots + slot_names.len());
    let cls = PyRef::new(meta, Payload::Type(Box::new(td)));
    typeobj::finish_type(vm, &cls)?;
    if flags & tflags::HAS_DICT != 0 && !base_has_dict && dict::get_str(vm, &d, "__dict__").is_none() {
        install_dict_getset(vm, &cls);
    }
    if flags & tflags::HAS_WEAKREF != 0 && !base_has_weakref && dict::get_str(vm, &d, "__weakref__").is_none() {
        vm.add_getset(&cls, "__weakref__", object_weakref_get, None);
    }
    let t = cls.as_type().unwrap();
    if flags & tflags::HAS_DICT != 0 && layout == Layout::Object {
        *t.shared_keys.borrow_mut() = Some((Vec::new(), typeobj::SHARED_KEYS_MAX));
    }
    t.slot_count.set(t.slot_count.get().max(base_slots + slot_names.len()));
    for (i, n) in slot_names.iter().enumerate() {
        let name_obj = vm.intern(n);
        let m = PyRef::new(
            &vm.interp.types.member_descriptor,
            Payload::Member(Box::new(MemberData { name: name_obj, index: base_slots + i, owner: cls.clone() })),
        );
        dict::set_str(vm, &d, n, m);
    }
    // Implicit wrappers, as CPython.
    if let Some(f) = dict::get_str(vm, &d, "__new__") {
        if matches!(f.payload, Payload::Function(_)) {
            let w = PyRef::new(&vm.interp.types.staticmethod, Payload::StaticMethod(crate::object::Wrapped(f)));
            dict::set_str(vm, &d, "__new__", w);
        }
    }
    for cm in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = dict::get_str(vm, &d, cm) {
            if matches!(f.payload, Payload::Function(_)) {
                let w = PyRef::new(&vm.interp.types.classmethod, Payload::ClassMethod(crate::object::Wrapped(f)));
                dict::set_str(vm, &d, cm, w);
            }
        }
    }
    if dict::get_str(vm, &d, "__eq__").is_some() && dict::get_str(vm, &d, "__hash__").is_none() {
        let none = vm.none();
        dict::set_str(vm, &d, "__hash__", none);
    }
    // __classcell__.
    if let Some(cell) = dict::get_str(vm, &d, "__classcell__") {
        if matches!(cell.payload, Payload::Cell(_)) {
            vm.cell_set(&cell, Some(cls.clone()));
        }
        let k = vm.intern("__classcell__");
        dict::del_item(vm, &d, &k)?;
    }
    // __set_name__.
    let items = d.as_dict().unwrap().borrow().items();
    for (k, v) in items {
        if let Some(sn) = vm.lookup_special(&v, "__set_name__")? {
            if let Err(e) = vm.call(&sn, &[cls.clone(), k.clone()], &[]) {
                // 3.11 wraps it, with the original as the cause.
                let key = vm.repr_str(&k)?;
                let err = vm.new_runtime_error(format!(
                    "Error calling __set_name__ on '{}' instance {key} in '{}'",
                    typeobj::obj_type_name(&v),
                    typeobj::type_name(&cls)
                ));
                crate::exceptions::exc_data(&err).borrow_mut().cause = Some(e);
                crate::exceptions::exc_data(&err).borrow_mut().suppress_context = true;
                return Err(err);
            }
        }
    }
    // Parent's __init_subclass__.
    let mro = t.mro.borrow().clone();
    for b in mro.iter().skip(1) {
        let bd = b.as_type().unwrap().dict.clone();
        if let Some(f) = dict::get_str(vm, &bd, "__init_subclass__") {
            let bound = match &f.payload {
                Payload::ClassMethod(w) => vm.new_method(w.0.clone(), cls.clone()),
                Payload::Builtin(_) => {
                    let args: Vec<PyRef> = vec![cls.clone()];
                    let mut all = args;
                    let mut names = Vec::new();
                    for (k, v) in &kwargs {
                        names.push(vm.intern(k));
                        all.push(v.clone());
                    }
                    let e = object_init_subclass(vm, &all, &names);
                    if let Err(e) = e {
                        return Err(e);
                    }
                    break;
                }
                _ => vm.new_method(f.clone(), cls.clone()),
            };
            let mut all = Vec::new();
            let mut names = Vec::new();
            for (k, v) in &kwargs {
                names.push(vm.intern(k));
                all.push(v.clone());
            }
            vm.call(&bound, &all, &names)?;
            break;
        }
    }
    Ok(cls)
}

fn type_call(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let cls = args[0].clone();
    vm.type_call_default(&cls, &args[1..], kw)
}

fn type_init(vm: &mut Vm, _args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    Ok(vm.none())
}

fn type_repr(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let s = vm.builtin_repr(&args[0])?;
    Ok(vm.new_str(s))
}

fn type_mro(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let m = args[0].as_type().map(|t| t.mro.borrow().clone()).unwrap_or_default();
    Ok(vm.new_list(m))
}

fn type_subclasses(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let m = args[0].as_type().map(|t| t.subclasses.borrow().clone()).unwrap_or_default();
    Ok(vm.new_list(m))
}

fn type_instancecheck(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let r = typeobj::is_subtype(args[1].class(), &args[0]);
    Ok(vm.new_bool(r))
}

fn type_subclasscheck(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let r = typeobj::is_subtype(&args[1], &args[0]);
    Ok(vm.new_bool(r))
}

fn type_prepare(vm: &mut Vm, _args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    Ok(vm.new_dict())
}

fn type_name_get(vm: &mut Vm, o: &PyRef) -> PyResult {
    let n = o.as_type().unwrap().name();
    Ok(vm.new_str(n))
}

fn type_name_set(vm: &mut Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let t = o.as_type().unwrap();
    if !t.is_heap() {
        return Err(vm.new_type_error(format!("cannot set '__name__' attribute of immutable type '{}'", t.name())));
    }
    match v.as_ref().and_then(|v| v.as_str()) {
        Some(s) => {
            *t.name.borrow_mut() = s.as_str().to_string();
            Ok(())
        }
        None => match v {
            Some(v) => Err(vm.new_type_error(format!("can only assign string to {}.__name__, not '{}'", t.name(), typeobj::obj_type_name(&v)))),
            None => Err(vm.new_type_error(format!("cannot delete '__name__' attribute of immutable type '{}'", t.name()))),
        },
    }
}

fn type_qualname_get(vm: &mut Vm, o: &PyRef) -> PyResult {
    let n = o.as_type().unwrap().qualname.borrow().clone();
    Ok(vm.new_str(n))
}

fn type_qualname_set(vm: &mut Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let t = o.as_type().unwrap();
    match v.as_ref().and_then(|v| v.as_str()) {
        Some(s) => {
            *t.qualname.borrow_mut() = s.as_str().to_string();
            Ok(())
        }
        None => match v {
            Some(v) => Err(vm.new_type_error(format!("can only assign string to {}.__qualname__, not '{}'", t.name(), typeobj::obj_type_name(&v)))),
            None => Err(vm.new_type_error(format!("cannot delete '__qualname__' attribute of immutable type '{}'", t.name()))),
        },
    }
}

fn type_bases_get(vm: &mut Vm, o: &PyRef) -> PyResult {
    let b = o.as_type().unwrap().bases.borrow().clone();
    Ok(vm.new_tuple(b))
}

fn type_base_get(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(o.as_type().unwrap().bases.borrow().first().cloned().unwrap_or_else(|| vm.none()))
}

fn type_mro_get(vm: &mut Vm, o: &PyRef) -> PyResult {
    let m = o.as_type().unwrap().mro.borrow().clone();
    Ok(vm.new_tuple(m))
}

fn type_module_get(vm: &mut Vm, o: &PyRef) -> PyResult {
    let t = o.as_type().unwrap();
    match dict::get_str(vm, &t.dict, "__module__") {
        // `type`'s own dict holds this getset under the name: builtin, then.
        Some(m) if !matches!(m.payload, Payload::GetSet(_)) => Ok(m),
        _ => Ok(vm.new_str("builtins")),
    }
}

fn type_module_set(vm: &mut Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let t = o.as_type().unwrap();
    let d = t.dict.clone();
    match v {
        Some(v) => dict::set_str(vm, &d, "__module__", v),
        None => {
            let k = vm.intern("__module__");
            dict::del_item(vm, &d, &k)?;
        }
    }
    Ok(())
}

fn type_doc_get(vm: &mut Vm, o: &PyRef) -> PyResult {
    let t = o.as_type().unwrap();
    if let Some(d) = dict::get_str(vm, &t.dict, "__doc__") {
        return vm.descr_get(&d, None, o);
    }
    Ok(match t.doc.get() {
        Some(s) => vm.new_str(s),
        None => vm.none(),
    })
}

fn type_doc_set(vm: &mut Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let t = o.as_type().unwrap();
    match v {
        Some(v) => {
            let d = t.dict.clone();
            dict::set_str(vm, &d, "__doc__", v);
            Ok(())
        }
        // CPython words every deletion of a special type attribute this way.
        None => Err(vm.new_type_error(format!("cannot delete '__doc__' attribute of immutable type '{}'", t.name()))),
    }
}

fn type_dict_get(vm: &mut Vm, o: &PyRef) -> PyResult {
    object_dict_get(vm, o)
}

fn type_annotations_get(vm: &mut Vm, o: &PyRef) -> PyResult {
    let t = o.as_type().unwrap();
    let d = t.dict.clone();
    match dict::get_str(vm, &d, "__annotations__") {
        Some(a) => Ok(a),
        None => {
            if !t.is_heap() {
                return Err(vm.no_attribute(o, "__annotations__"));
            }
            let a = vm.new_dict();
            dict::set_str(vm, &d, "__annotations__", a.clone());
            Ok(a)
        }
    }
}

fn type_abstract_get(vm: &mut Vm, o: &PyRef) -> PyResult {
    let t = o.as_type().unwrap();
    match dict::get_str(vm, &t.dict, "__abstractmethods__") {
        Some(a) if !o.is(&vm.interp.types.type_) => Ok(a),
        _ => Err(vm.new_attribute_error(o, "__abstractmethods__", "__abstractmethods__".into())),
    }
}

fn type_abstract_set(vm: &mut Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let t = o.as_type().unwrap();
    let d = t.dict.clone();
    let abstract_ = match &v {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    match v {
        Some(v) => dict::set_str(vm, &d, "__abstractmethods__", v),
        None => {
            let k = vm.intern("__abstractmethods__");
            dict::del_item(vm, &d, &k)?;
        }
    }
    let f = t.flags.get();
    t.flags.set(if abstract_ { f | tflags::ABSTRACT } else { f & !tflags::ABSTRACT });
    Ok(())
}

/// Installs the methods of `object` and `type`.
pub fn init(vm: &mut Vm) {
    let o = vm.interp.types.object.clone();
    vm.add_new(&o, object_new);
    vm.add_method(&o, "__init__", object_init);
    vm.add_method(&o, "__repr__", object_repr);
    vm.add_method(&o, "__str__", object_str);
    vm.add_method(&o, "__eq__", object_eq);
    vm.add_method(&o, "__ne__", object_ne);
    vm.add_method(&o, "__lt__", object_cmp_ni);
    vm.add_method(&o, "__le__", object_cmp_ni);
    vm.add_method(&o, "__gt__", object_cmp_ni);
    vm.add_method(&o, "__ge__", object_cmp_ni);
    vm.add_method(&o, "__hash__", object_hash);
    vm.add_method(&o, "__getattribute__", object_getattribute);
    vm.add_method(&o, "__setattr__", object_setattr);
    vm.add_method(&o, "__delattr__", object_delattr);
    vm.add_classmethod(&o, "__init_subclass__", object_init_subclass);
    vm.add_classmethod(&o, "__subclasshook__", object_subclasshook);
    vm.add_method(&o, "__format__", object_format);
    vm.add_method(&o, "__dir__", object_dir);
    vm.add_method(&o, "__sizeof__", object_sizeof);
    vm.add_method(&o, "__reduce_ex__", object_reduce_ex);
    vm.add_method(&o, "__reduce__", object_reduce);
    vm.add_method(&o, "__getstate__", object_getstate);
    vm.add_getset(&o, "__class__", object_class_get, Some(object_class_set));
    let doc = vm.new_str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n");
    vm.add_attr(&o, "__doc__", doc);

    let t = vm.interp.types.type_.clone();
    vm.add_new(&t, type_new);
    vm.add_method(&t, "__init__", type_init);
    vm.add_method(&t, "__call__", type_call);
    vm.add_method(&t, "__repr__", type_repr);
    vm.add_method(&t, "mro", type_mro);
    vm.add_method(&t, "__or__", type_or);
    vm.add_method(&t, "__ror__", type_ror);
    vm.add_method(&t, "__subclasses__", type_subclasses);
    vm.add_method(&t, "__instancecheck__", type_instancecheck);
    vm.add_method(&t, "__subclasscheck__", type_subclasscheck);
    vm.add_classmethod(&t, "__prepare__", type_prepare);
    vm.add_getset(&t, "__name__", type_name_get, Some(type_name_set));
    vm.add_getset(&t, "__qualname__", type_qualname_get, Some(type_qualname_set));
    vm.add_getset(&t, "__bases__", type_bases_get, None);
    vm.add_getset(&t, "__base__", type_base_get, None);
    vm.add_getset(&t, "__mro__", type_mro_get, None);
    vm.add_getset(&t, "__module__", type_module_get, Some(type_module_set));
    vm.add_getset(&t, "__doc__", type_doc_get, Some(type_doc_set));
    vm.add_getset(&t, "__dict__", type_dict_get, None);
    vm.add_getset(&t, "__annotations__", type_annotations_get, None);
    vm.add_getset(&t, "__abstractmethods__", type_abstract_get, Some(type_abstract_set));
}

/// `__dict__` getset for types whose instances have one (installed on heap classes' bases).
/// `obj.__weakref__`: the first weak reference to `obj`, or None.
fn object_weakref_get(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(crate::objects::weakref::first_ref(o).unwrap_or_else(|| vm.none()))
}

pub fn install_dict_getset(vm: &mut Vm, ty: &PyRef) {
    vm.add_getset(ty, "__dict__", object_dict_get, Some(object_dict_set));
}

/// `type | other` (PEP 604): builds `types.UnionType` via lib/types.py.
fn union_of(vm: &mut Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let ok = |o: &PyRef| matches!(o.payload, Payload::Type(_) | Payload::None) || typeobj::obj_type_name(o) == "UnionType" || typeobj::obj_type_name(o) == "GenericAlias";
    if !ok(a) || !ok(b) {
        return Ok(vm.not_implemented());
    }
    let types = vm.import_module_path("types")?;
    let mk = vm.getattr_str(&types, "_make_union")?;
    vm.call(&mk, &[a.clone(), b.clone()], &[])
}

pub fn type_or(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    union_of(vm, &a[0], &a[1])
}

pub fn type_ror(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    union_of(vm, &a[1], &a[0])
}
