//! Formatting algorithms; see lib docs.

pub mod str_repr;
