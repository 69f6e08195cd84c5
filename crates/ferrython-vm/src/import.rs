//! The import system: `sys.modules`, native modules, our embedded `lib/` modules,
//! then `sys.path` (script directory, PYTHONPATH…) for `.py` files and packages.
//! CPython: Python/import.c, Lib/importlib/_bootstrap.py (the behaviour, not the code).

use crate::object::{Payload, PyRef};
use crate::objects::{dict, typeobj};
use crate::{PyResult, Vm};

/// What the native importer needs from lib/importlib/_bootstrap.py.
pub struct ImportState {
    /// The `importlib._bootstrap` module.
    pub bootstrap: PyRef,
    /// The default `sys.meta_path` entries: while `sys.meta_path` holds exactly these,
    /// imports take the native path.
    pub default_finders: Vec<PyRef>,
}

/// Loads the Python half of the import system and installs `sys.meta_path`,
/// `sys.path_hooks` and `sys.path_importer_cache`; then, unless `-S`, runs `site`
/// (which imports `os`, as CPython's does).
pub fn bootstrap(vm: &mut Vm) -> PyResult<()> {
    let b = vm.import_module_path("importlib._bootstrap")?;
    let install = vm.getattr_str(&b, "_install")?;
    vm.call(&install, &[], &[])?;
    let sys = vm.interp.sys.get().unwrap();
    let mp = vm.getattr_str(&sys, "meta_path")?;
    let default_finders = vm.seq_items(&mp);
    *vm.interp.import_state.borrow_mut() = Some(ImportState { bootstrap: b, default_finders });
    if !vm.interp.config.borrow().no_site {
        vm.import_module_path("site")?;
    }
    Ok(())
}

impl Vm {
    /// `importlib._bootstrap`, when `sys.meta_path` no longer holds just the default
    /// finders (the program installed its own): imports then go through Python.
    fn custom_meta_path(&mut self) -> Option<PyRef> {
        let (b, defaults) = {
            let st = self.interp.import_state.borrow();
            let st = st.as_ref()?;
            (st.bootstrap.clone(), st.default_finders.clone())
        };
        let sys = self.interp.sys.get()?;
        let mp = dict::get_str(self, &self.module_dict(&sys), "meta_path")?;
        let same = match &mp.payload {
            Payload::List(l) => {
                let l = l.borrow();
                l.len() == defaults.len() && l.iter().zip(&defaults).all(|(a, b)| a.is(b))
            }
            _ => false,
        };
        if same {
            None
        } else {
            Some(b)
        }
    }

    /// Sets `__spec__`, `__loader__` (and `__cached__`) of a module imported natively,
    /// before its code runs. `kind`: "builtin", "frozen" or "source".
    fn set_native_spec(&mut self, m: &PyRef, name: &str, kind: &str, origin: &str, search_location: Option<&str>) -> PyResult<()> {
        let b = match self.interp.import_state.borrow().as_ref() {
            Some(st) => st.bootstrap.clone(),
            None => return Ok(()),
        };
        let f = self.getattr_str(&b, "_spec_for_native")?;
        let loc = match search_location {
            Some(l) => self.new_str(l),
            None => self.none(),
        };
        let args = [self.new_str(name), self.new_str(kind), self.new_str(origin), loc];
        let spec = self.call(&f, &args, &[])?;
        let d = self.module_dict(m);
        let loader = self.getattr_str(&spec, "loader")?;
        dict::set_str(self, &d, "__loader__", loader);
        if kind == "source" {
            let cached = self.getattr_str(&spec, "cached")?;
            dict::set_str(self, &d, "__cached__", cached);
        }
        dict::set_str(self, &d, "__spec__", spec);
        Ok(())
    }

    /// A new module object named `name`.
    pub fn new_module(&mut self, name: &str) -> PyRef {
        let d = self.new_dict();
        let n = self.new_str(name);
        dict::set_str(self, &d, "__name__", n);
        let none = self.none();
        dict::set_str(self, &d, "__doc__", none.clone());
        dict::set_str(self, &d, "__package__", none.clone());
        dict::set_str(self, &d, "__loader__", none.clone());
        dict::set_str(self, &d, "__spec__", none);
        PyRef::new(&self.interp.types.module, Payload::Module(d))
    }

    pub fn module_dict(&self, m: &PyRef) -> PyRef {
        match &m.payload {
            Payload::Module(d) => d.clone(),
            _ => m.dict.get().unwrap_or_else(|| self.new_dict()),
        }
    }

