//! The builtin exception hierarchy, defined once in one table, and the constructors
//! for the errors the VM raises (each message written in one place).
//! CPython: Objects/exceptions.c.

use crate::object::{Payload, PyRef};
use crate::objects::exception::ExcData;
use crate::objects::typeobj::{self, Layout, TypeData};
use crate::Vm;
use std::cell::RefCell;

macro_rules! exception_types {
    (root $root:ident; $( $field:ident : $name:literal < $base:ident ),* $(,)?) => {
        /// Every builtin exception type.
        pub struct ExcTypes {
            pub $root: PyRef,
            $( pub $field: PyRef, )*
        }

        impl ExcTypes {
            pub(crate) fn build(mk: &mut dyn FnMut(&str, &PyRef) -> PyRef, $root: PyRef) -> ExcTypes {
                $( let $field = mk($name, &$base); )*
                ExcTypes { $root, $( $field, )* }
            }

            /// (name, type) for every exception, for the builtins module.
            pub fn all(&self) -> Vec<(&'static str, PyRef)> {
                let mut v = vec![("BaseException", self.$root.clone())];
                $( v.push(($name, self.$field.clone())); )*
                v
            }
        }
    };
}

exception_types! {
    root base_exception;
    base_exception_group: "BaseExceptionGroup" < base_exception,
    generator_exit: "GeneratorExit" < base_exception,
    keyboard_interrupt: "KeyboardInterrupt" < base_exception,
    system_exit: "SystemExit" < base_exception,
    exception: "Exception" < base_exception,
    arithmetic_error: "ArithmeticError" < exception,
    floating_point_error: "FloatingPointError" < arithmetic_error,
    overflow_error: "OverflowError" < arithmetic_error,
    zero_division_error: "ZeroDivisionError" < arithmetic_error,
    assertion_error: "AssertionError" < exception,
    attribute_error: "AttributeError" < exception,
    buffer_error: "BufferError" < exception,
    eof_error: "EOFError" < exception,
    exception_group: "ExceptionGroup" < exception,
    import_error: "ImportError" < exception,
    module_not_found_error: "ModuleNotFoundError" < import_error,
    lookup_error: "LookupError" < exception,
    index_error: "IndexError" < lookup_error,
    key_error: "KeyError" < lookup_error,
    memory_error: "MemoryError" < exception,
    name_error: "NameError" < exception,
    unbound_local_error: "UnboundLocalError" < name_error,
    os_error: "OSError" < exception,
    blocking_io_error: "BlockingIOError" < os_error,
    child_process_error: "ChildProcessError" < os_error,
    connection_error: "ConnectionError" < os_error,
    broken_pipe_error: "BrokenPipeError" < connection_error,
    connection_aborted_error: "ConnectionAbortedError" < connection_error,
    connection_refused_error: "ConnectionRefusedError" < connection_error,
    connection_reset_error: "ConnectionResetError" < connection_error,
    file_exists_error: "FileExistsError" < os_error,
    file_not_found_error: "FileNotFoundError" < os_error,
    interrupted_error: "InterruptedError" < os_error,
    is_a_directory_error: "IsADirectoryError" < os_error,
    not_a_directory_error: "NotADirectoryError" < os_error,
    permission_error: "PermissionError" < os_error,
    process_lookup_error: "ProcessLookupError" < os_error,
    timeout_error: "TimeoutError" < os_error,
    reference_error: "ReferenceError" < exception,
    runtime_error: "RuntimeError" < exception,
    not_implemented_error: "NotImplementedError" < runtime_error,
    recursion_error: "RecursionError" < runtime_error,
    stop_async_iteration: "StopAsyncIteration" < exception,
    stop_iteration: "StopIteration" < exception,
    syntax_error: "SyntaxError" < exception,
    indentation_error: "IndentationError" < syntax_error,
    tab_error: "TabError" < indentation_error,
    system_error: "SystemError" < exception,
    type_error: "TypeError" < exception,
    value_error: "ValueError" < exception,
    unicode_error: "UnicodeError" < value_error,
    unicode_decode_error: "UnicodeDecodeError" < unicode_error,
    unicode_encode_error: "UnicodeEncodeError" < unicode_error,
    unicode_translate_error: "UnicodeTranslateError" < unicode_error,
    warning: "Warning" < exception,
    bytes_warning: "BytesWarning" < warning,
    deprecation_warning: "DeprecationWarning" < warning,
    encoding_warning: "EncodingWarning" < warning,
    future_warning: "FutureWarning" < warning,
    import_warning: "ImportWarning" < warning,
    pending_deprecation_warning: "PendingDeprecationWarning" < warning,
    resource_warning: "ResourceWarning" < warning,
    runtime_warning: "RuntimeWarning" < warning,
    syntax_warning: "SyntaxWarning" < warning,
    unicode_warning: "UnicodeWarning" < warning,
    user_warning: "UserWarning" < warning,
}

