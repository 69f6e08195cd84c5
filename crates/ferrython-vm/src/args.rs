//! Argument checking for native functions, with CPython's messages (Argument Clinic
//! wording). Every message is built here, once.

use crate::object::PyRef;
use crate::{PyResult, Vm};

/// Positional arguments (without keyword values).
#[inline]
pub fn positional<'a>(args: &'a [PyRef], kwnames: &[PyRef]) -> &'a [PyRef] {
    &args[..args.len() - kwnames.len()]
}

/// Keyword (name, value) pairs.
pub fn keywords<'a>(args: &'a [PyRef], kwnames: &'a [PyRef]) -> impl Iterator<Item = (&'a str, &'a PyRef)> {
    let n = args.len() - kwnames.len();
    kwnames.iter().zip(&args[n..]).map(|(k, v)| (k.as_str().map(|s| s.as_str()).unwrap_or(""), v))
}

impl Vm {
    pub fn no_kwargs(&self, name: &str, kwnames: &[PyRef]) -> PyResult<()> {
        if !kwnames.is_empty() {
            return Err(self.new_type_error(format!("{name}() takes no keyword arguments")));
        }
        Ok(())
    }

    /// Exactly `n` positional arguments and no keywords.
    pub fn exact_args(&self, name: &str, args: &[PyRef], kwnames: &[PyRef], n: usize) -> PyResult<()> {
        self.no_kwargs(name, kwnames)?;
        if args.len() != n {
            return Err(self.new_type_error(match n {
                0 => format!("{name}() takes no arguments ({} given)", args.len()),
                1 => format!("{name}() takes exactly one argument ({} given)", args.len()),
                _ => format!("{name} expected {n} arguments, got {}", args.len()),
            }));
        }
        Ok(())
    }

    /// Between `min` and `max` positional arguments, no keywords.
    pub fn range_args(&self, name: &str, args: &[PyRef], kwnames: &[PyRef], min: usize, max: usize) -> PyResult<()> {
        self.no_kwargs(name, kwnames)?;
        if args.len() < min {
            return Err(self.new_type_error(format!(
                "{name} expected at least {min} argument{}, got {}",
                if min == 1 { "" } else { "s" },
                args.len()
            )));
        }
        if args.len() > max {
            return Err(self.new_type_error(format!(
                "{name} expected at most {max} argument{}, got {}",
                if max == 1 { "" } else { "s" },
                args.len()
            )));
        }
        Ok(())
    }

    /// Binds positional-or-keyword parameters by name (Argument Clinic style).
    /// `params` lists names; the first `required` must be given.
    pub fn bind_args(&self, fname: &str, args: &[PyRef], kwnames: &[PyRef], params: &[&str], required: usize) -> PyResult<Vec<Option<PyRef>>> {
        let pos = positional(args, kwnames);
        if pos.len() > params.len() {
            return Err(self.new_type_error(format!(
                "{fname}() takes at most {} argument{} ({} given)",
                params.len(),
                if params.len() == 1 { "" } else { "s" },
                pos.len() + kwnames.len()
            )));
        }
        let mut out: Vec<Option<PyRef>> = vec![None; params.len()];
        for (i, a) in pos.iter().enumerate() {
            out[i] = Some(a.clone());
        }
        for (k, v) in keywords(args, kwnames) {
            match params.iter().position(|p| *p == k) {
                Some(i) => {
                    if out[i].is_some() {
                        return Err(self.new_type_error(format!(
                            "argument for {fname}() given by name ('{k}') and position ({})",
                            i + 1
                        )));
                    }
                    out[i] = Some(v.clone());
                }
                None => {
                    return Err(self.new_type_error(format!("{fname}() got an unexpected keyword argument '{k}'")));
                }
            }
        }
        for i in 0..required {
            if out[i].is_none() {
                return Err(self.new_type_error(format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    params[i],
                    i + 1
                )));
            }
        }
        Ok(out)
    }

    /// The Rust string of a str argument, or TypeError "{what} must be str, not X".
    pub fn expect_str(&self, o: &PyRef, what: &str) -> PyResult<String> {
        match o.as_str() {
            Some(s) => Ok(s.as_str().to_string()),
            None => Err(self.new_type_error(format!(
                "{what} must be str, not {}",
                crate::objects::typeobj::obj_type_name(o)
            ))),
        }
    }
}
