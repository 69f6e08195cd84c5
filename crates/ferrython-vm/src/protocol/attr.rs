//! Attribute access: `getattr`/`setattr`/`delattr` with the descriptor protocol
//! (data descriptors beat the instance dict, which beats non-data descriptors).
//! CPython: Objects/object.c (PyObject_GenericGetAttr), Objects/typeobject.c (type_getattro).

use crate::object::{BuiltinData, BuiltinKind, Payload, PyRef};
use crate::objects::dict;
use crate::objects::typeobj::{self, tflags};
use crate::{PyResult, Vm};

/// How a class attribute behaves when found on the type.
pub(crate) enum DescrKind {
    Data,
    NonData,
    Plain,
}

impl Vm {
    pub(crate) fn descr_kind(&self, d: &PyRef) -> DescrKind {
        match &d.payload {
            Payload::Property(_) | Payload::Member(_) | Payload::GetSet(_) => DescrKind::Data,
            Payload::Function(_) | Payload::Builtin(_) | Payload::ClassMethod(_) | Payload::StaticMethod(_) => {
                DescrKind::NonData
            }
            _ => {
                let ty = d.class();
                if !ty.as_type().is_some_and(|t| t.is_heap()) {
                    return DescrKind::Plain;
                }
                if typeobj::lookup(self, ty, "__set__").is_some() || typeobj::lookup(self, ty, "__delete__").is_some() {
                    DescrKind::Data
                } else if typeobj::lookup(self, ty, "__get__").is_some() {
                    DescrKind::NonData
                } else {
                    DescrKind::Plain
                }
            }
        }
    }

    /// `descr.__get__(obj, owner)`; `obj` None means access through the class.
    pub fn descr_get(&mut self, descr: &PyRef, obj: Option<&PyRef>, owner: &PyRef) -> PyResult {
        match &descr.payload {
            Payload::Function(_) => match obj {
                Some(o) => Ok(self.new_method(descr.clone(), o.clone())),
                None => Ok(descr.clone()),
            },
            Payload::Builtin(b) => match (b.kind, obj) {
                (BuiltinKind::Method, Some(o)) => Ok(self.bind_builtin(b, o.clone())),
                (BuiltinKind::ClassMethod, _) => Ok(self.bind_builtin(b, owner.clone())),
                _ => Ok(descr.clone()),
            },
            Payload::ClassMethod(f) => {
                let f = f.0.clone();
                if matches!(f.payload, Payload::Property(_) | Payload::StaticMethod(_) | Payload::ClassMethod(_)) {
                    // classmethod(property(...)): the inner descriptor sees the class.
                    let owner_ty = owner.class().clone();
                    self.descr_get(&f, Some(owner), &owner_ty)
                } else if matches!(f.payload, Payload::Function(_) | Payload::Builtin(_)) || !f.class().as_type().is_some_and(|t| t.is_heap()) {
                    Ok(self.new_method(f, owner.clone()))
                } else {
                    // Chained descriptors (3.9–3.12): classmethod wrapping a descriptor.
                    match typeobj::lookup(self, f.class(), "__get__") {
                        Some(g) => self.call(&g, &[f.clone(), owner.clone(), owner.clone()], &[]),
                        None => Ok(self.new_method(f, owner.clone())),
                    }
                }
            }
            Payload::StaticMethod(f) => Ok(f.0.clone()),
            Payload::Property(p) => match obj {
                None => Ok(descr.clone()),
                Some(o) => match p.fget.get() {
                    Some(g) => self.call(&g, &[o.clone()], &[]),
                    None => {
                        let name = self.property_name(descr);
                        let label = name.as_ref().map(|n| format!("property '{n}'")).unwrap_or_else(|| "property".into());
                        Err(self.new_attribute_error(
                            o,
                            name.as_deref().unwrap_or(""),
                            format!("{label} of '{}' object has no getter", typeobj::obj_type_name(o)),
                        ))
                    }
                },
            },
            Payload::Member(m) => match obj {
                None => Ok(descr.clone()),
                Some(o) => {
                    let v = match &o.payload {
                        Payload::Instance(slots) => slots.get(m.index).and_then(|s| s.get()),
                        _ => None,
                    };
                    match v {
                        Some(v) => Ok(v),
                        None => {
                            let name = m.name.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
                            Err(self.new_attribute_error(
                                o,
                                &name,
                                format!("'{}' object has no attribute '{name}'", typeobj::obj_type_name(o)),
                            ))
                        }
                    }
                }
            },
            Payload::GetSet(g) => match obj {
                None => Ok(descr.clone()),
                Some(o) => (g.get)(self, o),
            },
            _ => {
                let ty = descr.class().clone();
                if ty.as_type().is_some_and(|t| t.is_heap()) {
                    if let Some(get) = typeobj::lookup(self, &ty, "__get__") {
                        let o = obj.cloned().unwrap_or_else(|| self.none());
                        return self.call(&get, &[descr.clone(), o, owner.clone()], &[]);
                    }
                }
                Ok(descr.clone())
            }
        }
    }

