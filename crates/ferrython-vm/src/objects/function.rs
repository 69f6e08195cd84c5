//! Python functions (`def`, `lambda`) and closure cells. CPython: Objects/funcobject.c.

use crate::cell::PyCell;
use crate::object::PyRef;

pub struct FunctionData {
    /// The code object (a `Payload::Code`).
    pub code: PyRef,
    pub globals: PyRef,
    pub name: PyCell<PyRef>,
    pub qualname: PyCell<PyRef>,
    /// Tuple of positional defaults, or None.
    pub defaults: PyCell<Option<PyRef>>,
    /// Dict of keyword-only defaults, or None.
    pub kwdefaults: PyCell<Option<PyRef>>,
    /// Tuple of cells for the code's free variables.
    pub closure: Option<PyRef>,
    pub annotations: PyCell<Option<PyRef>>,
    pub module: PyCell<Option<PyRef>>,
    pub doc: PyCell<Option<PyRef>>,
}