/// Builds the hierarchy; `object` is the root type.
pub(crate) fn build(type_type: &PyRef, object: &PyRef, new_dict: &dyn Fn() -> PyRef) -> ExcTypes {
    let mut mk = |name: &str, base: &PyRef| -> PyRef {
        let t = PyRef::new(
            type_type,
            Payload::Type(Box::new(TypeData::new(
                name,
                vec![base.clone()],
                new_dict(),
                Layout::Exception,
                typeobj::tflags::BASETYPE | typeobj::tflags::HAS_DICT,
            ))),
        );
        let mut mro = vec![t.clone()];
        mro.extend(base.as_type().unwrap().mro.borrow().iter().cloned());
        *t.as_type().unwrap().mro.borrow_mut() = mro;
        base.as_type().unwrap().subclasses.borrow_mut().push(t.clone());
        t.make_immortal();
        t
    };
    let base = mk("BaseException", object);
    let types = ExcTypes::build(&mut mk, base);
    // ExceptionGroup derives from both BaseExceptionGroup and Exception.
    let eg = types.exception_group.as_type().unwrap();
    *eg.bases.borrow_mut() = vec![types.base_exception_group.clone(), types.exception.clone()];
    *eg.mro.borrow_mut() = vec![
        types.exception_group.clone(),
        types.base_exception_group.clone(),
        types.exception.clone(),
        types.base_exception.clone(),
        object.clone(),
    ];
    types.base_exception_group.as_type().unwrap().subclasses.borrow_mut().push(types.exception_group.clone());
    types
}

impl Vm {
    /// A new exception instance of `ty` with `args`.
    pub fn new_exception(&self, ty: &PyRef, args: Vec<PyRef>) -> PyRef {
        let args = self.new_tuple(args);
        PyRef::new(ty, Payload::Exception(Box::new(RefCell::new(ExcData::new(args)))))
    }

    pub fn new_exception_msg(&self, ty: &PyRef, msg: impl Into<String>) -> PyRef {
        let m = self.new_str(msg.into());
        self.new_exception(ty, vec![m])
    }

    pub fn new_type_error(&self, msg: impl Into<String>) -> PyRef {
        self.new_exception_msg(&self.interp.exc.type_error, msg)
    }

    pub fn new_value_error(&self, msg: impl Into<String>) -> PyRef {
        self.new_exception_msg(&self.interp.exc.value_error, msg)
    }

    pub fn new_index_error(&self, msg: impl Into<String>) -> PyRef {
        self.new_exception_msg(&self.interp.exc.index_error, msg)
    }

    pub fn new_overflow_error(&self, msg: impl Into<String>) -> PyRef {
        self.new_exception_msg(&self.interp.exc.overflow_error, msg)
    }

    pub fn new_zero_division_error(&self, msg: impl Into<String>) -> PyRef {
        self.new_exception_msg(&self.interp.exc.zero_division_error, msg)
    }

    pub fn new_runtime_error(&self, msg: impl Into<String>) -> PyRef {
        self.new_exception_msg(&self.interp.exc.runtime_error, msg)
    }

    pub fn new_system_error(&self, msg: impl Into<String>) -> PyRef {
        self.new_exception_msg(&self.interp.exc.system_error, msg)
    }

    pub fn new_not_implemented_error(&self, msg: impl Into<String>) -> PyRef {
        self.new_exception_msg(&self.interp.exc.not_implemented_error, msg)
    }

    pub fn new_recursion_error(&self) -> PyRef {
        self.new_exception_msg(&self.interp.exc.recursion_error, "maximum recursion depth exceeded")
    }

    pub fn new_key_error(&self, key: PyRef) -> PyRef {
        self.new_exception(&self.interp.exc.key_error, vec![key])
    }