    /// The name a property reports in errors: the one `__set_name__` gave it, if any.
    fn property_name(&self, p: &PyRef) -> Option<String> {
        match &p.payload {
            Payload::Property(pd) => pd.name.get().and_then(|n| n.as_str().map(|s| s.as_str().to_string())),
            _ => None,
        }
    }

    pub fn new_method(&self, func: PyRef, self_: PyRef) -> PyRef {
        PyRef::new(&self.interp.types.method, Payload::Method(Box::new((func, self_))))
    }

    fn bind_builtin(&self, b: &BuiltinData, self_: PyRef) -> PyRef {
        PyRef::new(
            &self.interp.types.builtin_function,
            Payload::Builtin(Box::new(BuiltinData {
                name: b.name,
                func: b.func,
                self_: Some(self_),
                owner: b.owner.clone(),
                kind: b.kind,
                doc: b.doc,
            })),
        )
    }

    /// `getattr(obj, name)` with a str object name.
    pub fn getattr(&mut self, obj: &PyRef, name: &PyRef) -> PyResult {
        if let Payload::Super(_) = &obj.payload {
            return crate::objects::basic_types::super_getattribute(self, &[obj.clone(), name.clone()], &[]);
        }
        let ty = obj.class().clone();
        if ty.as_type().is_some_and(|t| t.is_heap()) {
            if let Some(ga) = typeobj::lookup(self, &ty, "__getattribute__") {
                if !matches!(ga.payload, Payload::Builtin(_)) {
                    let r = self.call(&ga, &[obj.clone(), name.clone()], &[]);
                    return self.getattr_fallback(obj, name, r);
                }
            }
            let r = self.generic_getattr(obj, name);
            return self.getattr_fallback(obj, name, r);
        }
        self.generic_getattr(obj, name)
    }

    /// On AttributeError, try the class's `__getattr__`.
    fn getattr_fallback(&mut self, obj: &PyRef, name: &PyRef, r: PyResult) -> PyResult {
        match r {
            Err(e) if self.isinstance_exc(&e, &self.interp.exc.attribute_error.clone()) => {
                if let Some(ga) = typeobj::lookup(self, obj.class(), "__getattr__") {
                    return self.call(&ga, &[obj.clone(), name.clone()], &[]);
                }
                Err(e)
            }
            r => r,
        }
    }

