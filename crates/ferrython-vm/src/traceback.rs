//! Traceback objects and printing uncaught exceptions in CPython 3.11's format
//! (source lines, `^^^^` markers, chained exceptions).
//! CPython: Python/traceback.c, Lib/traceback.py (the layout rules).

use crate::eval::Frame;
use crate::exceptions::exc_data;
use crate::object::{Payload, PyRef};
use crate::objects::{dict, typeobj};
use crate::Vm;

pub struct TracebackData {
    pub code: PyRef,
    pub lasti: usize,
    pub lineno: u32,
    pub next: Option<PyRef>,
    /// The frame's globals (for `tb_frame.f_globals`).
    pub globals: PyRef,
}

/// Prepends an entry for `frame` to the exception's traceback (PyTraceBack_Here).
pub fn add_entry(vm: &mut Vm, exc: &PyRef, frame: &Frame) {
    if !crate::exceptions::is_exception_instance(exc) {
        return;
    }
    let data = exc_data(exc);
    let next = data.borrow().traceback.clone();
    let tb = PyRef::new(
        &vm.interp.types.traceback,
        Payload::Traceback(Box::new(TracebackData {
            code: frame.code.clone(),
            lasti: frame.lasti,
            lineno: frame.line(),
            next,
            globals: frame.globals.clone(),
        })),
    );
    data.borrow_mut().traceback = Some(tb);
}

/// The text of line `lineno` (1-based) of `filename`, from compiled sources or disk.
///
/// Pseudo-files (`<stdin>`, `<string>`, the REPL) have no lines: CPython's tracebacks
/// read lines back from the file, which these names do not denote.
pub fn source_line(vm: &Vm, filename: &str, lineno: u32) -> Option<String> {
    if lineno == 0 || filename.starts_with('<') {
        return None;
    }
    let src = vm.interp.sources.borrow().get(filename).cloned();
    let text = match src {
        Some(t) => t,
        None => {
            let t: std::sync::Arc<str> = std::fs::read_to_string(filename).ok()?.into();
            vm.interp.sources.borrow_mut().insert(filename.to_string(), t.clone());
            t
        }
    };
    text.lines().nth(lineno as usize - 1).map(|l| l.to_string())
}

/// Converts a UTF-8 byte column into a character column.
fn char_col(line: &str, byte: usize) -> usize {
    line.get(..byte.min(line.len())).map(|s| s.chars().count()).unwrap_or(byte)
}

/// The `^^^`/`~~^~~` marker line under a traceback source line (empty when the
/// expression covers the whole line), following CPython 3.11's rules.
fn carets(line: &str, loc: ferrython_bytecode::Location, lineno: u32) -> String {
    if loc.line != lineno || loc.end_line < loc.line || (loc.end_line == loc.line && loc.end_col <= loc.col) {
        return String::new();
    }
    let indent = line.len() - line.trim_start().len();
    let lead = char_col(line, indent);
    let trail = line.trim_end().chars().count();
    let start = char_col(line, loc.col as usize);
    if start < lead {
        return String::new();
    }
    let mut anchors = None;
    let end = if loc.end_line == loc.line {
        let end = char_col(line, loc.end_col as usize);
        let segment: String = line.chars().skip(start).take(end.saturating_sub(start)).collect();
        anchors = ferrython_compiler::caret_anchors(&segment);
        end
    } else {
        // A multi-line expression is marked to the end of its first line.
        trail
    };
    let width = end.saturating_sub(start);
    let spans_line = start <= lead && end >= trail;
    let anchored = anchors.is_some_and(|(l, r)| r > l);
    if spans_line && !anchored {
        return String::new();
    }
    let mut marks = String::new();
    match anchors {
        Some((l, r)) => {
            let (l, r) = (l.min(width), r.min(width));
            marks.push_str(&"~".repeat(l));
            marks.push_str(&"^".repeat(r - l));
            marks.push_str(&"~".repeat(width - r));
        }
        None => marks.push_str(&"^".repeat(width.max(1))),
    }
    format!("    {}{}\n", " ".repeat(start - lead), marks)
}

