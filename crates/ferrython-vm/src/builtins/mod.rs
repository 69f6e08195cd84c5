//! The `builtins` module: functions split by theme, registered in one table.
//! CPython: Python/bltinmodule.c.

pub mod code;
pub mod core;
pub mod exceptions;
pub mod site;
pub mod sizeof;

use crate::object::NativeFn;
use crate::Vm;

/// (name, function) for every builtin function.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("__build_class__", core::build_class),
    ("__import__", core::import_),
    ("abs", core::abs),
    ("aiter", code::aiter),
    ("all", core::all),
    ("anext", code::anext),
    ("any", core::any),
    ("ascii", core::ascii),
    ("bin", crate::objects::num_type::bin),
    ("breakpoint", code::breakpoint),
    ("callable", core::callable),
    ("chr", core::chr),
    ("compile", code::compile),
    ("delattr", core::delattr),
    ("dir", core::dir),
    ("eval", code::eval),
    ("exec", code::exec),
    ("divmod", core::divmod),
    ("format", core::format),
    ("getattr", core::getattr),
    ("globals", core::globals),
    ("hasattr", core::hasattr),
    ("hash", core::hash),
    ("hex", crate::objects::num_type::hex),
    ("id", core::id),
    ("input", code::input),
    ("isinstance", core::isinstance),
    ("issubclass", core::issubclass),
    ("iter", core::iter),
    ("len", core::len),
    ("locals", core::locals),
    ("max", core::max),
    ("min", core::min),
    ("next", core::next),
    ("oct", crate::objects::num_type::oct),
    ("open", crate::modules::fileio::open),
    ("ord", core::ord),
    ("pow", crate::objects::num_type::pow),
    ("print", core::print),
    ("repr", core::repr),
    ("round", crate::objects::num_type::round),
    ("setattr", core::setattr),
    ("sorted", core::sorted),
    ("sum", core::sum),
    ("vars", core::vars),
];

/// Creates the builtins module and fills its namespace.
pub fn init(vm: &mut Vm) {
    let m = vm.new_module("builtins");
    let d = vm.module_dict(&m);
    // The module's dict *is* the interpreter's builtins dict.
    vm.dict_update(&vm.interp.builtins_dict.clone(), &d).ok();
    let d = vm.interp.builtins_dict.clone();
    if let crate::object::Payload::Module(_) = &m.payload {}
    let m = crate::object::PyRef::new(&vm.interp.types.module, crate::object::Payload::Module(d.clone()));
    for (name, f) in FUNCTIONS {
        let b = vm.new_builtin(name, *f);
        crate::objects::dict::set_str(vm, &d, name, b);
    }
    let t = &vm.interp.types;
    let types = [
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("complex", t.complex.clone()),
        ("str", t.str.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("list", t.list.clone()),
        ("tuple", t.tuple.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("classmethod", t.classmethod.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("super", t.super_.clone()),
        ("enumerate", t.enumerate.clone()),
        ("zip", t.zip.clone()),
        ("map", t.map.clone()),
        ("filter", t.filter.clone()),
        ("reversed", t.reversed.clone()),
    ];
    for (name, ty) in types {
        crate::objects::dict::set_str(vm, &d, name, ty);
    }
    for (name, ty) in vm.interp.exc.all() {
        crate::objects::dict::set_str(vm, &d, name, ty);
    }
    let mv = crate::objects::memoryview::memoryview_type(vm);
    crate::objects::dict::set_str(vm, &d, "memoryview", mv);
    // Aliases CPython keeps for OSError.
    for alias in ["EnvironmentError", "IOError"] {
        let ose = vm.interp.exc.os_error.clone();
        crate::objects::dict::set_str(vm, &d, alias, ose);
    }
    let consts = [
        ("None", vm.none()),
        ("True", vm.new_bool(true)),
        ("False", vm.new_bool(false)),
        ("Ellipsis", vm.interp.ellipsis.clone()),
        ("NotImplemented", vm.not_implemented()),
        ("__debug__", vm.new_bool(true)),
    ];
    for (name, v) in consts {
        crate::objects::dict::set_str(vm, &d, name, v);
    }
    let n = vm.new_str("builtins");
    crate::objects::dict::set_str(vm, &d, "__name__", n);
    if !vm.interp.config.borrow().no_site {
        site::install(vm, &d);
    }
    vm.interp.builtins.set(Some(m.clone()));
    let modules = vm.interp.modules.clone();
    crate::objects::dict::set_str(vm, &modules, "builtins", m);
}