    /// IMPORT_NAME.
    pub fn import_name(&mut self, name: &PyRef, globals: &PyRef, fromlist: &PyRef, level: &PyRef) -> PyResult {
        let name = name.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
        let level = crate::objects::int::to_i64(level).unwrap_or(0);
        let absolute = if level > 0 { self.resolve_relative(&name, globals, level)? } else { name.clone() };
        if absolute.is_empty() {
            return Err(self.new_value_error("Empty module name"));
        }
        let module = self.import_module_path(&absolute)?;
        let has_fromlist = !matches!(fromlist.payload, Payload::None) && self.is_true(fromlist)?;
        if has_fromlist {
            // `from pkg import sub`: import submodules named in the fromlist.
            if self.is_package(&module) {
                let mut items = self.seq_items(fromlist);
                // `from pkg import *` imports the submodules its `__all__` names.
                if items.iter().any(|i| i.as_str().is_some_and(|s| s.as_str() == "*")) {
                    if let Some(all) = self.getattr_opt(&module, "__all__")? {
                        items = self.collect_iterable(&all)?;
                    }
                }
                for item in items {
                    if let Some(s) = item.as_str() {
                        let s = s.as_str().to_string();
                        if s != "*" && self.getattr_opt(&module, &s)?.is_none() {
                            let full = format!("{absolute}.{s}");
                            match self.import_module_path(&full) {
                                Ok(_) => {}
                                Err(e) if self.isinstance_exc(&e, &self.interp.exc.module_not_found_error.clone()) => {}
                                Err(e) => return Err(e),
                            }
                        }
                    }
                }
            }
            return Ok(module);
        }
        if level == 0 {
            let top = absolute.split('.').next().unwrap_or_default().to_string();
            return self.sys_modules_get(&top).ok_or_else(|| self.new_module_not_found(&top));
        }
        // Relative `import .x` is not valid syntax; `from . import x` has a fromlist.
        Ok(module)
    }

    fn is_package(&mut self, m: &PyRef) -> bool {
        matches!(&m.payload, Payload::Module(d) if dict::get_str(self, d, "__path__").is_some())
    }

    fn resolve_relative(&mut self, name: &str, globals: &PyRef, level: i64) -> PyResult<String> {
        let package = dict::get_str(self, globals, "__package__").filter(|p| p.as_str().is_some());
        let package = match package {
            Some(p) => p.as_str().unwrap().as_str().to_string(),
            None => {
                let modname = dict::get_str(self, globals, "__name__").and_then(|n| n.as_str().map(|s| s.as_str().to_string())).unwrap_or_default();
                if dict::get_str(self, globals, "__path__").is_some() {
                    modname
                } else {
                    modname.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
                }
            }
        };
        if package.is_empty() {
            return Err(self.new_import_error("attempted relative import with no known parent package", None));
        }
        let mut parts: Vec<&str> = package.split('.').collect();
        if (level as usize) > parts.len() {
            return Err(self.new_import_error("attempted relative import beyond top-level package", None));
        }
        parts.truncate(parts.len() + 1 - level as usize);
        let base = parts.join(".");
        Ok(if name.is_empty() { base } else { format!("{base}.{name}") })
    }

    pub fn sys_modules_get(&self, name: &str) -> Option<PyRef> {
        dict::get_str(self, &self.interp.modules, name)
    }