/// Formats the traceback entries starting at `tb`.
pub fn format_tb(vm: &Vm, mut tb: Option<PyRef>) -> String {
    let mut out = String::new();
    let mut last: Option<(String, u32, String)> = None;
    let mut repeat = 0;
    while let Some(t) = tb {
        let Payload::Traceback(d) = &t.payload else { break };
        let Payload::Code(cd) = &d.code.payload else { break };
        let code = &cd.code;
        let key = (code.filename.to_string(), d.lineno, code.name.clone());
        if last.as_ref() == Some(&key) {
            repeat += 1;
            if repeat >= 3 {
                tb = d.next.clone();
                continue;
            }
        } else {
            if repeat >= 3 {
                let n = repeat - 2;
                out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
            }
            repeat = 0;
            last = Some(key);
        }
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", code.filename, d.lineno, code.name));
        if let Some(line) = source_line(vm, &code.filename, d.lineno) {
            let stripped = line.trim();
            if !stripped.is_empty() {
                out.push_str(&format!("    {stripped}\n"));
                out.push_str(&carets(&line, code.locations.get(d.lasti).copied().unwrap_or_default(), d.lineno));
            }
        }
        tb = d.next.clone();
    }
    if repeat >= 3 {
        let n = repeat - 2;
        out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
    }
    out
}

/// "module.Name: message" line(s) for an exception, with notes.
pub fn format_exception_only(vm: &mut Vm, exc: &PyRef) -> String {
    let ty = exc.class().clone();
    let mut name = typeobj::type_name(&ty);
    if let Some(t) = ty.as_type() {
        name = t.qualname.borrow().clone();
        if let Some(m) = dict::get_str(vm, &t.dict, "__module__").and_then(|m| m.as_str().map(|s| s.as_str().to_string())) {
            if m != "builtins" && m != "__main__" {
                name = format!("{m}.{name}");
            } else if m == "__main__" {
                name = format!("__main__.{name}");
            }
        }
    }
    let mut out = String::new();
    if vm.isinstance_exc(exc, &vm.interp.exc.syntax_error.clone()) {
        let d = exc_data(exc).borrow();
        let get = |n: &str| d.get_attr(n);
        let filename = get("filename").and_then(|f| f.as_str().map(|s| s.as_str().to_string()));
        let lineno = get("lineno").and_then(|l| crate::objects::int::to_i64(&l));
        if let (Some(f), Some(l)) = (filename, lineno) {
            out.push_str(&format!("  File \"{f}\", line {l}\n"));
            if let Some(text) = get("text").and_then(|t| t.as_str().map(|s| s.as_str().to_string())) {
                let line = text.trim_end_matches('\n');
                let stripped = line.trim_start();
                let lead = line.chars().count() - stripped.chars().count();
                out.push_str(&format!("    {}\n", stripped.trim_end()));
                let off = get("offset").and_then(|o| crate::objects::int::to_i64(&o)).unwrap_or(0);
                let end = get("end_offset").and_then(|o| crate::objects::int::to_i64(&o)).unwrap_or(0);
                let end_line = get("end_lineno").and_then(|o| crate::objects::int::to_i64(&o)).unwrap_or(l);
                if off > 0 {
                    let start = (off as usize - 1).saturating_sub(lead);
                    let width = if end_line == l && end > off { (end - off) as usize } else { 1 };
                    out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
                }
            }
        }
        drop(d);
    }
    let msg = match vm.str_string(exc) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".into(),
    };
    let msg = if vm.isinstance_exc(exc, &vm.interp.exc.syntax_error.clone()) {
        let d = exc_data(exc).borrow();
        d.args.as_tuple().and_then(|a| a.first().cloned()).and_then(|m| m.as_str().map(|s| s.as_str().to_string())).unwrap_or(msg)
    } else {
        msg
    };
    if msg.is_empty() {
        out.push_str(&format!("{name}\n"));
    } else {
        let hint = crate::suggestions::suggestion_for(vm, exc).map(|s| format!(". Did you mean: '{s}'?")).unwrap_or_default();
        out.push_str(&format!("{name}: {msg}{hint}\n"));
    }
    if let Some(notes) = exc.dict.get().and_then(|d| dict::get_str(vm, &d, "__notes__")) {
        for n in vm.seq_items(&notes) {
            let s = vm.str_string(&n).unwrap_or_default();
            out.push_str(&format!("{s}\n"));
        }
    }
    out
}

