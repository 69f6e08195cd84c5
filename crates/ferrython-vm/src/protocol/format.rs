//! `format()` for builtin types: `object.__format__` and the numeric/str format specs.
//! The spec mini-language itself lives in the `ferrython-format` crate.

use crate::object::{Payload, PyRef};
use crate::objects::typeobj;
use crate::{PyResult, Vm};

pub fn format_builtin(vm: &mut Vm, o: &PyRef, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return vm.str_string(o);
    }
    match &o.payload {
        Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_) | Payload::Str(_) | Payload::Complex(..) => {
            crate::protocol::format_spec::apply(vm, o, spec)
        }
        _ => Err(vm.new_type_error(format!(
            "unsupported format string passed to {}.__format__",
            typeobj::obj_type_name(o)
        ))),
    }
}