    /// Imports `a.b.c`, importing each parent first; returns the leaf module.
    pub fn import_module_path(&mut self, absolute: &str) -> PyResult {
        if let Some(m) = self.sys_modules_get(absolute) {
            if matches!(m.payload, Payload::None) {
                return Err(self.new_module_not_found_msg(absolute, format!("import of {absolute} halted; None in sys.modules")));
            }
            return Ok(m);
        }
        if let Some(b) = self.custom_meta_path() {
            let f = self.getattr_str(&b, "_find_and_load")?;
            let n = self.new_str(absolute);
            return self.call(&f, &[n], &[]);
        }
        let (parent, leaf) = match absolute.rsplit_once('.') {
            Some((p, l)) => (Some(p.to_string()), l.to_string()),
            None => (None, absolute.to_string()),
        };
        let search: Vec<String> = match &parent {
            Some(p) => {
                let pm = self.import_module_path(p)?;
                if let Some(m) = self.sys_modules_get(absolute) {
                    return Ok(m);
                }
                let path = self.getattr_opt(&pm, "__path__")?;
                match path {
                    Some(p) => self.seq_items(&p).iter().filter_map(|x| x.as_str().map(|s| s.as_str().to_string())).collect(),
                    None => {
                        return Err(self.new_module_not_found_msg(absolute, format!("No module named '{absolute}'; '{p}' is not a package")));
                    }
                }
            }
            None => {
                if let Some(m) = crate::modules::make_native(self, absolute)? {
                    dict::set_str(self, &self.interp.modules.clone(), absolute, m.clone());
                    self.set_native_spec(&m, absolute, "builtin", "built-in", None)?;
                    return Ok(m);
                }
                let mut dirs: Vec<String> = Vec::new();
                if let Some(sys) = self.interp.sys.get() {
                    if let Some(p) = self.getattr_opt(&sys, "path")? {
                        for x in self.seq_items(&p) {
                            if let Some(s) = x.as_str() {
                                dirs.push(s.as_str().to_string());
                            }
                        }
                    }
                }
                dirs
            }
        };
        // Our lib/ modules, including submodules of embedded packages (concurrent.futures).
        if let Some(src) = crate::modules::embedded_source(absolute) {
            let m = self.exec_module_source(absolute, src.0, &format!("<frozen {absolute}>"), src.1, None)?;
            self.bind_in_parent(absolute, &m);
            return Ok(m);
        }
        let mut namespace: Vec<String> = Vec::new();
        for dir in search {
            let base = if dir.is_empty() { ".".to_string() } else { dir.clone() };
            if std::path::Path::new(&format!("{base}/{leaf}")).is_dir() && !std::path::Path::new(&format!("{base}/{leaf}/__init__.py")).is_file() {
                namespace.push(abs_path(&format!("{base}/{leaf}")));
            }
            let pkg_init = format!("{base}/{leaf}/__init__.py");
            if std::path::Path::new(&pkg_init).is_file() {
                let src = std::fs::read_to_string(&pkg_init).map_err(|e| self.new_import_error(e.to_string(), Some(absolute)))?;
                let pkg_dir = format!("{base}/{leaf}");
                let m = self.exec_module_source(absolute, &src, &abs_path(&pkg_init), true, Some(pkg_dir))?;
                self.bind_in_parent(absolute, &m);
                return Ok(m);
            }
            let file = format!("{base}/{leaf}.py");
            if std::path::Path::new(&file).is_file() {
                let src = std::fs::read_to_string(&file).map_err(|e| self.new_import_error(e.to_string(), Some(absolute)))?;
                let m = self.exec_module_source(absolute, &src, &abs_path(&file), false, None)?;
                self.bind_in_parent(absolute, &m);
                return Ok(m);
            }
        }
        if !namespace.is_empty() {
            return self.new_namespace_package(absolute, namespace);
        }
        Err(self.new_module_not_found(absolute))
    }

    /// A namespace package (PEP 420): directories named `leaf` without `__init__.py`
    /// on the search path, all of them its `__path__`.
    fn new_namespace_package(&mut self, name: &str, portions: Vec<String>) -> PyResult {
        let m = self.new_module(name);
        let d = self.module_dict(&m);
        let items: Vec<PyRef> = portions.iter().map(|p| self.new_str(p.as_str())).collect();
        let path = self.new_list(items);
        dict::set_str(self, &d, "__path__", path.clone());
        let none = self.none();
        dict::set_str(self, &d, "__file__", none);
        let p = self.new_str(name);
        dict::set_str(self, &d, "__package__", p);
        let modules = self.interp.modules.clone();
        dict::set_str(self, &modules, name, m.clone());
        let b = self.interp.import_state.borrow().as_ref().map(|st| st.bootstrap.clone());
        if let Some(b) = b {
            let f = self.getattr_str(&b, "_spec_for_native")?;
            let args = [self.new_str(name), self.new_str("namespace"), self.none(), path];
            let spec = self.call(&f, &args, &[])?;
            let loader = self.getattr_str(&spec, "loader")?;
            dict::set_str(self, &d, "__loader__", loader);
            dict::set_str(self, &d, "__spec__", spec);
        }
        self.bind_in_parent(name, &m);
        Ok(m)
    }

    /// Binds a freshly imported submodule as an attribute of its parent package.
    fn bind_in_parent(&mut self, absolute: &str, m: &PyRef) {
        if let Some((parent, leaf)) = absolute.rsplit_once('.') {
            if let Some(pm) = self.sys_modules_get(parent) {
                if let Payload::Module(d) = &pm.payload {
                    let d = d.clone();
                    dict::set_str(self, &d, leaf, m.clone());
                }
            }
        }
    }

