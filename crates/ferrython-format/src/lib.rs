//! Formatting algorithms; see lib docs.
