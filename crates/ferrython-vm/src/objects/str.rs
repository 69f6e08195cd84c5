//! `str` storage: UTF-8 text with a cached code-point count and hash.
//! CPython: Objects/unicodeobject.c. Methods live in `str_methods.rs`.

use std::cell::Cell;

pub struct PyStr {
    s: Box<str>,
    /// Number of code points (== byte length when ASCII).
    chars: usize,
    /// Cached hash; -1 = not yet computed (a real hash is never -1).
    hash: Cell<i64>,
}

// SAFETY: GIL-protected like every object (object.rs).
unsafe impl Sync for PyStr {}

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> Self {
        let s: Box<str> = s.into();
        let chars = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { s, chars, hash: Cell::new(-1) }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The `i`-th code point (0-based, in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }

    /// Byte offset of code point `i` (i may equal the length).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.s.len())
        }
    }

    /// Substring by code-point range [a, b).
    pub fn slice_chars(&self, a: usize, b: usize) -> &str {
        if a >= b {
            return "";
        }
        let start = self.byte_offset(a);
        let end = if self.is_ascii() { b } else { start + self.s[start..].char_indices().nth(b - a).map(|(o, _)| o).unwrap_or(self.s.len() - start) };
        &self.s[start..end]
    }

    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = crate::hash::hash_str(&self.s);
        self.hash.set(h);
        h
    }
}
