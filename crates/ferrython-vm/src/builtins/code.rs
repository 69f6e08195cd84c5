//! The builtins that compile and run code: `compile`, `exec`, `eval`, and `input`.
//! CPython: Python/bltinmodule.c.

use crate::args::positional;
use crate::object::{Payload, PyRef};
use crate::objects::{dict, typeobj};
use crate::{PyResult, Vm};
use ferrython_compiler::Mode;

/// Source text of a `compile`/`exec`/`eval` argument (str or bytes).
fn source_text(vm: &mut Vm, o: &PyRef, fname: &str, what: &str) -> PyResult<String> {
    match &o.payload {
        Payload::Str(s) => Ok(s.as_str().to_string()),
        Payload::Bytes(b) => match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_string()),
            Err(_) => Err(vm.new_exception_msg(
                &vm.interp.exc.syntax_error.clone(),
                "(unicode error) 'utf-8' codec can't decode bytes",
            )),
        },
        Payload::ByteArray(b) => Ok(String::from_utf8_lossy(&b.borrow()).into_owned()),
        _ => Err(vm.new_type_error(format!("{fname}() arg 1 must be {what}"))),
    }
}

fn check_no_nul(vm: &mut Vm, src: &str) -> PyResult<()> {
    if src.contains('\0') {
        return Err(vm.new_exception_msg(&vm.interp.exc.syntax_error.clone(), "source code string cannot contain null bytes"));
    }
    Ok(())
}

pub fn compile(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let p = vm.bind_args(
        "compile",
        args,
        kw,
        &["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
        3,
    )?;
    let src_obj = p[0].clone().unwrap();
    if matches!(src_obj.payload, Payload::Code(_)) {
        return Ok(src_obj);
    }
    let filename = match &p[1].as_ref().unwrap().payload {
        Payload::Str(s) => s.as_str().to_string(),
        Payload::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            return Err(vm.new_type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                typeobj::obj_type_name(p[1].as_ref().unwrap())
            )))
        }
    };
    let mode = match p[2].as_ref().unwrap().as_str().map(|s| s.as_str().to_string()) {
        Some(m) if m == "exec" => Mode::Exec,
        Some(m) if m == "eval" => Mode::Eval,
        Some(m) if m == "single" => Mode::Single,
        Some(_) => return Err(vm.new_value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        None => {
            return Err(vm.new_type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                typeobj::obj_type_name(p[2].as_ref().unwrap())
            )))
        }
    };
    let src = source_text(vm, &src_obj, "compile", "a string, bytes or AST object")?;
    check_no_nul(vm, &src)?;
    vm.compile_source(&src, &filename, mode)
}

/// The (globals, locals) an exec/eval runs with, CPython's defaults and checks.
fn namespaces(vm: &mut Vm, fname: &str, g: Option<&PyRef>, l: Option<&PyRef>) -> PyResult<(PyRef, Option<PyRef>)> {
    let g = g.filter(|x| !matches!(x.payload, Payload::None)).cloned();
    let l = l.filter(|x| !matches!(x.payload, Payload::None)).cloned();
    if let Some(gd) = &g {
        if !matches!(gd.payload, Payload::Dict(_)) {
            let what = if fname == "exec" { "exec() globals must be a dict, not" } else { "globals must be a dict" };
            return Err(vm.new_type_error(if fname == "exec" {
                format!("{what} {}", typeobj::obj_type_name(gd))
            } else {
                what.to_string()
            }));
        }
    }
    if let Some(ld) = &l {
        if !matches!(ld.payload, Payload::Dict(_)) && vm.getattr_opt(ld, "__getitem__")?.is_none() {
            return Err(vm.new_type_error(if fname == "exec" {
                format!("locals must be a mapping or None, not {}", typeobj::obj_type_name(ld))
            } else {
                "locals must be a mapping".to_string()
            }));
        }
    }
    let (globals, locals) = match (g, l) {
        (Some(g), l) => {
            let l = l.or_else(|| Some(g.clone()));
            (g, l)
        }
        (None, l) => {
            let Some(f) = vm.current_frame() else { return Err(vm.new_system_error("no current frame")) };
            let globals = f.globals.clone();
            let l = match l {
                Some(l) => Some(l),
                None => Some(crate::builtins::core::frame_locals(vm, 0)?),
            };
            (globals, l)
        }
    };
    if dict::get_str(vm, &globals, "__builtins__").is_none() {
        let b = vm.interp.builtins.get().unwrap();
        dict::set_str(vm, &globals, "__builtins__", b);
    }
    // Module-level code sees globals as its locals when both are the same dict.
    let locals = match locals {
        Some(l) if l.is(&globals) => None,
        other => other,
    };
    Ok((globals, locals))
}

