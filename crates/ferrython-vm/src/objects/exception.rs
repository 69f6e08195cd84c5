//! Exception instances' fields. The hierarchy itself is built in `exceptions.rs`.
//! CPython: Objects/exceptions.c.

use crate::object::PyRef;

pub struct ExcData {
    /// `args` tuple.
    pub args: PyRef,
    pub traceback: Option<PyRef>,
    pub cause: Option<PyRef>,
    pub context: Option<PyRef>,
    pub suppress_context: bool,
    /// Type-specific attributes (`value` of StopIteration, `code` of SystemExit,
    /// `name`/`obj` of AttributeError, `filename`/`lineno`… of SyntaxError, `errno`…).
    pub attrs: Vec<(&'static str, PyRef)>,
}

impl ExcData {
    pub fn new(args: PyRef) -> ExcData {
        ExcData { args, traceback: None, cause: None, context: None, suppress_context: false, attrs: Vec::new() }
    }

    pub fn get_attr(&self, name: &str) -> Option<PyRef> {
        self.attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone())
    }

    pub fn set_attr(&mut self, name: &'static str, value: PyRef) {
        if let Some(slot) = self.attrs.iter_mut().find(|(n, _)| *n == name) {
            slot.1 = value;
        } else {
            self.attrs.push((name, value));
        }
    }
}