/// The full report for an uncaught exception, chained ones first; exception groups
/// are drawn as CPython 3.11 draws them (nested boxes, at most 15 members and 10 levels).
pub fn format_exception(vm: &mut Vm, exc: &PyRef) -> String {
    let mut ctx = PrintCtx { depth: 0, need_close: false, seen: Vec::new() };
    let mut out = String::new();
    format_rec(vm, exc, &mut ctx, &mut out);
    out
}

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

struct PrintCtx {
    depth: usize,
    need_close: bool,
    seen: Vec<usize>,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text`, every line prefixed with the current indent and margin.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

fn format_rec(vm: &mut Vm, exc: &PyRef, ctx: &mut PrintCtx, out: &mut String) {
    // The chain, innermost cause first.
    let mut chain: Vec<(Option<&'static str>, PyRef)> = Vec::new();
    let mut cur = Some(exc.clone());
    let mut msg: Option<&'static str> = None;
    while let Some(e) = cur.take() {
        ctx.seen.push(e.addr());
        let (cause, context, suppress) = {
            let d = exc_data(&e).borrow();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        chain.push((msg, e));
        if let Some(c) = cause.filter(|c| !ctx.seen.contains(&c.addr())) {
            msg = Some("\nThe above exception was the direct cause of the following exception:\n\n");
            cur = Some(c);
        } else if let Some(c) = context.filter(|c| !suppress && !ctx.seen.contains(&c.addr())) {
            msg = Some("\nDuring handling of the above exception, another exception occurred:\n\n");
            cur = Some(c);
        }
    }
    // `chain[i].0` links chain[i] to the more recent chain[i-1]: printed after it.
    for i in (0..chain.len()).rev() {
        let e = chain[i].1.clone();
        let tb = exc_data(&e).borrow().traceback.clone();
        if !crate::objects::exception_group::is_group(vm, &e) {
            if tb.is_some() {
                ctx.emit(out, "Traceback (most recent call last):\n", '|');
                let t = format_tb(vm, tb);
                ctx.emit(out, &t, '|');
            }
            let t = format_exception_only(vm, &e);
            ctx.emit(out, &t, '|');
        } else if ctx.depth > MAX_GROUP_DEPTH {
            ctx.emit(out, &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
        } else {
            let toplevel = ctx.depth == 0;
            if toplevel {
                ctx.depth += 1;
            }
            if tb.is_some() {
                ctx.emit(out, "Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
                let t = format_tb(vm, tb);
                ctx.emit(out, &t, '|');
            }
            let t = format_exception_only(vm, &e);
            ctx.emit(out, &t, '|');
            let members = crate::objects::exception_group::members(vm, &e);
            let n = members.len().min(MAX_GROUP_WIDTH + 1);
            ctx.need_close = false;
            for (k, sub) in members.iter().take(n).enumerate() {
                let last = k == n - 1;
                if last {
                    ctx.need_close = true;
                }
                let truncated = k >= MAX_GROUP_WIDTH;
                let title = if truncated { "...".to_string() } else { (k + 1).to_string() };
                out.push_str(&format!(
                    "{}{}+---------------- {title} ----------------\n",
                    ctx.indent(),
                    if k == 0 { "+-" } else { "  " }
                ));
                ctx.depth += 1;
                if !truncated {
                    format_rec(vm, sub, ctx, out);
                } else {
                    let remaining = members.len() - MAX_GROUP_WIDTH;
                    ctx.emit(out, &format!("and {remaining} more exception{}\n", if remaining > 1 { "s" } else { "" }), '|');
                }
                if last && ctx.need_close {
                    out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
                    ctx.need_close = false;
                }
                ctx.depth -= 1;
            }
            if toplevel {
                ctx.depth = 0;
            }
        }
        if let Some(m) = chain[i].0 {
            ctx.emit(out, m, '|');
        }
    }
}
