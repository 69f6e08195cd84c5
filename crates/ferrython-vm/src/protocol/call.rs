//! Calling objects: functions (argument binding into a new frame), builtins, bound
//! methods, classes (`__new__` + `__init__`, metaclass `__call__`) and `__call__`.
//! CPython: Objects/call.c, Python/ceval.c (initialize_locals), Objects/typeobject.c (type_call).

use crate::eval::{Frame, Outcome};
use crate::object::{Payload, PyRef};
use crate::objects::function::FunctionData;
use crate::objects::typeobj;
use crate::objects::dict;
use crate::{PyResult, Vm};
use ferrython_bytecode::code_flags;

impl Vm {
    /// Calls `callable` with positional args followed by keyword values named by `kwnames`.
    /// CPython's messages for a method descriptor called on the wrong type of object.
    fn descriptor_self_error(&self, name: &str, owner: &PyRef, got: &PyRef) -> PyRef {
        let owner = typeobj::type_name(owner);
        let got = typeobj::obj_type_name(got);
        if name.starts_with("__") && name.ends_with("__") {
            self.new_type_error(format!("descriptor '{name}' requires a '{owner}' object but received a '{got}'"))
        } else {
            self.new_type_error(format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{got}' object"))
        }
    }

    pub fn call(&mut self, callable: &PyRef, args: &[PyRef], kwnames: &[PyRef]) -> PyResult {
        match &callable.payload {
            Payload::Function(_) => {
                let frame = self.bind_frame(callable, args, kwnames)?;
                self.run_function_frame(callable, frame)
            }
            Payload::Builtin(b) => {
                if let Some(s) = &b.self_ {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(s.clone());
                    full.extend_from_slice(args);
                    self.enter_native()?;
                    let r = (b.func)(self, &full, kwnames);
                    self.depth -= 1;
                    r
                } else {
                    if b.kind == crate::object::BuiltinKind::Method {
                        if args.is_empty() {
                            let owner = b.owner.as_ref().map(typeobj::type_name).unwrap_or_default();
                            return Err(self.new_type_error(format!(
                                "unbound method {owner}.{}() needs an argument",
                                b.name
                            )));
                        }
                        // The method's code relies on `self` having the owner's layout.
                        if let Some(owner) = &b.owner {
                            let cls = args[0].class();
                            if !cls.is(owner) && !owner.is(&self.interp.types.object) && !typeobj::is_subtype(cls, owner) {
                                return Err(self.descriptor_self_error(b.name, owner, &args[0]));
                            }
                        }
                    }
                    self.enter_native()?;
                    let r = (b.func)(self, args, kwnames);
                    self.depth -= 1;
                    r
                }
            }
            Payload::Method(m) => {
                let (func, self_) = (&m.0, &m.1);
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(self_.clone());
                full.extend_from_slice(args);
                self.call(func, &full, kwnames)
            }
            Payload::Type(_) => self.call_type(callable, args, kwnames),
            _ => {
                let ty = callable.class().clone();
                match typeobj::lookup(self, &ty, "__call__") {
                    // Not a function or builtin method: bind it like any attribute
                    // (descriptors bind, plain callables get no self).
                    Some(c) if !matches!(c.payload, Payload::Function(_) | Payload::Builtin(_)) => {
                        let m = match self.descr_kind(&c) {
                            crate::protocol::attr::DescrKind::Plain => c,
                            _ => self.descr_get(&c, Some(callable), &ty)?,
                        };
                        self.enter_native()?;
                        let r = self.call(&m, args, kwnames);
                        self.depth -= 1;
                        r
                    }
                    Some(c) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(callable.clone());
                        full.extend_from_slice(args);
                        self.enter_native()?;
                        let r = self.call(&c, &full, kwnames);
                        self.depth -= 1;
                        r
                    }
                    None => Err(self.type_error_for(callable, "is not callable")),
                }
            }
        }
    }

    /// Counts a native call level against the recursion limit.
    pub fn enter_native(&mut self) -> PyResult<()> {
        self.enter_native_msg("")
    }

    /// Like `enter_native`, with CPython's suffix for the RecursionError message
    /// (" while getting the repr of an object", " while calling a Python object").
    pub fn enter_native_msg(&mut self, suffix: &str) -> PyResult<()> {
        if self.depth >= self.interp.recursion_limit.get() {
            let ty = self.interp.exc.recursion_error.clone();
            return Err(self.new_exception_msg(&ty, format!("maximum recursion depth exceeded{suffix}")));
        }
        self.depth += 1;
        Ok(())
    }

