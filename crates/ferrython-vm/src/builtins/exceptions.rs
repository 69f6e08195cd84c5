//! Methods and attributes of BaseException and its subclasses.
//! CPython: Objects/exceptions.c.

use crate::args::positional;
use crate::exceptions::exc_data;
use crate::object::{Payload, PyRef};
use crate::objects::exception::ExcData;
use crate::objects::{dict, typeobj};
use crate::{PyResult, Vm};
use std::cell::RefCell;

/// An exception instance of class `cls` with `args`.
pub fn new_exception_of(vm: &mut Vm, cls: &PyRef, args: Vec<PyRef>) -> PyRef {
    let args = vm.new_tuple(args);
    let e = PyRef::new(cls, Payload::Exception(Box::new(RefCell::new(ExcData::new(args)))));
    if cls.as_type().is_some_and(|t| t.is_heap()) {
        e.dict.set(Some(vm.new_dict()));
    }
    e
}

/// The OSError subclass CPython's OSError(errno, ...) constructs for an errno.
pub fn os_error_subclass(vm: &Vm, errno: i64) -> Option<PyRef> {
    let x = &vm.interp.exc;
    let e = errno as i32;
    Some(match e {
        libc::ENOENT => x.file_not_found_error.clone(),
        libc::EEXIST => x.file_exists_error.clone(),
        libc::EACCES | libc::EPERM => x.permission_error.clone(),
        libc::EISDIR => x.is_a_directory_error.clone(),
        libc::ENOTDIR => x.not_a_directory_error.clone(),
        libc::ECHILD => x.child_process_error.clone(),
        libc::EINTR => x.interrupted_error.clone(),
        libc::ESRCH => x.process_lookup_error.clone(),
        libc::ETIMEDOUT => x.timeout_error.clone(),
        libc::ECONNREFUSED => x.connection_refused_error.clone(),
        libc::ECONNRESET => x.connection_reset_error.clone(),
        libc::ECONNABORTED => x.connection_aborted_error.clone(),
        libc::EPIPE | libc::ESHUTDOWN => x.broken_pipe_error.clone(),
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => x.blocking_io_error.clone(),
        _ => return None,
    })
}

fn exc_new(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let pos = positional(args, kw);
    let mut cls = pos[0].clone();
    // OSError(errno, strerror, ...) becomes the subclass for that errno.
    if cls.is(&vm.interp.exc.os_error) && pos.len() >= 3 {
        if let Payload::Int(n) = pos[1].payload {
            if let Some(sub) = os_error_subclass(vm, n) {
                cls = sub;
            }
        }
    }
    if cls.as_type().is_some_and(|t| t.has_flag(typeobj::tflags::ABSTRACT)) {
        return Err(vm.new_type_error("abstract exception"));
    }
    let e = new_exception_of(vm, &cls, pos[1..].to_vec());
    set_type_attrs(vm, &e, &pos[1..]);
    Ok(e)
}

/// Type-specific attributes derived from args (StopIteration.value, SystemExit.code…).
fn set_type_attrs(vm: &mut Vm, e: &PyRef, args: &[PyRef]) {
    let x = &vm.interp.exc;
    let first = || args.first().cloned();
    let mut d = exc_data(e).borrow_mut();
    if typeobj::is_subtype(e.class(), &x.stop_iteration) {
        d.set_attr("value", first().unwrap_or_else(|| vm.none()));
    } else if typeobj::is_subtype(e.class(), &x.system_exit) {
        let code = match args.len() {
            0 => vm.none(),
            1 => args[0].clone(),
            _ => vm.new_tuple(args.to_vec()),
        };
        d.set_attr("code", code);
    } else if typeobj::is_subtype(e.class(), &x.import_error) {
        if d.get_attr("name").is_none() {
            d.set_attr("name", vm.none());
        }
        if d.get_attr("path").is_none() {
            d.set_attr("path", vm.none());
        }
        // `msg` is the message only when it is the one argument.
        d.set_attr("msg", if args.len() == 1 { args[0].clone() } else { vm.none() });
    } else if typeobj::is_subtype(e.class(), &x.syntax_error) {
        let none = vm.none();
        d.set_attr("msg", first().unwrap_or_else(|| none.clone()));
        let details: Vec<PyRef> = match args.get(1).map(|t| &t.payload) {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => Vec::new(),
        };
        for (i, name) in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].iter().enumerate() {
            d.set_attr(name, details.get(i).cloned().unwrap_or_else(|| none.clone()));
        }
        d.set_attr("print_file_and_line", none);
    } else if typeobj::is_subtype(e.class(), &x.os_error) {
        if args.len() >= 2 {
            d.set_attr("errno", args[0].clone());
            d.set_attr("strerror", args[1].clone());
        } else {
            d.set_attr("errno", vm.none());
            d.set_attr("strerror", vm.none());
        }
        d.set_attr("filename", args.get(2).cloned().unwrap_or_else(|| vm.none()));
    } else if typeobj::is_subtype(e.class(), &x.name_error) || typeobj::is_subtype(e.class(), &x.attribute_error) {
        if d.get_attr("name").is_none() {
            d.set_attr("name", vm.none());
        }
        if typeobj::is_subtype(e.class(), &x.attribute_error) && d.get_attr("obj").is_none() {
            d.set_attr("obj", vm.none());
        }
    }
}