    /// Creates module `name`, registers it in sys.modules and runs `src` in it.
    pub fn exec_module_source(&mut self, name: &str, src: &str, filename: &str, is_pkg: bool, pkg_dir: Option<String>) -> PyResult {
        let m = self.new_module(name);
        let d = self.module_dict(&m);
        let f = self.new_str(filename);
        if !filename.starts_with('<') {
            dict::set_str(self, &d, "__file__", f);
        }
        let package = if is_pkg { name.to_string() } else { name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default() };
        let p = self.new_str(package);
        dict::set_str(self, &d, "__package__", p);
        if is_pkg {
            // Embedded packages have no directory: their submodules are embedded too.
            let entries = match pkg_dir {
                Some(dir) => vec![self.new_str(abs_path(&dir))],
                None => Vec::new(),
            };
            let l = self.new_list(entries);
            dict::set_str(self, &d, "__path__", l);
        }
        let builtins = self.interp.builtins.get().unwrap();
        dict::set_str(self, &d, "__builtins__", builtins);
        let modules = self.interp.modules.clone();
        dict::set_str(self, &modules, name, m.clone());
        if filename.starts_with('<') {
            self.set_native_spec(&m, name, "frozen", "frozen", if is_pkg { Some("") } else { None })?;
        } else {
            let loc = if is_pkg { filename.rsplit_once('/').map(|(d, _)| d.to_string()) } else { None };
            self.set_native_spec(&m, name, "source", filename, loc.as_deref())?;
        }
        let code = match self.compile_source(src, filename, ferrython_compiler::Mode::Exec) {
            Ok(c) => c,
            Err(e) => {
                let k = self.intern(name);
                let _ = dict::del_item(self, &modules, &k);
                return Err(e);
            }
        };
        self.interp.initializing.borrow_mut().push(name.to_string());
        let r = self.run_code(&code, &d, None);
        self.interp.initializing.borrow_mut().pop();
        if let Err(e) = r {
            let k = self.intern(name);
            let _ = dict::del_item(self, &modules, &k);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.sys_modules_get(name).unwrap_or(m))
    }

    /// IMPORT_FROM.
    pub fn import_from(&mut self, module: &PyRef, name: &PyRef) -> PyResult {
        let n = name.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
        match self.getattr_opt(module, &n)? {
            Some(v) => Ok(v),
            None => {
                let modname = self.module_name(module).unwrap_or_else(|| "?".into());
                let full = format!("{modname}.{n}");
                if let Some(m) = self.sys_modules_get(&full) {
                    return Ok(m);
                }
                let file = self.getattr_opt(module, "__file__")?.and_then(|f| f.as_str().map(|s| s.as_str().to_string()));
                let loc = match &file {
                    Some(f) => f.clone(),
                    None => "unknown location".into(),
                };
                let partial = self.interp.initializing.borrow().iter().any(|m| *m == modname);
                let msg = if partial {
                    format!("cannot import name '{n}' from partially initialized module '{modname}' (most likely due to a circular import) ({loc})")
                } else {
                    format!("cannot import name '{n}' from '{modname}' ({loc})")
                };
                let e = self.new_import_error(msg, Some(&modname));
                if let Some(f) = file {
                    let p = self.new_str(f);
                    crate::exceptions::exc_data(&e).borrow_mut().set_attr("path", p);
                }
                Err(e)
            }
        }
    }

    /// IMPORT_STAR.
    pub fn import_star(&mut self, module: &PyRef, target: &PyRef) -> PyResult<()> {
        let d = self.module_dict(module);
        let names: Vec<PyRef> = match dict::get_str(self, &d, "__all__") {
            Some(all) => self.collect_iterable(&all)?,
            None => d.as_dict().unwrap().borrow().keys().into_iter().filter(|k| k.as_str().is_some_and(|s| !s.as_str().starts_with('_'))).collect(),
        };
        for n in names {
            let v = self.getattr(module, &n)?;
            self.setitem(target, n, v)?;
        }
        Ok(())
    }

    /// Compiles source text, turning compile errors into SyntaxError objects.
    pub fn compile_source(&mut self, src: &str, filename: &str, mode: ferrython_compiler::Mode) -> PyResult {
        self.interp.sources.borrow_mut().insert(filename.to_string(), src.into());
        match ferrython_compiler::compile(src, filename, mode) {
            Ok(code) => Ok(self.code_object(code)),
            Err(e) => Err(self.compile_error_to_exception(e)),
        }
    }

