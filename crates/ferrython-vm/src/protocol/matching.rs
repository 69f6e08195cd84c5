//! Helpers for `match` statements: MATCH_MAPPING/SEQUENCE/KEYS/CLASS.
//! CPython: Python/ceval.c (match_class, match_keys).

use crate::object::{Payload, PyRef};
use crate::objects::typeobj;
use crate::{PyResult, Vm};

impl Vm {
    pub(crate) fn is_mapping_for_match(&mut self, o: &PyRef) -> bool {
        if matches!(o.payload, Payload::Dict(_) | Payload::MappingProxy(_)) {
            return true;
        }
        self.abc_registered(o, "Mapping")
    }

    pub(crate) fn is_sequence_for_match(&mut self, o: &PyRef) -> bool {
        match &o.payload {
            Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) => false,
            Payload::List(_) | Payload::Tuple(_) | Payload::Range(_) => true,
            Payload::Dict(_) => false,
            _ => self.abc_registered(o, "Sequence"),
        }
    }

    /// Is `o` registered with / derived from `collections.abc.<name>` (if that module is loaded)?
    fn abc_registered(&mut self, o: &PyRef, name: &str) -> bool {
        let Some(abc) = self.sys_modules_get("collections.abc") else { return false };
        let Ok(Some(cls)) = self.getattr_opt(&abc, name) else { return false };
        let isinst = self.interp.builtins_dict.clone();
        let Some(f) = crate::objects::dict::get_str(self, &isinst, "isinstance") else { return false };
        match self.call(&f, &[o.clone(), cls], &[]) {
            Ok(r) => r.is(&self.interp.true_),
            Err(_) => false,
        }
    }

    pub(crate) fn match_keys(&mut self, subject: &PyRef, keys: &PyRef) -> PyResult {
        let keys = self.seq_items(keys);
        let get = self.getattr_str(subject, "get")?;
        let sentinel = self.new_list(vec![]);
        let mut values = Vec::with_capacity(keys.len());
        let mut seen: Vec<PyRef> = Vec::new();
        for k in keys {
            for s in &seen {
                if self.eq(s, &k)? {
                    let r = self.repr_str(&k)?;
                    return Err(self.new_value_error(format!("mapping pattern checks duplicate key ({r})")));
                }
            }
            seen.push(k.clone());
            let v = self.call(&get, &[k, sentinel.clone()], &[])?;
            if v.is(&sentinel) {
                return Ok(self.none());
            }
            values.push(v);
        }
        Ok(self.new_tuple(values))
    }

    pub(crate) fn match_class(&mut self, subject: &PyRef, cls: &PyRef, npos: usize, names: &PyRef) -> PyResult {
        if !matches!(cls.payload, Payload::Type(_)) {
            return Err(self.new_type_error("called match pattern must be a class"));
        }
        if !typeobj::is_subtype(subject.class(), cls) {
            return Ok(self.none());
        }
        let mut attrs = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        if npos > 0 {
            let match_args = self.getattr_opt(cls, "__match_args__")?;
            let self_match = {
                let t = &self.interp.types;
                [&t.bool_, &t.bytearray, &t.bytes, &t.dict, &t.float, &t.frozenset, &t.int, &t.list, &t.set, &t.str, &t.tuple]
                    .iter()
                    .any(|b| typeobj::is_subtype(cls, b))
            };
            match match_args {
                Some(ma) => {
                    let Payload::Tuple(items) = &ma.payload else {
                        return Err(self.new_type_error(format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            typeobj::type_name(cls),
                            typeobj::obj_type_name(&ma)
                        )));
                    };
                    if npos > items.len() {
                        let n = items.len();
                        return Err(self.new_type_error(format!(
                            "{}() accepts {n} positional sub-pattern{} ({npos} given)",
                            typeobj::type_name(cls),
                            if n == 1 { "" } else { "s" }
                        )));
                    }
                    for name in items.iter().take(npos).cloned().collect::<Vec<_>>() {
                        let n = name.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
                        seen.push(n.clone());
                        match self.getattr_opt(subject, &n)? {
                            Some(v) => attrs.push(v),
                            None => return Ok(self.none()),
                        }
                    }
                }
                None if self_match && npos == 1 => attrs.push(subject.clone()),
                None => {
                    return Err(self.new_type_error(format!(
                        "{}() accepts 0 positional sub-patterns ({npos} given)",
                        typeobj::type_name(cls)
                    )))
                }
            }
        }
        for name in self.seq_items(names) {
            let n = name.as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
            if seen.contains(&n) {
                return Err(self.new_type_error(format!(
                    "{}() got multiple sub-patterns for attribute '{n}'",
                    typeobj::type_name(cls)
                )));
            }
            seen.push(n.clone());
            match self.getattr_opt(subject, &n)? {
                Some(v) => attrs.push(v),
                None => return Ok(self.none()),
            }
        }
        Ok(self.new_tuple(attrs))
    }

    /// PRINT_EXPR: `sys.displayhook(v)`.
    pub(crate) fn display_hook(&mut self, v: &PyRef) -> PyResult<()> {
        let hook = match self.interp.sys.get() {
            Some(sys) => self.getattr_opt(&sys, "displayhook")?,
            None => None,
        };
        match hook {
            Some(h) => self.call(&h, &[v.clone()], &[]).map(|_| ()),
            None => Err(self.new_exception_msg(&self.interp.exc.runtime_error.clone(), "lost sys.displayhook")),
        }
    }

    /// Runs `obj.__del__()`; errors are reported as "Exception ignored in" like CPython.
    pub fn call_finalizer(&mut self, obj: &PyRef) {
        let Some(del) = typeobj::lookup(self, &obj.class().clone(), "__del__") else { return };
        let saved = self.exc_info.clone();
        if let Err(e) = self.call(&del, &[obj.clone()], &[]) {
            let desc = self.repr_str(&del).unwrap_or_default();
            self.report_unraisable(&format!("Exception ignored in: {desc}"), &e);
        }
        self.exc_info = saved;
    }

    /// Runs a weak reference's callback; errors are reported as "Exception ignored in".
    pub fn call_weakref_callback(&mut self, weakref: &PyRef, callback: &PyRef) {
        let saved = self.exc_info.clone();
        if let Err(e) = self.call(callback, &[weakref.clone()], &[]) {
            let desc = self.repr_str(callback).unwrap_or_default();
            self.report_unraisable(&format!("Exception ignored in: {desc}"), &e);
        }
        self.exc_info = saved;
    }

    /// Prints an exception that cannot propagate (sys.unraisablehook's default format).
    /// Like CPython's default hook: an exception without a traceback gets the current
    /// frame's line, and chained exceptions are not shown.
    pub fn report_unraisable(&mut self, header: &str, e: &PyRef) {
        if crate::exceptions::exc_data(e).borrow().traceback.is_none() {
            if let Some(p) = self.frames.last().copied() {
                // SAFETY: frames in `self.frames` are alive while listed.
                crate::traceback::add_entry(self, e, unsafe { &*p });
            }
        }
        let tb = crate::exceptions::exc_data(e).borrow().traceback.clone();
        let mut body = String::new();
        if tb.is_some() {
            body.push_str("Traceback (most recent call last):\n");
            body.push_str(&crate::traceback::format_tb(self, tb));
        }
        body.push_str(&crate::traceback::format_exception_only(self, e));
        let _ = self.write_stderr(&format!("{header}\n{body}"));
    }
}
