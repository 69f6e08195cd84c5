//! `PyCell`: a GIL-protected slot holding an optional object reference.
//!
//! Like `std::cell::Cell` for non-`Copy` values: it never hands out references to its
//! content, only clones and replacements, so re-entrant code can never alias a borrow.
//! Cloning a `PyRef` only bumps a refcount and cannot re-enter Python code; dropping the
//! old value happens after the slot is updated.

use std::cell::UnsafeCell;

pub struct PyCell<T> {
    value: UnsafeCell<T>,
}

// SAFETY: all access happens under the GIL (see object.rs).
unsafe impl<T: Send> Sync for PyCell<T> {}

impl<T> PyCell<T> {
    pub const fn new(value: T) -> Self {
        PyCell { value: UnsafeCell::new(value) }
    }

    /// Puts `value` in the slot and returns the old content.
    pub fn replace(&self, value: T) -> T {
        // SAFETY: no reference to the content ever escapes this type, and the swap
        // runs no user code, so this is the only live access.
        unsafe { std::mem::replace(&mut *self.value.get(), value) }
    }

    pub fn set(&self, value: T) {
        drop(self.replace(value));
    }
}

impl<T: Clone> PyCell<T> {
    /// A clone of the content.
    pub fn get(&self) -> T {
        // SAFETY: as in `replace`; `T::clone` for the types used here (Option<PyRef>,
        // plain data) runs no user code.
        unsafe { (*self.value.get()).clone() }
    }
}

impl<T> PyCell<T> {
    /// Reads the content in place.
    ///
    /// # Safety
    /// No code that could replace the content may run while the reference lives
    /// (the cycle collector uses it while no Python code runs).
    pub(crate) unsafe fn peek(&self) -> &T {
        &*self.value.get()
    }
}

impl PyCell<Option<crate::object::PyRef>> {
    /// Is the slot empty? (Reads without cloning.)
    #[inline]
    pub fn is_none(&self) -> bool {
        // SAFETY: as in `replace`; nothing runs while the discriminant is read.
        unsafe { (*self.value.get()).is_none() }
    }
}

impl<T: Default> PyCell<T> {
    pub fn take(&self) -> T {
        self.replace(T::default())
    }
}

impl<T: Copy> PyCell<T> {
    pub fn copy(&self) -> T {
        // SAFETY: as in `replace`.
        unsafe { *self.value.get() }
    }
}