    pub fn compile_error_to_exception(&mut self, e: ferrython_compiler::CompileError) -> PyRef {
        use ferrython_compiler::ErrorKind;
        let ty = match e.kind {
            ErrorKind::SyntaxError => self.interp.exc.syntax_error.clone(),
            ErrorKind::IndentationError => self.interp.exc.indentation_error.clone(),
            ErrorKind::TabError => self.interp.exc.tab_error.clone(),
            ErrorKind::MemoryError => return self.new_exception(&self.interp.exc.memory_error.clone(), vec![]),
            ErrorKind::RecursionError => {
                return self.new_exception_msg(&self.interp.exc.recursion_error.clone(), e.msg);
            }
        };
        let msg = self.new_str(e.msg.clone());
        let filename = self.new_str(e.filename.clone());
        let lineno = self.new_int(e.lineno as i64);
        let offset = self.new_int(e.offset as i64);
        let text = match &e.text {
            Some(t) => self.new_str(t.clone()),
            None => self.none(),
        };
        let end_lineno = self.new_int(e.end_lineno as i64);
        let end_offset = self.new_int(e.end_offset as i64);
        let details = self.new_tuple(vec![filename.clone(), lineno.clone(), offset.clone(), text.clone(), end_lineno.clone(), end_offset.clone()]);
        let exc = self.new_exception(&ty, vec![msg.clone(), details]);
        {
            let mut d = crate::exceptions::exc_data(&exc).borrow_mut();
            d.set_attr("msg", msg);
            d.set_attr("filename", filename);
            d.set_attr("lineno", lineno);
            d.set_attr("offset", offset);
            d.set_attr("text", text);
            d.set_attr("end_lineno", end_lineno);
            d.set_attr("end_offset", end_offset);
        }
        exc
    }

    /// Wraps a compiled code object, materialising its constants.
    pub fn code_object(&mut self, code: std::sync::Arc<ferrython_bytecode::CodeObject>) -> PyRef {
        use ferrython_bytecode::Constant;
        fn conv(vm: &mut Vm, c: &Constant) -> PyRef {
            match c {
                Constant::None => vm.none(),
                Constant::Bool(b) => vm.new_bool(*b),
                Constant::Ellipsis => vm.interp.ellipsis.clone(),
                Constant::Int(i) => vm.new_int(*i),
                Constant::BigInt(b) => vm.new_bigint(b.clone()),
                Constant::Float(f) => vm.new_float(*f),
                Constant::Complex { real, imag } => vm.new_complex(*real, *imag),
                Constant::Str(s) => {
                    if is_identifier_like(s) && !s.is_empty() {
                        vm.intern(s)
                    } else {
                        vm.new_str(s.as_str())
                    }
                }
                Constant::Bytes(b) => vm.new_bytes(b.clone()),
                Constant::Tuple(items) => {
                    let v = items.iter().map(|i| conv(vm, i)).collect();
                    vm.new_tuple(v)
                }
                Constant::FrozenSet(items) => {
                    let s = PyRef::new(&vm.interp.types.frozenset, Payload::FrozenSet(Box::new(std::cell::RefCell::new(Default::default()))));
                    for i in items {
                        let v = conv(vm, i);
                        let _ = vm.set_add(&s, v);
                    }
                    s
                }
                Constant::Code(c) => vm.code_object(c.clone()),
            }
        }
        let consts: Vec<PyRef> = code.constants.iter().map(|c| conv(self, c)).collect();
        let names: Vec<PyRef> = code.names.iter().map(|n| self.intern(n)).collect();
        PyRef::new(
            &self.interp.types.code,
            Payload::Code(Box::new(crate::object::CodeData {
                ic: crate::eval::inline_cache::new_cache(code.instructions.len()),
                code,
                consts: consts.into_boxed_slice(),
                names: names.into_boxed_slice(),
            })),
        )
    }
}

/// CPython interns string constants made of name characters only.
fn is_identifier_like(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn abs_path(p: &str) -> String {
    let path = std::path::Path::new(p);
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        match std::env::current_dir() {
            Ok(d) => d.join(path),
            Err(_) => path.to_path_buf(),
        }
    };
    // Normalise "./" components the way CPython's abspath does.
    let mut out = std::path::PathBuf::new();
    for c in joined.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out.to_string_lossy().into_owned()
}

pub fn absolute_path(p: &str) -> String {
    abs_path(p)
}

#[allow(dead_code)]
fn _unused(_: &typeobj::Layout) {}