pub fn exec(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let pos = positional(args, kw);
    for (k, _) in crate::args::keywords(args, kw) {
        if k != "closure" {
            return Err(vm.new_type_error(format!("exec() got an unexpected keyword argument '{k}'")));
        }
    }
    if pos.is_empty() || pos.len() > 3 {
        return Err(vm.new_type_error(format!(
            "exec expected at {} 1 argument{}, got {}",
            if pos.is_empty() { "least" } else { "most" },
            if pos.is_empty() { "" } else { "s" },
            pos.len()
        )
        .replace("at most 1 arguments", "at most 3 arguments")));
    }
    let (globals, locals) = namespaces(vm, "exec", pos.get(1), pos.get(2))?;
    let code = if matches!(pos[0].payload, Payload::Code(_)) {
        pos[0].clone()
    } else {
        let src = source_text(vm, &pos[0], "exec", "a string, bytes or code object")?;
        check_no_nul(vm, &src)?;
        vm.compile_source(&src, "<string>", Mode::Exec)?
    };
    vm.run_code(&code, &globals, locals)?;
    Ok(vm.none())
}

pub fn eval(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.no_kwargs("eval", kw)?;
    if args.is_empty() || args.len() > 3 {
        return Err(vm.new_type_error(format!(
            "eval expected at {} {} argument{}, got {}",
            if args.is_empty() { "least" } else { "most" },
            if args.is_empty() { 1 } else { 3 },
            if args.is_empty() { "" } else { "s" },
            args.len()
        )));
    }
    let (globals, locals) = namespaces(vm, "eval", args.get(1), args.get(2))?;
    let code = if matches!(args[0].payload, Payload::Code(_)) {
        args[0].clone()
    } else {
        let src = source_text(vm, &args[0], "eval", "a string, bytes or code object")?;
        check_no_nul(vm, &src)?;
        let trimmed = src.trim_start_matches([' ', '\t']);
        vm.compile_source(trimmed, "<string>", Mode::Eval)?
    };
    vm.run_code(&code, &globals, locals)
}

pub fn input(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.no_kwargs("input", kw)?;
    if args.len() > 1 {
        return Err(vm.new_type_error(format!("input expected at most 1 argument, got {}", args.len())));
    }
    if let Some(p) = args.first() {
        let s = vm.str_string(p)?;
        vm.write_stdout(&s)?;
    }
    let _ = vm.flush_stdout();
    crate::modules::io::flush_stdout_buffer().ok();
    let sys = vm.interp.sys.get().unwrap();
    let stdin = vm.getattr_str(&sys, "stdin")?;
    let rl = vm.getattr_str(&stdin, "readline")?;
    let line = vm.call(&rl, &[], &[])?;
    let s = vm.str_string(&line)?;
    if s.is_empty() {
        return Err(vm.new_exception_msg(&vm.interp.exc.eof_error.clone(), "EOF when reading a line"));
    }
    let s = s.strip_suffix('\n').unwrap_or(&s).to_string();
    Ok(vm.new_str(s))
}

/// `aiter(async_iterable)`.
pub fn aiter(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.exact_args("aiter", args, kw, 1)?;
    if vm.lookup_special(&args[0], "__aiter__")?.is_none() {
        return Err(vm.new_type_error(format!("'{}' object is not an async iterable", typeobj::obj_type_name(&args[0]))));
    }
    let it = vm.get_aiter(&args[0])?;
    if vm.lookup_special(&it, "__anext__")?.is_none() {
        return Err(vm.new_type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            typeobj::obj_type_name(&it)
        )));
    }
    Ok(it)
}

/// `anext(async_iterator[, default])`: the awaitable of the next item.
pub fn anext(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    vm.range_args("anext", args, kw, 1, 2)?;
    let it = &args[0];
    let Some(m) = vm.lookup_special(it, "__anext__")? else {
        return Err(vm.new_type_error(format!("'{}' object is not an async iterator", typeobj::obj_type_name(it))));
    };
    match args.get(1) {
        None => vm.call(&m, &[], &[]),
        Some(default) => {
            let helpers = vm.import_module_path("_asyncutil")?;
            let f = vm.getattr_str(&helpers, "anext_default")?;
            vm.call(&f, &[it.clone(), default.clone()], &[])
        }
    }
}

/// `breakpoint()`: calls `sys.breakpointhook` if a program installed one; there is
/// no debugger yet, so the default hook does nothing (as PYTHONBREAKPOINT=0).
pub fn breakpoint(vm: &mut Vm, args: &[PyRef], kw: &[PyRef]) -> PyResult {
    let sys = vm.interp.sys.get().unwrap();
    match vm.getattr_opt(&sys, "breakpointhook")? {
        Some(h) => vm.call(&h, args, kw),
        None => Ok(vm.none()),
    }
}