fn exc_init(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let pos = positional(args, kw);
    let e = &pos[0];
    let import_error = typeobj::is_subtype(e.class(), &vm.interp.exc.import_error);
    if !kw.is_empty() && !import_error {
        return Err(vm.new_type_error(format!("{}() takes no keyword arguments", typeobj::obj_type_name(e))));
    }
    if let Payload::Exception(d) = &e.payload {
        let t = vm.new_tuple(pos[1..].to_vec());
        d.borrow_mut().args = t;
    }
    set_type_attrs(vm, e, &pos[1..]);
    if import_error {
        // ImportError(msg, *, name=None, path=None).
        let mut name = vm.none();
        let mut path = vm.none();
        for (k, v) in crate::args::keywords(args, kw) {
            match k {
                "name" => name = v.clone(),
                "path" => path = v.clone(),
                _ => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for ImportError()"))),
            }
        }
        let mut d = exc_data(e).borrow_mut();
        d.set_attr("name", name);
        d.set_attr("path", path);
    }
    Ok(vm.none())
}

/// `SyntaxError.__str__`: "msg (file, line N)" with the file's base name.
fn syntax_error_str(vm: &mut Vm, e: &PyRef) -> PyResult<Option<String>> {
    let (msg, filename, lineno) = {
        let d = exc_data(e).borrow();
        (d.get_attr("msg"), d.get_attr("filename"), d.get_attr("lineno"))
    };
    let Some(msg) = msg.filter(|m| !matches!(m.payload, Payload::None)) else { return Ok(None) };
    let msg = vm.str_string(&msg)?;
    let file = filename.and_then(|f| f.as_str().map(|s| s.as_str().rsplit('/').next().unwrap_or("").to_string()));
    let line = lineno.and_then(|l| match l.payload {
        Payload::Int(n) => Some(n),
        _ => None,
    });
    Ok(Some(match (file, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    }))
}

fn exc_str(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let s = exception_str(vm, &args[0])?;
    Ok(vm.new_str(s))
}

/// `str()` of an exception (BaseException.__str__ and the subclasses that refine it).
pub fn exception_str(vm: &mut Vm, e: &PyRef) -> PyResult<String> {
    if crate::objects::exception_group::is_group(vm, e) {
        return crate::objects::exception_group::group_str(vm, e);
    }
    if typeobj::is_subtype(e.class(), &vm.interp.exc.syntax_error) {
        if let Some(s) = syntax_error_str(vm, e)? {
            return Ok(s);
        }
    }
    let a = exc_data(e).borrow().args.clone();
    let items = vm.seq_items(&a);
    if typeobj::is_subtype(e.class(), &vm.interp.exc.os_error) && (2..=5).contains(&items.len()) {
        let (filename, strerror) = {
            let d = exc_data(e).borrow();
            (d.get_attr("filename"), d.get_attr("strerror"))
        };
        let errno = vm.str_string(&items[0])?;
        let strerror = match strerror {
            Some(s) => vm.str_string(&s)?,
            None => vm.str_string(&items[1])?,
        };
        return Ok(match filename.filter(|f| !matches!(f.payload, Payload::None)) {
            Some(f) => format!("[Errno {errno}] {strerror}: {}", vm.repr_str(&f)?),
            None => format!("[Errno {errno}] {strerror}"),
        });
    }
    Ok(match items.len() {
        0 => String::new(),
        1 => {
            if typeobj::is_subtype(e.class(), &vm.interp.exc.key_error) {
                vm.repr_str(&items[0])?
            } else {
                vm.str_string(&items[0])?
            }
        }
        _ => vm.repr_str(&a)?,
    })
}

fn exc_repr(vm: &mut Vm, args: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let s = vm.builtin_repr(&args[0])?;
    Ok(vm.new_str(s))
}

fn exc_with_traceback(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("with_traceback", &args[1..], kw, 1)?;
    let tb = if matches!(args[1].payload, Payload::None) { None } else { Some(args[1].clone()) };
    exc_data(&args[0]).borrow_mut().traceback = tb;
    Ok(args[0].clone())
}

