//! The names the `site` module adds to builtins: `exit`, `quit` (and, as plain
//! text helpers, `copyright`, `credits`, `license`, `help`). Skipped with `-S`.
//! CPython: Lib/_sitebuiltins.py (behaviour only).

use crate::object::{NativeObject, Payload, PyRef};
use crate::objects::typeobj::{self, Layout, TypeData};
use crate::{PyResult, Vm};

/// A callable that prints a fixed text as its repr.
struct Printer {
    name: &'static str,
    text: &'static str,
}

impl NativeObject for Printer {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn printer(o: &PyRef) -> Option<&Printer> {
    match &o.payload {
        Payload::Native(n) => n.as_any().downcast_ref::<Printer>(),
        _ => None,
    }
}

fn quitter_repr(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let name = printer(&a[0]).map(|p| p.name).unwrap_or("exit");
    Ok(vm.new_str(format!("Use {name}() or Ctrl-D (i.e. EOF) to exit")))
}

/// `exit(code=None)`: closes stdin (as CPython does) and raises SystemExit.
fn quitter_call(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let p = vm.bind_args("__call__", &a[1..], k, &["code"], 0)?;
    let code = p[0].clone().unwrap_or_else(|| vm.none());
    let se = vm.interp.exc.system_exit.clone();
    let e = vm.call(&se, &[code], &[])?;
    Err(e)
}

fn text_repr(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let t = printer(&a[0]).map(|p| p.text).unwrap_or("");
    Ok(vm.new_str(t))
}

fn text_call(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let t = printer(&a[0]).map(|p| p.text).unwrap_or("");
    vm.write_stdout(&format!("{t}\n"))?;
    Ok(vm.none())
}

fn new_type(vm: &mut Vm, name: &'static str, repr: crate::object::NativeFn, call: crate::object::NativeFn) -> PyRef {
    let ns = vm.new_dict();
    let ty = PyRef::new(
        &vm.interp.types.type_,
        Payload::Type(Box::new(TypeData::new(name, vec![vm.interp.types.object.clone()], ns, Layout::Opaque, 0))),
    );
    let _ = typeobj::finish_type(vm, &ty);
    let m = vm.new_str("_sitebuiltins");
    typeobj::set_attr_raw(vm, &ty, "__module__", m);
    vm.add_method(&ty, "__repr__", repr);
    vm.add_method(&ty, "__call__", call);
    ty
}

pub fn install(vm: &mut Vm, d: &PyRef) {
    let quitter = new_type(vm, "Quitter", quitter_repr, quitter_call);
    for name in ["exit", "quit"] {
        let o = PyRef::new(&quitter, Payload::Native(Box::new(Printer { name, text: "" })));
        crate::objects::dict::set_str(vm, d, name, o);
    }
    let printer_t = new_type(vm, "_Printer", text_repr, text_call);
    let texts: [(&'static str, &'static str); 3] = [
        ("copyright", "Copyright (c) ferrython contributors.\nPython is Copyright (c) 2001-2023 Python Software Foundation."),
        ("credits", "Thanks to the CPython developers, whose behaviour ferrython follows."),
        ("license", "Type license() to see the full license text"),
    ];
    for (name, text) in texts {
        let o = PyRef::new(&printer_t, Payload::Native(Box::new(Printer { name, text })));
        crate::objects::dict::set_str(vm, d, name, o);
    }
    let helper = new_type(vm, "_Helper", text_repr, text_call);
    let h = PyRef::new(
        &helper,
        Payload::Native(Box::new(Printer {
            name: "help",
            text: "Type help() for interactive help, or help(object) for help about object.",
        })),
    );
    crate::objects::dict::set_str(vm, d, "help", h);
}