    /// `getattr` by Rust string.
    pub fn getattr_str(&mut self, obj: &PyRef, name: &str) -> PyResult {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    /// `getattr(obj, name, None)`-style: None when AttributeError.
    pub fn getattr_opt(&mut self, obj: &PyRef, name: &str) -> PyResult<Option<PyRef>> {
        match self.getattr_str(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.isinstance_exc(&e, &self.interp.exc.attribute_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `object.__getattribute__`: the descriptor protocol without `__getattr__`.
    pub fn generic_getattr(&mut self, obj: &PyRef, name: &PyRef) -> PyResult {
        let name_s = match name.as_str() {
            Some(s) => s,
            None => {
                return Err(self.new_type_error(format!(
                    "attribute name must be string, not '{}'",
                    typeobj::obj_type_name(name)
                )))
            }
        };
        if let Payload::Type(_) = &obj.payload {
            return self.type_getattr(obj, name);
        }
        let ty = obj.class().clone();
        let hash = name_s.hash();
        let key = name_s.as_str();
        if let Payload::Method(m) = &obj.payload {
            // Bound methods: the method type's own attributes, else the function's
            // (`__name__`, `__doc__`, `__module__`, function attributes...).
            if !matches!(key, "__doc__" | "__module__") {
                if let Some(d) = lookup_hashed(&ty, key, hash) {
                    return match self.descr_kind(&d) {
                        DescrKind::Plain => Ok(d),
                        _ => self.descr_get(&d, Some(obj), &ty),
                    };
                }
            }
            let f = m.0.clone();
            return self.getattr(&f, name);
        }
        let descr = lookup_hashed(&ty, key, hash);
        if let Some(d) = &descr {
            if let DescrKind::Data = self.descr_kind(d) {
                // A data descriptor without __get__ (only __set__/__delete__) leaves
                // reads to the instance dict.
                let has_get = !d.class().as_type().is_some_and(|t| t.is_heap()) || typeobj::lookup(self, &d.class().clone(), "__get__").is_some();
                if has_get {
                    return self.descr_get(d, Some(obj), &ty);
                }
            }
        }
        let inst_dict = match &obj.payload {
            Payload::Module(d) => Some(d.clone()),
            _ => obj.dict.get(),
        };
        if let Some(d) = inst_dict {
            let found = match d.as_dict() {
                Some(dd) => dd.borrow().get_str(hash, key).cloned(),
                None => None,
            };
            if let Some(v) = found {
                return Ok(v);
            }
        }
        if let Some(d) = descr {
            return match self.descr_kind(&d) {
                DescrKind::Plain => Ok(d),
                _ => self.descr_get(&d, Some(obj), &ty),
            };
        }
        if let Payload::Module(md) = &obj.payload {
            if let Some(ga) = dict::get_str(self, md, "__getattr__") {
                return self.call(&ga, &[name.clone()], &[]);
            }
        }
        if let Payload::Exception(e) = &obj.payload {
            if let Some(v) = e.borrow().get_attr(key) {
                return Ok(v);
            }
        }
        Err(self.no_attribute(obj, key))
    }

    /// Attribute lookup on a class: metatype data descriptors, then the class's MRO
    /// (with `__get__(None, cls)`), then the metatype's other attributes.
    fn type_getattr(&mut self, cls: &PyRef, name: &PyRef) -> PyResult {
        let s = name.as_str().unwrap();
        let (key, hash) = (s.as_str(), s.hash());
        let meta = cls.class().clone();
        let meta_attr = lookup_hashed(&meta, key, hash);
        if let Some(m) = &meta_attr {
            if let DescrKind::Data = self.descr_kind(m) {
                return self.descr_get(m, Some(cls), &meta);
            }
        }
        if let Some(v) = lookup_hashed(cls, key, hash) {
            return match self.descr_kind(&v) {
                DescrKind::Plain => Ok(v),
                _ => self.descr_get(&v, None, cls),
            };
        }
        if let Some(m) = meta_attr {
            return match self.descr_kind(&m) {
                DescrKind::Plain => Ok(m),
                _ => self.descr_get(&m, Some(cls), &meta),
            };
        }
        Err(self.no_attribute(cls, key))
    }

    /// `setattr(obj, name, value)`; `value` None deletes.
    pub fn setattr_opt(&mut self, obj: &PyRef, name: &PyRef, value: Option<PyRef>) -> PyResult<()> {
        let ty = obj.class().clone();
        if ty.as_type().is_some_and(|t| t.is_heap()) {
            let which = if value.is_some() { "__setattr__" } else { "__delattr__" };
            if let Some(sa) = typeobj::lookup(self, &ty, which) {
                if !matches!(sa.payload, Payload::Builtin(_)) {
                    let mut args = vec![obj.clone(), name.clone()];
                    if let Some(v) = value {
                        args.push(v);
                    }
                    self.call(&sa, &args, &[])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, name, value)
    }

    pub fn setattr(&mut self, obj: &PyRef, name: &PyRef, value: PyRef) -> PyResult<()> {
        self.setattr_opt(obj, name, Some(value))
    }

    pub fn setattr_str(&mut self, obj: &PyRef, name: &str, value: PyRef) -> PyResult<()> {
        let n = self.intern(name);
        self.setattr(obj, &n, value)
    }

    /// `object.__setattr__` / `object.__delattr__`.
    pub fn generic_setattr(&mut self, obj: &PyRef, name: &PyRef, value: Option<PyRef>) -> PyResult<()> {
        let Some(s) = name.as_str() else {
            return Err(self.new_type_error(format!(
                "attribute name must be string, not '{}'",
                typeobj::obj_type_name(name)
            )));
        };
        let key = s.as_str().to_string();
        let ty = obj.class().clone();
        if let Payload::Type(t) = &obj.payload {
            if !t.is_heap() {
                return Err(self.new_type_error(format!(
                    "cannot set '{key}' attribute of immutable type '{}'",
                    t.name()
                )));
            }
        }
        if let Some(d) = lookup_hashed(&ty, &key, s.hash()) {
            if let DescrKind::Data = self.descr_kind(&d) {
                return self.descr_set(&d, obj, value, &key);
            }
        }
        let target = match &obj.payload {
            Payload::Module(d) => Some(d.clone()),
            Payload::Type(t) => Some(t.dict.clone()),
            _ => obj.dict.get(),
        };
        let target = match target {
            Some(d) => d,
            None => {
                if value.is_some() && has_dict_slot(obj) {
                    let d = self.new_dict();
                    obj.dict.set(Some(d.clone()));
                    d
                } else {
                    // An attribute the type has (a method) cannot be replaced per object.
                    let msg = if typeobj::lookup(self, &obj.class().clone(), &key).is_some() {
                        format!("'{}' object attribute '{key}' is read-only", typeobj::obj_type_name(obj))
                    } else {
                        format!("'{}' object has no attribute '{key}'", typeobj::obj_type_name(obj))
                    };
                    return Err(self.new_attribute_error(obj, &key, msg));
                }
            }
        };
        let is_type = matches!(obj.payload, Payload::Type(_));
        match value {
            Some(v) => {
                // Attribute names are interned (as CPython's setattr does).
                let key = if !name.is_immortal() && name.is_exact(&self.interp.types.str) { self.intern_obj(name) } else { name.clone() };
                dict::set_item(self, &target, key, v)?
            }
            None => {
                if dict::del_item(self, &target, name)?.is_none() {
                    return Err(if is_type {
                        self.no_attribute(obj, &key)
                    } else {
                        self.new_attribute_error(
                            obj,
                            &key,
                            format!("'{}' object has no attribute '{key}'", typeobj::obj_type_name(obj)),
                        )
                    });
                }
            }
        }
        if is_type {
            typeobj::modified(obj);
            self.type_attr_changed(obj, &key);
        }
        Ok(())
    }

    /// Keeps type flags in sync when special methods are assigned on a class.
    fn type_attr_changed(&mut self, ty: &PyRef, key: &str) {
        if key == "__del__" {
            if let Some(t) = ty.as_type() {
                t.flags.set(t.flags.get() | tflags::HAS_DEL);
            }
        }
    }

    pub(crate) fn descr_set(&mut self, d: &PyRef, obj: &PyRef, value: Option<PyRef>, name: &str) -> PyResult<()> {
        match &d.payload {
            Payload::Property(p) => {
                let f = if value.is_some() { p.fset.get() } else { p.fdel.get() };
                match f {
                    Some(f) => {
                        let mut args = vec![obj.clone()];
                        if let Some(v) = value {
                            args.push(v);
                        }
                        self.call(&f, &args, &[])?;
                        Ok(())
                    }
                    None => {
                        let pname = self.property_name(d);
                        let what = if value.is_some() { "setter" } else { "deleter" };
                        let label = pname.as_ref().map(|n| format!("property '{n}'")).unwrap_or_else(|| "property".into());
                        Err(self.new_attribute_error(
                            obj,
                            pname.as_deref().unwrap_or(name),
                            format!("{label} of '{}' object has no {what}", typeobj::obj_type_name(obj)),
                        ))
                    }
                }
            }
            Payload::Member(m) => {
                if let Payload::Instance(slots) = &obj.payload {
                    if let Some(slot) = slots.get(m.index) {
                        if value.is_none() && slot.get().is_none() {
                            return Err(self.new_attribute_error(
                                obj,
                                name,
                                format!("'{}' object has no attribute '{name}'", typeobj::obj_type_name(obj)),
                            ));
                        }
                        slot.set(value);
                        return Ok(());
                    }
                }
                Err(self.new_type_error("descriptor applied to the wrong object"))
            }
            Payload::GetSet(g) => match g.set {
                Some(set) => set(self, obj, value),
                None => Err(self.new_attribute_error(
                    obj,
                    name,
                    format!("attribute '{name}' of '{}' objects is not writable", typeobj::type_name(&g.owner)),
                )),
            },
            _ => {
                let ty = d.class().clone();
                let which = if value.is_some() { "__set__" } else { "__delete__" };
                match typeobj::lookup(self, &ty, which) {
                    Some(f) => {
                        let mut args = vec![d.clone(), obj.clone()];
                        if let Some(v) = value {
                            args.push(v);
                        }
                        self.call(&f, &args, &[])?;
                        Ok(())
                    }
                    None => Err(self.new_attribute_error(obj, name, which.to_string())),
                }
            }
        }
    }

    /// Looks a special method up on the type (not the instance), as the interpreter does
    /// for operators: returns the attribute bound to `obj` if found.
    pub fn lookup_special(&mut self, obj: &PyRef, name: &str) -> PyResult<Option<PyRef>> {
        let ty = obj.class().clone();
        match typeobj::lookup(self, &ty, name) {
            Some(d) => match self.descr_kind(&d) {
                DescrKind::Plain => Ok(Some(d)),
                _ => Ok(Some(self.descr_get(&d, Some(obj), &ty)?)),
            },
            None => Ok(None),
        }
    }
}

/// Can an instance without a dict get one on first attribute store?
fn has_dict_slot(obj: &PyRef) -> bool {
    obj.class().as_type().is_some_and(|t| t.has_flag(tflags::HAS_DICT))
}

/// MRO lookup with a precomputed hash.
pub fn lookup_hashed(ty: &PyRef, key: &str, hash: i64) -> Option<PyRef> {
    typeobj::lookup_with_hash(ty, key, hash)
}
