//! Runtime start-up: installs the methods of builtin types, the builtins module and
//! `sys`, in dependency order.

use crate::Vm;

pub fn init_runtime(vm: &mut Vm) {
    crate::objects::object_type::init(vm);
    crate::objects::basic_types::init(vm);
    crate::objects::list_type::init(vm);
    crate::objects::dict_type::init(vm);
    crate::objects::num_type::init(vm);
    crate::objects::str_type::init(vm);
    crate::objects::bytes_type::init(vm);
    crate::objects::complex_type::init(vm);
    crate::objects::async_gen::init(vm);
    crate::builtins::exceptions::init(vm);
    // Builtin types keep no `__module__` in their dict (as CPython's static types):
    // type.__module__ answers "builtins" for them.
    crate::builtins::init(vm);
    let sys = crate::modules::sys::make(vm);
    vm.interp.sys.set(Some(sys.clone()));
    let modules = vm.interp.modules.clone();
    crate::objects::dict::set_str(vm, &modules, "sys", sys);
    if let Err(e) = crate::import::bootstrap(vm) {
        // Our own lib/ failed to load: a broken build, not a user error.
        let text = crate::traceback::format_exception(vm, &e);
        let _ = vm.write_stderr(&format!("ferrython: the import system failed to start\n{text}"));
    }
}
