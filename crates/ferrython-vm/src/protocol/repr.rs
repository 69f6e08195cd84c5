//! `repr()`, `str()` and `format()` with the recursion guard for containers
//! (`[...]` for a list containing itself). CPython: Objects/object.c (PyObject_Repr),
//! Objects/listobject.c (list_repr), Py_ReprEnter.

use crate::object::{BuiltinKind, Payload, PyRef};
use crate::objects::float::float_repr;
use crate::objects::int::int_repr;
use crate::objects::str_methods::{bytes_repr, str_repr};
use crate::objects::typeobj;
use crate::objects::dict;
use crate::{PyResult, Vm};
use std::cell::RefCell;

thread_local! {
    /// Addresses of containers whose repr is in progress on this thread.
    static IN_REPR: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` unless `o` is already being repr'd (then returns `recursive`).
fn guarded(vm: &mut Vm, o: &PyRef, recursive: &str, f: impl FnOnce(&mut Vm) -> PyResult<String>) -> PyResult<String> {
    let a = o.addr();
    if IN_REPR.with(|s| s.borrow().contains(&a)) {
        return Ok(recursive.to_string());
    }
    vm.enter_native_msg(" while getting the repr of an object")?;
    IN_REPR.with(|s| s.borrow_mut().push(a));
    let r = f(vm);
    IN_REPR.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(p) = s.iter().rposition(|x| *x == a) {
            s.remove(p);
        }
    });
    vm.depth -= 1;
    r
}

impl Vm {
    /// `repr(o)` as a str object.
    pub fn repr(&mut self, o: &PyRef) -> PyResult {
        let s = self.repr_str(o)?;
        Ok(self.new_str(s))
    }

    /// `repr(o)` as a Rust string.
    pub fn repr_str(&mut self, o: &PyRef) -> PyResult<String> {
        let heap = o.class().as_type().is_some_and(|t| t.is_heap());
        if heap || matches!(o.payload, Payload::Instance(_) | Payload::Native(_)) {
            if let Some(m) = typeobj::lookup(self, &o.class().clone(), "__repr__") {
                // Native __repr__ methods of non-builtin-layout types (e.g. GenericAlias)
                // are called too; object.__repr__ falls through to builtin_repr.
                let is_object_repr = match &m.payload {
                    Payload::Builtin(b) => b.owner.as_ref().is_none_or(|t| t.is(&self.interp.types.object)),
                    _ => false,
                };
                if !matches!(m.payload, Payload::Builtin(_)) || !is_object_repr {
                    self.enter_native_msg(" while calling a Python object")?;
                    let r = self.call(&m, &[o.clone()], &[]);
                    self.depth -= 1;
                    let r = r?;
                    return match r.as_str() {
                        Some(s) => Ok(s.as_str().to_string()),
                        None => Err(self.new_type_error(format!(
                            "__repr__ returned non-string (type {})",
                            typeobj::obj_type_name(&r)
                        ))),
                    };
                }
            }
        }
        self.builtin_repr(o)
    }

    /// The repr builtin types give their instances (and `object.__repr__`).
    pub fn builtin_repr(&mut self, o: &PyRef) -> PyResult<String> {
        Ok(match &o.payload {
            Payload::None => "None".into(),
            Payload::NotImplemented => "NotImplemented".into(),
            Payload::Ellipsis => "Ellipsis".into(),
            Payload::Int(v) if o.class().is(&self.interp.types.bool_) || typeobj::is_subtype(o.class(), &self.interp.types.bool_) => {
                if *v != 0 { "True".into() } else { "False".into() }
            }
            Payload::Int(_) | Payload::BigInt(_) => int_repr(self, o)?,
            Payload::Float(x) => float_repr(*x),
            Payload::Complex(re, im) => complex_repr(*re, *im),
            Payload::Str(s) => str_repr(s.as_str()),
            Payload::Bytes(b) => bytes_repr(b, "b"),
            Payload::ByteArray(b) => format!("bytearray({})", bytes_repr(&b.borrow(), "b")),
            Payload::Tuple(t) => {
                let items = t.to_vec();
                return guarded(self, o, "(...)", |vm| {
                    let mut parts = Vec::with_capacity(items.len());
                    for it in &items {
                        parts.push(vm.repr_str(it)?);
                    }
                    Ok(if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) })
                });
            }
            Payload::List(l) => {
                let items = l.borrow().clone();
                return guarded(self, o, "[...]", |vm| {
                    let mut parts = Vec::with_capacity(items.len());
                    for it in &items {
                        parts.push(vm.repr_str(it)?);
                    }
                    Ok(format!("[{}]", parts.join(", ")))
                });
            }
            Payload::Dict(d) => {
                let items = d.borrow().items();
                return guarded(self, o, "{...}", |vm| {
                    let mut parts = Vec::with_capacity(items.len());
                    for (k, v) in &items {
                        parts.push(format!("{}: {}", vm.repr_str(k)?, vm.repr_str(v)?));
                    }
                    Ok(format!("{{{}}}", parts.join(", ")))
                });
            }
            Payload::Set(d) | Payload::FrozenSet(d) => {
                let items: Vec<PyRef> = {
                    let data = d.borrow();
                    crate::objects::set::table_order(&data).into_iter().filter_map(|i| data.key_at(i).cloned()).collect()
                };
                let frozen = matches!(o.payload, Payload::FrozenSet(_));
                let name = typeobj::obj_type_name(o);
                return guarded(self, o, &format!("{name}(...)"), |vm| {
                    if items.is_empty() {
                        return Ok(format!("{name}()"));
                    }
                    let mut parts = Vec::with_capacity(items.len());
                    for it in &items {
                        parts.push(vm.repr_str(it)?);
                    }
                    let inner = format!("{{{}}}", parts.join(", "));
                    Ok(if frozen || name != "set" { format!("{name}({inner})") } else { inner })
                });
            }
            Payload::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Payload::Slice(p) => {
                let p = p.clone();
                format!("slice({}, {}, {})", self.repr_str(&p[0])?, self.repr_str(&p[1])?, self.repr_str(&p[2])?)
            }
            Payload::Type(t) => {
                let module = dict::get_str(self, &t.dict, "__module__").and_then(|m| m.as_str().map(|s| s.as_str().to_string()));
                match module {
                    Some(m) if m != "builtins" => format!("<class '{m}.{}'>", t.qualname.borrow()),
                    _ => format!("<class '{}'>", t.qualname.borrow()),
                }
            }
            Payload::Module(_) => {
                let name = self.module_name(o).unwrap_or_else(|| "?".into());
                match self.getattr_opt(o, "__file__")? {
                    Some(f) if f.as_str().is_some() => format!("<module '{name}' from '{}'>", f.as_str().unwrap().as_str()),
                    _ => format!("<module '{name}' (built-in)>"),
                }
            }
            Payload::Function(f) => format!("<function {} at {:#x}>", f.qualname.get().as_str().map(|s| s.as_str().to_string()).unwrap_or_default(), o.addr()),
            Payload::Builtin(b) => match (&b.self_, b.kind) {
                (Some(s), _) if !matches!(s.payload, Payload::Module(_)) => {
                    let desc = match &s.payload {
                        Payload::Type(t) => format!("{} object", t.name()),
                        _ => format!("{} object", typeobj::obj_type_name(s)),
                    };
                    format!("<built-in method {} of {desc} at {:#x}>", b.name, s.addr())
                }
                (None, BuiltinKind::Method) => format!(
                    "<method '{}' of '{}' objects>",
                    b.name,
                    b.owner.as_ref().map(typeobj::type_name).unwrap_or_default()
                ),
                _ => format!("<built-in function {}>", b.name),
            },
            Payload::Method(m) => {
                let (f, s) = (m.0.clone(), m.1.clone());
                let fname = match &f.payload {
                    Payload::Function(fd) => fd.qualname.get().as_str().map(|s| s.as_str().to_string()).unwrap_or_default(),
                    _ => self.getattr_opt(&f, "__qualname__")?.and_then(|q| q.as_str().map(|s| s.as_str().to_string())).unwrap_or_else(|| "?".into()),
                };
                format!("<bound method {fname} of {}>", self.repr_str(&s)?)
            }
            Payload::Generator(g) => {
                let what = match g.kind {
                    crate::objects::generator::GenKind::Generator => "generator",
                    crate::objects::generator::GenKind::Coroutine => "coroutine",
                    crate::objects::generator::GenKind::AsyncGenerator => "async_generator",
                };
                format!("<{what} object {} at {:#x}>", g.qualname.get().as_str().map(|s| s.as_str().to_string()).unwrap_or_default(), o.addr())
            }
            Payload::Exception(e) => {
                let args = e.borrow().args.clone();
                let name = typeobj::obj_type_name(o);
                let items = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
                if items.len() == 1 {
                    format!("{name}({})", self.repr_str(&items[0])?)
                } else {
                    format!("{name}{}", self.repr_str(&args)?)
                }
            }
            Payload::Cell(c) => match c.get() {
                Some(v) => format!("<cell at {:#x}: {} object at {:#x}>", o.addr(), typeobj::obj_type_name(&v), v.addr()),
                None => format!("<cell at {:#x}: empty>", o.addr()),
            },
            Payload::Code(c) => format!("<code object {} at {:#x}, file \"{}\", line {}>", c.code.name, o.addr(), c.code.filename, c.code.first_line),
            Payload::Property(_) => format!("<property object at {:#x}>", o.addr()),
            // Dict views print through their type's __repr__ (dict_keys([...])).
            Payload::DictView(_) => {
                if let Some(m) = typeobj::lookup(self, &o.class().clone(), "__repr__") {
                    let r = self.call(&m, &[o.clone()], &[])?;
                    return self.str_string(&r);
                }
                format!("<{} object at {:#x}>", typeobj::obj_type_name(o), o.addr())
            }
            Payload::Super(parts) => {
                let ty = typeobj::type_name(&parts.0);
                if matches!(parts.1.payload, Payload::None) {
                    format!("<super: <class '{ty}'>, NULL>")
                } else {
                    format!("<super: <class '{ty}'>, <{} object>>", typeobj::obj_type_name(&parts.1))
                }
            }
            Payload::ClassMethod(_) => format!("<classmethod(...) at {:#x}>", o.addr()),
            Payload::StaticMethod(_) => format!("<staticmethod(...) at {:#x}>", o.addr()),
            Payload::Member(m) => format!(
                "<member '{}' of '{}' objects>",
                m.name.as_str().map(|s| s.as_str().to_string()).unwrap_or_default(),
                typeobj::type_name(&m.owner)
            ),
            Payload::GetSet(g) => format!("<attribute '{}' of '{}' objects>", g.name, typeobj::type_name(&g.owner)),
            Payload::MappingProxy(d) => {
                let d = d.clone();
                format!("mappingproxy({})", self.repr_str(&d)?)
            }
            _ => self.default_repr(o),
        })
    }

    /// `object.__repr__`: `<module.Qualname object at 0x…>`.
    pub fn default_repr(&self, o: &PyRef) -> String {
        let ty = o.class();
        let (module, qual) = match ty.as_type() {
            Some(t) => (
                dict::get_str(self, &t.dict, "__module__").and_then(|m| m.as_str().map(|s| s.as_str().to_string())),
                t.qualname.borrow().clone(),
            ),
            None => (None, "?".into()),
        };
        match module {
            Some(m) if m != "builtins" => format!("<{m}.{qual} object at {:#x}>", o.addr()),
            _ => format!("<{qual} object at {:#x}>", o.addr()),
        }
    }

    /// `str(o)` as a str object.
    pub fn str(&mut self, o: &PyRef) -> PyResult {
        if o.is_exact(&self.interp.types.str) {
            return Ok(o.clone());
        }
        let s = self.str_string(o)?;
        Ok(self.new_str(s))
    }

    /// `str(o)` as a Rust string.
    pub fn str_string(&mut self, o: &PyRef) -> PyResult<String> {
        let heap = o.class().as_type().is_some_and(|t| t.is_heap());
        if heap {
            if let Some(m) = typeobj::lookup(self, &o.class().clone(), "__str__") {
                if !matches!(m.payload, Payload::Builtin(_)) {
                    self.enter_native()?;
                    let r = self.call(&m, &[o.clone()], &[]);
                    self.depth -= 1;
                    let r = r?;
                    return match r.as_str() {
                        Some(s) => Ok(s.as_str().to_string()),
                        None => Err(self.new_type_error(format!(
                            "__str__ returned non-string (type {})",
                            typeobj::obj_type_name(&r)
                        ))),
                    };
                }
            }
        }
        match &o.payload {
            Payload::Str(s) => Ok(s.as_str().to_string()),
            Payload::Exception(_) => crate::builtins::exceptions::exception_str(self, o),
            Payload::MappingProxy(m) => {
                let m = m.clone();
                self.str_string(&m)
            }
            _ => self.repr_str(o),
        }
    }

    /// `format(o, spec)`.
    pub fn format(&mut self, o: &PyRef, spec: &PyRef) -> PyResult {
        let spec_s = spec.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
        let heap = o.class().as_type().is_some_and(|t| t.is_heap());
        if heap {
            if let Some(m) = typeobj::lookup(self, &o.class().clone(), "__format__") {
                if !matches!(m.payload, Payload::Builtin(_)) {
                    let r = self.call(&m, &[o.clone(), spec.clone()], &[])?;
                    if r.as_str().is_none() {
                        return Err(self.new_type_error(format!(
                            "__format__ must return a str, not {}",
                            typeobj::obj_type_name(&r)
                        )));
                    }
                    return Ok(r);
                }
            }
        }
        let s = crate::protocol::format::format_builtin(self, o, &spec_s)?;
        Ok(self.new_str(s))
    }
}

pub fn complex_repr(re: f64, im: f64) -> String {
    let fmt = |x: f64| {
        let r = float_repr(x);
        r.strip_suffix(".0").map(|s| s.to_string()).unwrap_or(r)
    };
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", fmt(im))
    } else {
        let sign = if im >= 0.0 || im.is_nan() { "+" } else { "-" };
        format!("({}{}{}j)", fmt(re), sign, fmt(im.abs()))
    }
}