    /// Calls with keyword arguments given as (name, value) pairs.
    pub fn call_kw(&mut self, callable: &PyRef, args: Vec<PyRef>, kwargs: Vec<(&str, PyRef)>) -> PyResult {
        let mut all = args;
        let mut names = Vec::new();
        for (k, v) in kwargs {
            names.push(self.intern(k));
            all.push(v);
        }
        let kw = self.new_tuple(names);
        self.call(callable, &all, kw.as_tuple().unwrap())
    }

    /// `f(*args, **kwargs)`.
    pub fn call_ex(&mut self, func: &PyRef, args: &PyRef, kwargs: Option<&PyRef>) -> PyResult {
        let mut all: Vec<PyRef> = match &args.payload {
            Payload::Tuple(t) => t.to_vec(),
            _ => {
                if !self.has_iter(args) {
                    return Err(self.new_type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        self.callable_desc(func),
                        typeobj::obj_type_name(args)
                    )));
                }
                self.collect_iterable(args)?
            }
        };
        let mut names = Vec::new();
        if let Some(kw) = kwargs {
            if kw.as_dict().is_none() && self.getattr_opt(kw, "keys")?.is_none() {
                return Err(self.new_type_error(format!(
                    "{} argument after ** must be a mapping, not {}",
                    self.callable_desc(func),
                    typeobj::obj_type_name(kw)
                )));
            }
            for (k, v) in self.mapping_items(kw)? {
                if k.as_str().is_none() {
                    return Err(self.new_type_error("keywords must be strings"));
                }
                names.push(k);
                all.push(v);
            }
        }
        self.call(func, &all, &names)
    }

    /// Runs a prepared function frame to completion, or wraps it in a generator.
    fn run_function_frame(&mut self, func: &PyRef, frame: Box<Frame>) -> PyResult {
        let flags = frame.code_data().code.flags;
        if flags & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR) != 0 {
            return Ok(self.new_generator(func, frame));
        }
        match self.run_frame(frame, None).1? {
            Outcome::Return(v) => Ok(v),
            Outcome::Yield(_) => Err(self.new_system_error("unexpected yield")),
        }
    }

    /// For CALL: a frame to run inline when `callable` is a plain Python function
    /// (or a bound method of one) whose code is not a generator.
    pub(crate) fn try_inline_frame(&mut self, callable: &PyRef, args: &[PyRef], kw: &[PyRef]) -> PyResult<Option<Box<Frame>>> {
        match &callable.payload {
            Payload::Function(fd) => {
                if is_generator_code(fd) {
                    return Ok(None);
                }
                Ok(Some(self.bind_frame(callable, args, kw)?))
            }
            Payload::Method(m) => {
                if let Payload::Function(fd) = &m.0.payload {
                    if is_generator_code(fd) {
                        return Ok(None);
                    }
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(m.1.clone());
                    full.extend_from_slice(args);
                    return Ok(Some(self.bind_frame(&m.0, &full, kw)?));
                }
                Ok(None)
            }
            _ => Ok(None),
        }
    }

    /// Binds arguments to parameters and builds the callee frame, with CPython's
    /// error messages for every mismatch.
    pub fn bind_frame(&mut self, func: &PyRef, args: &[PyRef], kwnames: &[PyRef]) -> PyResult<Box<Frame>> {
        let Payload::Function(fd) = &func.payload else { unreachable!() };
        let Payload::Code(cd) = &fd.code.payload else { unreachable!() };
        let co = &cd.code;
        let nkw = kwnames.len();
        let nargs = args.len() - nkw;
        let argcount = co.argcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let has_varargs = co.has_flag(code_flags::VARARGS);
        let has_varkw = co.has_flag(code_flags::VARKEYWORDS);
        let mut frame = self.alloc_frame(&fd.code, &fd.globals);
        frame.func = Some(func.clone());
        let mut fast = std::mem::take(&mut frame.fast);
        fast.resize(co.varnames.len(), None);
        let qual = || fd.qualname.get().as_str().map(|s| s.as_str().to_string()).unwrap_or_default();

        // Fast path: exact positional arguments, no defaults needed.
        if nkw == 0 && nargs == argcount && !has_varargs && !has_varkw && kwonly == 0 {
            for (slot, a) in fast.iter_mut().zip(args) {
                *slot = Some(a.clone());
            }
        } else {
            let npos = nargs.min(argcount);
            for i in 0..npos {
                fast[i] = Some(args[i].clone());
            }
            let mut idx = argcount + kwonly;
            if has_varargs {
                let extra = if nargs > argcount { args[argcount..nargs].to_vec() } else { Vec::new() };
                fast[idx] = Some(self.new_tuple(extra));
                idx += 1;
            } else if nargs > argcount {
                return Err(self.too_many_positional(fd, &qual(), nargs, &fast, kwnames));
            }
            let kwdict = if has_varkw {
                let d = self.new_dict();
                fast[idx] = Some(d.clone());
                Some(d)
            } else {
                None
            };
            let posonly = co.posonlyargcount as usize;
            let mut posonly_as_kw: Vec<String> = Vec::new();
            for (k, name) in kwnames.iter().enumerate() {
                let value = args[nargs + k].clone();
                let Some(ns) = name.as_str() else {
                    return Err(self.new_type_error(format!("{}() keywords must be strings", qual())));
                };
                let key = ns.as_str();
                let pos = co.varnames[posonly..argcount + kwonly].iter().position(|v| v == key).map(|p| p + posonly);
                match pos {
                    Some(p) => {
                        if fast[p].is_some() {
                            return Err(self.new_type_error(format!(
                                "{}() got multiple values for argument '{key}'",
                                qual()
                            )));
                        }
                        fast[p] = Some(value);
                    }
                    None => match &kwdict {
                        Some(d) => dict::set_item(self, d, name.clone(), value)?,
                        None => {
                            if co.varnames[..posonly].iter().any(|v| v == key) {
                                posonly_as_kw.push(key.to_string());
                                continue;
                            }
                            return Err(self.new_type_error(format!(
                                "{}() got an unexpected keyword argument '{key}'",
                                qual()
                            )));
                        }
                    },
                }
            }
            if !posonly_as_kw.is_empty() {
                return Err(self.new_type_error(format!(
                    "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                    qual(),
                    posonly_as_kw.join(", ")
                )));
            }
            // Defaults for missing positional parameters.
            if nargs < argcount {
                let defaults: Vec<PyRef> = fd.defaults.get().and_then(|d| d.as_tuple().map(|t| t.to_vec())).unwrap_or_default();
                let first_default = argcount - defaults.len();
                let mut missing = Vec::new();
                for i in nargs..argcount {
                    if fast[i].is_none() {
                        if i >= first_default {
                            fast[i] = Some(defaults[i - first_default].clone());
                        } else {
                            missing.push(co.varnames[i].clone());
                        }
                    }
                }
                if !missing.is_empty() {
                    return Err(self.new_type_error(format!(
                        "{}() missing {} required positional argument{}: {}",
                        qual(),
                        missing.len(),
                        if missing.len() == 1 { "" } else { "s" },
                        name_list(&missing)
                    )));
                }
            }
            if kwonly > 0 {
                let kwdefaults = fd.kwdefaults.get();
                let mut missing = Vec::new();
                for i in argcount..argcount + kwonly {
                    if fast[i].is_none() {
                        let name = &co.varnames[i];
                        let dv = match &kwdefaults {
                            Some(d) => dict::get_str(self, d, name),
                            None => None,
                        };
                        match dv {
                            Some(v) => fast[i] = Some(v),
                            None => missing.push(name.clone()),
                        }
                    }
                }
                if !missing.is_empty() {
                    return Err(self.new_type_error(format!(
                        "{}() missing {} required keyword-only argument{}: {}",
                        qual(),
                        missing.len(),
                        if missing.len() == 1 { "" } else { "s" },
                        name_list(&missing)
                    )));
                }
            }
        }

        // Cells: fresh ones for cellvars (arguments moved in), closure cells for freevars.
        let ncell = co.cellvars.len();
        let mut cells = std::mem::take(&mut frame.cells);
        for i in 0..ncell {
            let init = match co.cell2arg.get(i).copied().flatten() {
                Some(a) => fast[a as usize].take(),
                None => None,
            };
            cells.push(self.new_cell(init));
        }
        if let Some(cl) = &fd.closure {
            cells.extend(cl.as_tuple().unwrap_or(&[]).iter().cloned());
        }
        frame.fast = fast;
        frame.cells = cells;
        Ok(frame)
    }

    /// A frame for `code`, reusing a recycled one (and its vectors' capacity) when possible.
    pub fn alloc_frame(&mut self, code: &PyRef, globals: &PyRef) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.code = code.clone();
                f.globals = globals.clone();
                f
            }
            None => Box::new(Frame {
                code: code.clone(),
                globals: globals.clone(),
                locals: None,
                fast: Vec::new(),
                cells: Vec::new(),
                stack: crate::eval::frame::Stack::with_capacity(8),
                blocks: Vec::new(),
                ip: 0,
                lasti: 0,
                kwnames: None,
                func: None,
            }),
        }
    }

    /// Returns a finished frame to the pool: its references are dropped now.
    pub fn recycle_frame(&mut self, mut f: Box<Frame>) {
        const POOL_MAX: usize = 64;
        f.fast.clear();
        f.cells.clear();
        f.stack.clear();
        f.blocks.clear();
        f.locals = None;
        f.kwnames = None;
        f.func = None;
        f.ip = 0;
        f.lasti = 0;
        if self.frame_pool.len() < POOL_MAX {
            let none = self.none();
            f.code = none.clone();
            f.globals = none;
            self.frame_pool.push(f);
        }
    }

    fn too_many_positional(&self, fd: &FunctionData, qual: &str, nargs: usize, fast: &[Option<PyRef>], kwnames: &[PyRef]) -> PyRef {
        let Payload::Code(cd) = &fd.code.payload else { unreachable!() };
        let co = &cd.code;
        let argcount = co.argcount as usize;
        let ndefaults = fd.defaults.get().and_then(|d| d.as_tuple().map(|t| t.len())).unwrap_or(0);
        let takes = if ndefaults > 0 {
            format!("from {} to {}", argcount - ndefaults, argcount)
        } else {
            argcount.to_string()
        };
        let kwonly_given = (argcount..argcount + co.kwonlyargcount as usize)
            .filter(|&i| kwnames.iter().any(|k| k.as_str().is_some_and(|s| s.as_str() == co.varnames[i])))
            .count();
        let _ = fast;
        let plural = if argcount == 1 && ndefaults == 0 { "" } else { "s" };
        let given = if kwonly_given > 0 {
            format!(
                "{nargs} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                if nargs == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{nargs} {} given", if nargs == 1 { "was" } else { "were" })
        };
        self.new_type_error(format!("{qual}() takes {takes} positional argument{plural} but {given}"))
    }

    /// MAKE_FUNCTION.
    pub fn make_function(
        &mut self,
        code: PyRef,
        globals: PyRef,
        defaults: Option<PyRef>,
        kwdefaults: Option<PyRef>,
        annotations: Option<PyRef>,
        closure: Option<PyRef>,
    ) -> PyResult {
        let Payload::Code(cd) = &code.payload else {
            return Err(self.new_system_error("MAKE_FUNCTION without a code object"));
        };
        let name = self.intern(&cd.code.name);
        let qualname = self.new_str(cd.code.qualname.clone());
        let doc = cd.code.docstring.as_ref().map(|d| self.new_str(d.clone()));
        let module = dict::get_str(self, &globals, "__name__");
        let ann = match annotations {
            Some(t) => {
                let d = self.new_dict();
                let items = t.as_tuple().map(|x| x.to_vec()).unwrap_or_default();
                for pair in items.chunks(2) {
                    if pair.len() == 2 {
                        dict::set_item(self, &d, pair[0].clone(), pair[1].clone())?;
                    }
                }
                Some(d)
            }
            None => None,
        };
        let fd = FunctionData {
            code,
            globals,
            name: crate::cell::PyCell::new(name),
            qualname: crate::cell::PyCell::new(qualname),
            defaults: crate::cell::PyCell::new(defaults),
            kwdefaults: crate::cell::PyCell::new(kwdefaults),
            closure,
            annotations: crate::cell::PyCell::new(ann),
            module: crate::cell::PyCell::new(module),
            doc: crate::cell::PyCell::new(doc),
        };
        Ok(PyRef::new(&self.interp.types.function, Payload::Function(Box::new(fd))))
    }

    /// `cls(*args, **kw)`: metaclass `__call__` if overridden, else `__new__` then `__init__`.
    fn call_type(&mut self, cls: &PyRef, args: &[PyRef], kwnames: &[PyRef]) -> PyResult {
        let meta = cls.class().clone();
        if !meta.is(&self.interp.types.type_) {
            if let Some(c) = typeobj::lookup(self, &meta, "__call__") {
                if !matches!(c.payload, Payload::Builtin(_)) {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(cls.clone());
                    full.extend_from_slice(args);
                    return self.call(&c, &full, kwnames);
                }
            }
        }
        self.type_call_default(cls, args, kwnames)
    }

    /// `type.__call__(cls, *args, **kw)`.
    pub fn type_call_default(&mut self, cls: &PyRef, args: &[PyRef], kwnames: &[PyRef]) -> PyResult {
        if cls.is(&self.interp.types.type_) && args.len() == 1 && kwnames.is_empty() {
            return Ok(args[0].class().clone());
        }
        let new = typeobj::lookup(self, cls, "__new__").ok_or_else(|| self.new_type_error(format!("cannot create '{}' instances", typeobj::type_name(cls))))?;
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(cls.clone());
        full.extend_from_slice(args);
        let new = match &new.payload {
            Payload::StaticMethod(w) => w.0.clone(),
            _ => new,
        };
        let obj = self.call(&new, &full, kwnames)?;
        if !typeobj::is_subtype(obj.class(), cls) {
            return Ok(obj);
        }
        if let Some(init) = typeobj::lookup(self, obj.class(), "__init__") {
            full[0] = obj.clone();
            let r = self.call(&init, &full, kwnames)?;
            if !matches!(r.payload, Payload::None) {
                return Err(self.new_type_error(format!(
                    "__init__() should return None, not '{}'",
                    typeobj::obj_type_name(&r)
                )));
            }
        }
        Ok(obj)
    }

    /// `f(**m)` merging with duplicate detection.
    pub(crate) fn dict_merge_kwargs(&mut self, func: &PyRef, d: &PyRef, m: &PyRef) -> PyResult<()> {
        let items = match self.mapping_items(m) {
            Ok(i) => i,
            Err(e) => {
                if self.isinstance_exc(&e, &self.interp.exc.attribute_error.clone()) {
                    return Err(self.new_type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        self.callable_desc(func),
                        typeobj::obj_type_name(m)
                    )));
                }
                return Err(e);
            }
        };
        for (k, v) in items {
            if k.as_str().is_none() {
                return Err(self.new_type_error(format!("{} keywords must be strings", self.callable_desc(func))));
            }
            if dict::get_item(self, d, &k)?.is_some() {
                return Err(self.new_type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    self.callable_desc(func),
                    k.as_str().unwrap().as_str()
                )));
            }
            dict::set_item(self, d, k, v)?;
        }
        Ok(())
    }

    /// "f()" / "C.m()" for call error messages.
    pub fn callable_desc(&self, func: &PyRef) -> String {
        match &func.payload {
            // CPython's _PyObject_FunctionStr: "module.qualname()" unless in builtins.
            Payload::Function(f) => {
                let q = f.qualname.get().as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
                match f.module.get().and_then(|m| m.as_str().map(|s| s.as_str().to_string())) {
                    Some(m) if m != "builtins" => format!("{m}.{q}()"),
                    _ => format!("{q}()"),
                }
            }
            Payload::Method(m) => self.callable_desc(&m.0),
            Payload::Builtin(b) => format!("{}()", b.name),
            Payload::Type(t) => format!("{}()", t.name()),
            _ => format!("{} object", typeobj::obj_type_name(func)),
        }
    }

    /// Items of a mapping: dicts directly, otherwise via `keys()` and `__getitem__`.
    pub fn mapping_items(&mut self, m: &PyRef) -> PyResult<Vec<(PyRef, PyRef)>> {
        if let Some(d) = m.as_dict() {
            return Ok(d.borrow().items());
        }
        let keys = self.getattr_str(m, "keys")?;
        let keys = self.call(&keys, &[], &[])?;
        let mut out = Vec::new();
        for k in self.collect_iterable(&keys)? {
            let v = self.getitem(m, &k)?;
            out.push((k, v));
        }
        Ok(out)
    }
}

fn is_generator_code(fd: &FunctionData) -> bool {
    match &fd.code.payload {
        Payload::Code(cd) => cd.code.flags & (code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR) != 0,
        _ => false,
    }
}

/// "'a'", "'a' and 'b'", "'a', 'b', and 'c'".
fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}