fn exc_add_note(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("add_note", &args[1..], kw, 1)?;
    let e = &args[0];
    if args[1].as_str().is_none() {
        return Err(vm.new_type_error(format!("note must be a str, not '{}'", typeobj::obj_type_name(&args[1]))));
    }
    let d = match e.dict.get() {
        Some(d) => d,
        None => {
            let d = vm.new_dict();
            e.dict.set(Some(d.clone()));
            d
        }
    };
    let notes = match dict::get_str(vm, &d, "__notes__") {
        Some(n) => n,
        None => {
            let l = vm.new_list(vec![]);
            dict::set_str(vm, &d, "__notes__", l.clone());
            l
        }
    };
    match notes.as_list() {
        Some(l) => l.borrow_mut().push(args[1].clone()),
        None => return Err(vm.new_type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(vm.none())
}

fn get_args(vm: &mut Vm, o: &PyRef) -> PyResult {
    let _ = vm;
    Ok(exc_data(o).borrow().args.clone())
}

fn set_args(vm: &mut Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let v = v.ok_or_else(|| vm.new_type_error("args may not be deleted"))?;
    let items = vm.collect_iterable(&v)?;
    let t = vm.new_tuple(items);
    exc_data(o).borrow_mut().args = t;
    Ok(())
}

fn opt(vm: &Vm, v: Option<PyRef>) -> PyRef {
    v.unwrap_or_else(|| vm.none())
}

fn get_tb(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(opt(vm, exc_data(o).borrow().traceback.clone()))
}

fn set_tb(vm: &mut Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let v = v.filter(|v| !matches!(v.payload, Payload::None));
    if let Some(t) = &v {
        if !matches!(t.payload, Payload::Traceback(_)) {
            return Err(vm.new_type_error("__traceback__ must be a traceback or None"));
        }
    }
    exc_data(o).borrow_mut().traceback = v;
    Ok(())
}

fn get_cause(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(opt(vm, exc_data(o).borrow().cause.clone()))
}

fn set_cause(vm: &mut Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let v = v.filter(|v| !matches!(v.payload, Payload::None));
    if let Some(c) = &v {
        if !crate::exceptions::is_exception_instance(c) {
            return Err(vm.new_type_error("exception cause must be None or derive from BaseException"));
        }
    }
    let mut d = exc_data(o).borrow_mut();
    d.cause = v;
    d.suppress_context = true;
    Ok(())
}

fn get_context(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(opt(vm, exc_data(o).borrow().context.clone()))
}

fn set_context(vm: &mut Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let v = v.filter(|v| !matches!(v.payload, Payload::None));
    if let Some(c) = &v {
        if !crate::exceptions::is_exception_instance(c) {
            return Err(vm.new_type_error("exception context must be None or derive from BaseException"));
        }
    }
    exc_data(o).borrow_mut().context = v;
    Ok(())
}

fn get_suppress(vm: &mut Vm, o: &PyRef) -> PyResult {
    let s = exc_data(o).borrow().suppress_context;
    Ok(vm.new_bool(s))
}

fn set_suppress(vm: &mut Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let b = match v {
        Some(v) => vm.is_true(&v)?,
        None => false,
    };
    exc_data(o).borrow_mut().suppress_context = b;
    Ok(())
}

fn stopiter_init(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    exc_init(vm, args, kw)
}

/// `exc.__reduce__()`: (type, args) or (type, args, __dict__) — how pickle and copy
/// rebuild exceptions.
fn exc_reduce(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("__reduce__", &args[1..], kw, 0)?;
    let e = &args[0];
    let a = crate::exceptions::exc_data(e).borrow().args.clone();
    let mut items = vec![e.class().clone(), a];
    if let Some(d) = e.dict.get() {
        if d.as_dict().is_some_and(|dd| !dd.borrow().is_empty()) {
            items.push(d);
        }
    }
    Ok(vm.new_tuple(items))
}

/// `exc.__setstate__(state)`: sets the attributes of a state dict.
fn exc_setstate(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("__setstate__", &args[1..], kw, 1)?;
    let state = &args[1];
    if matches!(state.payload, Payload::None) {
        return Ok(vm.none());
    }
    let Some(dd) = state.as_dict() else { return Err(vm.new_type_error("state is not a dictionary")) };
    let items = dd.borrow().items();
    for (k, v) in items {
        vm.setattr(&args[0], &k, v)?;
    }
    Ok(vm.none())
}

pub fn init(vm: &mut Vm) {
    let b = vm.interp.exc.base_exception.clone();
    vm.add_new(&b, exc_new);
    vm.add_method(&b, "__init__", exc_init);
    vm.add_method(&b, "__str__", exc_str);
    vm.add_method(&b, "__repr__", exc_repr);
    vm.add_method(&b, "with_traceback", exc_with_traceback);
    vm.add_method(&b, "add_note", exc_add_note);
    vm.add_method(&b, "__reduce__", exc_reduce);
    vm.add_method(&b, "__setstate__", exc_setstate);
    vm.add_getset(&b, "args", get_args, Some(set_args));
    vm.add_getset(&b, "__traceback__", get_tb, Some(set_tb));
    vm.add_getset(&b, "__cause__", get_cause, Some(set_cause));
    vm.add_getset(&b, "__context__", get_context, Some(set_context));
    vm.add_getset(&b, "__suppress_context__", get_suppress, Some(set_suppress));
    crate::objects::object_type::install_dict_getset(vm, &b);
    crate::objects::exception_group::init(vm);
    let si = vm.interp.exc.stop_iteration.clone();
    vm.add_method(&si, "__init__", stopiter_init);
}