    pub fn new_stop_iteration(&self, value: Option<PyRef>) -> PyRef {
        let args = value.clone().map(|v| vec![v]).unwrap_or_default();
        let e = self.new_exception(&self.interp.exc.stop_iteration, args);
        exc_data(&e).borrow_mut().set_attr("value", value.unwrap_or_else(|| self.none()));
        e
    }

    /// AttributeError with `name` and `obj` set (as CPython 3.10+).
    pub fn new_attribute_error(&self, obj: &PyRef, name: &str, msg: String) -> PyRef {
        let e = self.new_exception_msg(&self.interp.exc.attribute_error, msg);
        {
            let mut d = exc_data(&e).borrow_mut();
            d.set_attr("name", self.new_str(name));
            d.set_attr("obj", obj.clone());
        }
        e
    }

    /// "'X' object has no attribute 'y'" (or the module/type variants).
    pub fn no_attribute(&self, obj: &PyRef, name: &str) -> PyRef {
        let msg = match &obj.payload {
            Payload::Module(_) => {
                let mname = self.module_name(obj).unwrap_or_else(|| "?".into());
                if self.interp.initializing.borrow().iter().any(|m| *m == mname) {
                    format!("partially initialized module '{mname}' has no attribute '{name}' (most likely due to a circular import)")
                } else {
                    format!("module '{mname}' has no attribute '{name}'")
                }
            }
            Payload::Type(t) => format!("type object '{}' has no attribute '{name}'", t.name()),
            _ => format!("'{}' object has no attribute '{name}'", typeobj::obj_type_name(obj)),
        };
        self.new_attribute_error(obj, name, msg)
    }

    pub fn new_name_error(&self, name: &str) -> PyRef {
        let e = self.new_exception_msg(&self.interp.exc.name_error, format!("name '{name}' is not defined"));
        exc_data(&e).borrow_mut().set_attr("name", self.new_str(name));
        e
    }

    pub fn new_unbound_local(&self, name: &str) -> PyRef {
        self.new_exception_msg(
            &self.interp.exc.unbound_local_error,
            format!("cannot access local variable '{name}' where it is not associated with a value"),
        )
    }

    pub fn new_unbound_free(&self, name: &str) -> PyRef {
        self.new_exception_msg(
            &self.interp.exc.name_error,
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    }

    pub fn new_import_error(&self, msg: impl Into<String>, name: Option<&str>) -> PyRef {
        let e = self.new_exception_msg(&self.interp.exc.import_error, msg);
        let name = match name {
            Some(n) => self.new_str(n),
            None => self.none(),
        };
        let mut d = exc_data(&e).borrow_mut();
        d.set_attr("name", name);
        d.set_attr("path", self.none());
        drop(d);
        e
    }

    pub fn new_module_not_found(&self, name: &str) -> PyRef {
        self.new_module_not_found_msg(name, format!("No module named '{name}'"))
    }

    /// ModuleNotFoundError with its `name` and `msg` attributes.
    pub fn new_module_not_found_msg(&self, name: &str, msg: String) -> PyRef {
        let m = self.new_str(msg.as_str());
        let e = self.new_exception_msg(&self.interp.exc.module_not_found_error, msg);
        exc_data(&e).borrow_mut().set_attr("name", self.new_str(name));
        exc_data(&e).borrow_mut().set_attr("path", self.none());
        exc_data(&e).borrow_mut().set_attr("msg", m);
        e
    }

    /// "unsupported operand type(s) for +: 'int' and 'str'".
    pub fn unsupported_operand(&self, op: &str, a: &PyRef, b: &PyRef) -> PyRef {
        self.new_type_error(format!(
            "unsupported operand type(s) for {op}: '{}' and '{}'",
            typeobj::obj_type_name(a),
            typeobj::obj_type_name(b)
        ))
    }

    /// "'X' object is not callable" and similar one-type messages.
    pub fn type_error_for(&self, obj: &PyRef, what: &str) -> PyRef {
        self.new_type_error(format!("'{}' object {what}", typeobj::obj_type_name(obj)))
    }
}

/// The exception fields of an exception instance.
pub fn exc_data(e: &PyRef) -> &RefCell<ExcData> {
    match &e.payload {
        Payload::Exception(d) => d,
        _ => panic!("not an exception instance: {}", e.payload.kind_name()),
    }
}

pub fn is_exception_instance(e: &PyRef) -> bool {
    matches!(e.payload, Payload::Exception(_))
}
