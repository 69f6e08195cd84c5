//! `open()` and the file objects it returns: `_io.TextIOWrapper` for text modes,
//! `_io.BufferedReader`/`BufferedWriter`/`BufferedRandom` for binary ones.
//! CPython: Modules/_io/ (the behaviour scripts rely on: read/readline/iteration,
//! write, universal newlines, context management, closed-file errors).
//!
//! The whole file state lives in one `RefCell<FileState>`; reads go through an
//! in-memory buffer, writes are buffered and flushed on close/flush.

use crate::object::{NativeObject, Payload, PyRef};
use crate::objects::typeobj::{self, Layout, TypeData};
use crate::{PyResult, Vm};
use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom, Write};

pub struct FileState {
    file: Option<std::fs::File>,
    name: PyRef,
    mode: String,
    binary: bool,
    readable: bool,
    writable: bool,
    append: bool,
    /// Bytes read from the OS but not yet consumed.
    rbuf: Vec<u8>,
    rpos: usize,
    eof: bool,
    /// Bytes written but not yet sent to the OS.
    wbuf: Vec<u8>,
}

pub struct File(RefCell<FileState>);

impl Drop for File {
    /// A file dropped without close() still gets its buffered writes.
    fn drop(&mut self) {
        let _ = self.0.get_mut().flush_writes();
    }
}

impl NativeObject for File {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Builds the OSError subclass CPython picks for an errno, with `[Errno N] msg: 'file'`.
pub fn os_error(vm: &mut Vm, err: &std::io::Error, filename: Option<&PyRef>) -> PyRef {
    let errno = err.raw_os_error().unwrap_or(0);
    let x = &vm.interp.exc;
    let ty = match errno {
        libc::ENOENT => x.file_not_found_error.clone(),
        libc::EEXIST => x.file_exists_error.clone(),
        libc::EACCES | libc::EPERM => x.permission_error.clone(),
        libc::EISDIR => x.is_a_directory_error.clone(),
        libc::ENOTDIR => x.not_a_directory_error.clone(),
        _ => x.os_error.clone(),
    };
    // SAFETY: strerror returns a valid C string for any errno.
    let msg = unsafe { std::ffi::CStr::from_ptr(libc::strerror(errno)) }.to_string_lossy().into_owned();
    let mut args = vec![vm.new_int(errno as i64), vm.new_str(msg)];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    match vm.call(&ty, &args, &[]) {
        Ok(e) => e,
        Err(e) => e,
    }
}

fn state<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a RefCell<FileState>> {
    match &o.payload {
        Payload::Native(n) => match n.as_any().downcast_ref::<File>() {
            Some(f) => Ok(&f.0),
            None => Err(vm.new_type_error("not a file object")),
        },
        _ => Err(vm.new_type_error("not a file object")),
    }
}

fn closed_error(vm: &Vm) -> PyRef {
    vm.new_value_error("I/O operation on closed file.")
}

/// `io.UnsupportedOperation` (an OSError and ValueError); plain OSError until `io` exists.
fn unsupported(vm: &mut Vm, what: &str) -> PyRef {
    let ty = vm.interp.exc.os_error.clone();
    vm.new_exception_msg(&ty, what.to_string())
}

impl FileState {
    fn flush_writes(&mut self) -> std::io::Result<()> {
        if let Some(f) = &mut self.file {
            if !self.wbuf.is_empty() {
                f.write_all(&self.wbuf)?;
                self.wbuf.clear();
            }
        }
        Ok(())
    }

    /// Makes sure at least `want` unread bytes are buffered (or EOF reached).
    fn fill(&mut self, want: usize) -> std::io::Result<()> {
        while !self.eof && self.rbuf.len() - self.rpos < want {
            let Some(f) = &mut self.file else { return Ok(()) };
            let mut chunk = vec![0u8; 64 * 1024];
            let n = f.read(&mut chunk)?;
            if n == 0 {
                self.eof = true;
            } else {
                if self.rpos > 0 {
                    self.rbuf.drain(..self.rpos);
                    self.rpos = 0;
                }
                self.rbuf.extend_from_slice(&chunk[..n]);
            }
        }
        Ok(())
    }

    fn read_all(&mut self) -> std::io::Result<Vec<u8>> {
        self.fill(usize::MAX)?;
        let out = self.rbuf[self.rpos..].to_vec();
        self.rbuf.clear();
        self.rpos = 0;
        Ok(out)
    }

    fn read_n(&mut self, n: usize) -> std::io::Result<Vec<u8>> {
        self.fill(n)?;
        let end = (self.rpos + n).min(self.rbuf.len());
        let out = self.rbuf[self.rpos..end].to_vec();
        self.rpos = end;
        Ok(out)
    }

    /// One line including its terminator (`\n`; text mode also `\r` and `\r\n`).
    fn read_line(&mut self, limit: Option<usize>) -> std::io::Result<Vec<u8>> {
        let mut scanned = 0;
        loop {
            let avail = &self.rbuf[self.rpos..];
            let stop = avail[scanned..].iter().position(|&b| b == b'\n' || (!self.binary && b == b'\r'));
            if let Some(i) = stop {
                let mut end = scanned + i + 1;
                if !self.binary && avail[scanned + i] == b'\r' {
                    // Need one more byte to tell \r\n from \r.
                    if scanned + i + 1 >= avail.len() && !self.eof {
                        self.fill(avail.len() + 1)?;
                        continue;
                    }
                    if self.rbuf.get(self.rpos + scanned + i + 1) == Some(&b'\n') {
                        end += 1;
                    }
                }
                if let Some(l) = limit {
                    end = end.min(l);
                }
                let out = self.rbuf[self.rpos..self.rpos + end].to_vec();
                self.rpos += end;
                return Ok(out);
            }
            scanned = avail.len();
            if let Some(l) = limit {
                if scanned >= l {
                    let out = self.rbuf[self.rpos..self.rpos + l].to_vec();
                    self.rpos += l;
                    return Ok(out);
                }
            }
            if self.eof {
                let out = self.rbuf[self.rpos..].to_vec();
                self.rpos = self.rbuf.len();
                return Ok(out);
            }
            let before = self.rbuf.len() - self.rpos;
            self.fill(before + 1)?;
        }
    }
}

/// Universal newlines: `\r\n` and `\r` become `\n`.
fn translate_newlines(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_string();
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

fn decode(vm: &mut Vm, bytes: Vec<u8>) -> PyResult {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(vm.new_str(translate_newlines(&s))),
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let b = e.as_bytes()[pos];
            Err(vm.new_exception_msg(
                &vm.interp.exc.unicode_decode_error.clone(),
                format!("'utf-8' codec can't decode byte {b:#04x} in position {pos}: invalid start byte"),
            ))
        }
    }
}

fn check_readable(vm: &mut Vm, st: &FileState) -> PyResult<()> {
    if st.file.is_none() {
        return Err(closed_error(vm));
    }
    if !st.readable {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(())
}

fn check_writable(vm: &mut Vm, st: &FileState) -> PyResult<()> {
    if st.file.is_none() {
        return Err(closed_error(vm));
    }
    if !st.writable {
        return Err(unsupported(vm, "not writable"));
    }
    Ok(())
}

fn size_arg(vm: &mut Vm, a: &[PyRef], name: &str) -> PyResult<Option<usize>> {
    match a.get(1).map(|x| &x.payload) {
        None | Some(Payload::None) => Ok(None),
        Some(Payload::Int(n)) => Ok(if *n < 0 { None } else { Some(*n as usize) }),
        Some(_) => Err(vm.new_type_error(format!(
            "argument should be integer or None, not '{}'",
            typeobj::obj_type_name(&a[1])
        )))
        .map_err(|e| {
            let _ = name;
            e
        }),
    }
}

fn f_read(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let cell = state(vm, &a[0])?;
    let n = size_arg(vm, a, "read")?;
    let mut st = cell.borrow_mut();
    check_readable(vm, &st)?;
    let binary = st.binary;
    let r = match n {
        None => st.read_all(),
        Some(n) if binary => st.read_n(n),
        Some(n) => {
            // n characters: read bytes until n chars are decoded.
            let mut out = Vec::new();
            let mut chars = 0;
            loop {
                let b = st.read_n(1);
                match b {
                    Ok(b) if b.is_empty() => break Ok(out),
                    Ok(b) => {
                        let c = b[0];
                        out.push(c);
                        if c & 0xC0 != 0x80 {
                            // Count a char when the next byte is not a continuation.
                            chars += 1;
                        }
                        if chars > n {
                            out.pop();
                            st.rpos -= 1;
                            break Ok(out);
                        }
                    }
                    Err(e) => break Err(e),
                }
            }
        }
    };
    drop(st);
    let bytes = r.map_err(|e| os_error(vm, &e, None))?;
    if binary {
        Ok(vm.new_bytes(bytes))
    } else {
        decode(vm, bytes)
    }
}

fn f_readline(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let cell = state(vm, &a[0])?;
    let n = size_arg(vm, a, "readline")?;
    let mut st = cell.borrow_mut();
    check_readable(vm, &st)?;
    let binary = st.binary;
    let r = st.read_line(n);
    drop(st);
    let bytes = r.map_err(|e| os_error(vm, &e, None))?;
    if binary {
        Ok(vm.new_bytes(bytes))
    } else {
        decode(vm, bytes)
    }
}

fn f_readlines(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let mut lines = Vec::new();
    loop {
        let l = f_readline(vm, &a[..1], &[])?;
        if vm.len(&l)? == 0 {
            break;
        }
        lines.push(l);
    }
    Ok(vm.new_list(lines))
}

fn f_next(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let l = f_readline(vm, &a[..1], &[])?;
    if vm.len(&l)? == 0 {
        return Err(vm.new_stop_iteration(None));
    }
    Ok(l)
}

fn f_iter(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let cell = state(vm, &a[0])?;
    if cell.borrow().file.is_none() {
        return Err(closed_error(vm));
    }
    Ok(a[0].clone())
}

fn f_write(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("write", &a[1..], k, 1)?;
    let cell = state(vm, &a[0])?;
    let mut st = cell.borrow_mut();
    check_writable(vm, &st)?;
    let (data, count) = if st.binary {
        match &a[1].payload {
            Payload::Bytes(b) => (b.to_vec(), b.len()),
            Payload::ByteArray(b) => {
                let v = b.borrow().clone();
                let n = v.len();
                (v, n)
            }
            _ => {
                return Err(vm.new_type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    typeobj::obj_type_name(&a[1])
                )))
            }
        }
    } else {
        match a[1].as_str() {
            Some(s) => (s.as_str().as_bytes().to_vec(), s.as_str().chars().count()),
            None => {
                return Err(vm.new_type_error(format!(
                    "write() argument must be str, not {}",
                    typeobj::obj_type_name(&a[1])
                )))
            }
        }
    };
    st.wbuf.extend_from_slice(&data);
    if st.wbuf.len() >= 64 * 1024 {
        let r = st.flush_writes();
        drop(st);
        r.map_err(|e| os_error(vm, &e, None))?;
    }
    Ok(vm.new_int(count as i64))
}

fn f_writelines(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("writelines", &a[1..], k, 1)?;
    for line in vm.collect_iterable(&a[1])? {
        f_write(vm, &[a[0].clone(), line], &[])?;
    }
    Ok(vm.none())
}

fn f_flush(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let cell = state(vm, &a[0])?;
    let mut st = cell.borrow_mut();
    if st.file.is_none() {
        return Err(closed_error(vm));
    }
    let r = st.flush_writes();
    drop(st);
    r.map_err(|e| os_error(vm, &e, None))?;
    Ok(vm.none())
}

fn f_close(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let cell = state(vm, &a[0])?;
    let mut st = cell.borrow_mut();
    let r = st.flush_writes();
    st.file = None;
    drop(st);
    r.map_err(|e| os_error(vm, &e, None))?;
    Ok(vm.none())
}

fn f_enter(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let cell = state(vm, &a[0])?;
    if cell.borrow().file.is_none() {
        return Err(closed_error(vm));
    }
    Ok(a[0].clone())
}

fn f_exit(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    f_close(vm, &a[..1], &[])?;
    Ok(vm.none())
}

fn f_seek(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let cell = state(vm, &a[0])?;
    let off = match a.get(1).map(|x| &x.payload) {
        Some(Payload::Int(n)) => *n,
        _ => return Err(vm.new_type_error("seek() requires an integer offset")),
    };
    let whence = match a.get(2).map(|x| &x.payload) {
        Some(Payload::Int(n)) => *n,
        _ => 0,
    };
    let mut st = cell.borrow_mut();
    if st.file.is_none() {
        return Err(closed_error(vm));
    }
    let unread = (st.rbuf.len() - st.rpos) as i64;
    let r = st.flush_writes().and_then(|_| {
        let pos = match whence {
            0 => SeekFrom::Start(off.max(0) as u64),
            1 => SeekFrom::Current(off - unread),
            _ => SeekFrom::End(off),
        };
        st.rbuf.clear();
        st.rpos = 0;
        st.eof = false;
        st.file.as_mut().unwrap().seek(pos)
    });
    drop(st);
    let p = r.map_err(|e| os_error(vm, &e, None))?;
    Ok(vm.new_int(p as i64))
}

fn f_tell(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let cell = state(vm, &a[0])?;
    let mut st = cell.borrow_mut();
    if st.file.is_none() {
        return Err(closed_error(vm));
    }
    let unread = (st.rbuf.len() - st.rpos) as i64;
    let pending = st.wbuf.len() as i64;
    let r = st.file.as_mut().unwrap().stream_position();
    drop(st);
    let p = r.map_err(|e| os_error(vm, &e, None))? as i64;
    Ok(vm.new_int(p - unread + pending))
}

fn f_fileno(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    use std::os::unix::io::AsRawFd;
    let cell = state(vm, &a[0])?;
    let st = cell.borrow();
    match &st.file {
        Some(f) => Ok(vm.new_int(f.as_raw_fd() as i64)),
        None => Err(closed_error(vm)),
    }
}

fn f_readable(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let r = state(vm, &a[0])?.borrow().readable;
    Ok(vm.new_bool(r))
}

fn f_writable(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let r = state(vm, &a[0])?.borrow().writable;
    Ok(vm.new_bool(r))
}

fn f_seekable(vm: &mut Vm, _a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(vm.new_bool(true))
}

fn g_closed(vm: &mut Vm, o: &PyRef) -> PyResult {
    let c = state(vm, o)?.borrow().file.is_none();
    Ok(vm.new_bool(c))
}

fn g_name(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(state(vm, o)?.borrow().name.clone())
}

fn g_mode(vm: &mut Vm, o: &PyRef) -> PyResult {
    let m = state(vm, o)?.borrow().mode.clone();
    Ok(vm.new_str(m))
}

fn g_encoding(vm: &mut Vm, _o: &PyRef) -> PyResult {
    Ok(vm.new_str("UTF-8"))
}

fn f_repr(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let (name, mode, binary) = {
        let st = state(vm, &a[0])?.borrow();
        (st.name.clone(), st.mode.clone(), st.binary)
    };
    let n = vm.repr_str(&name)?;
    let tname = typeobj::obj_type_name(&a[0]);
    Ok(vm.new_str(if binary {
        format!("<_io.{tname} name={n}>")
    } else {
        format!("<_io.{tname} name={n} mode='{mode}' encoding='UTF-8'>")
    }))
}

fn file_type(vm: &mut Vm, name: &'static str) -> PyRef {
    let ns = vm.new_dict();
    let ty = PyRef::new(
        &vm.interp.types.type_,
        Payload::Type(Box::new(TypeData::new(name, vec![vm.interp.types.object.clone()], ns, Layout::Opaque, 0))),
    );
    typeobj::finish_type(vm, &ty).ok();
    let m = vm.new_str("_io");
    typeobj::set_attr_raw(vm, &ty, "__module__", m);
    let methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("read", f_read),
        ("readline", f_readline),
        ("readlines", f_readlines),
        ("write", f_write),
        ("writelines", f_writelines),
        ("flush", f_flush),
        ("close", f_close),
        ("__enter__", f_enter),
        ("__exit__", f_exit),
        ("__iter__", f_iter),
        ("__next__", f_next),
        ("seek", f_seek),
        ("tell", f_tell),
        ("fileno", f_fileno),
        ("readable", f_readable),
        ("writable", f_writable),
        ("seekable", f_seekable),
        ("__repr__", f_repr),
    ];
    for (n, f) in methods {
        vm.add_method(&ty, n, *f);
    }
    vm.add_getset(&ty, "closed", g_closed, None);
    vm.add_getset(&ty, "name", g_name, None);
    vm.add_getset(&ty, "mode", g_mode, None);
    if name == "TextIOWrapper" {
        vm.add_getset(&ty, "encoding", g_encoding, None);
    }
    ty
}

/// The file types, created on first use and kept on the interpreter.
fn types(vm: &mut Vm, name: &'static str) -> PyRef {
    let key = match name {
        "TextIOWrapper" => 0,
        "BufferedReader" => 1,
        "BufferedWriter" => 2,
        _ => 3,
    };
    if let Some(t) = vm.interp.file_types.borrow()[key].clone() {
        return t;
    }
    let t = file_type(vm, name);
    vm.interp.file_types.borrow_mut()[key] = Some(t.clone());
    t
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`
pub fn open(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let p = vm.bind_args(
        "open",
        a,
        k,
        &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
        1,
    )?;
    let file = p[0].clone().unwrap();
    let path = match &file.payload {
        Payload::Str(s) => s.as_str().to_string(),
        Payload::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            return Err(vm.new_type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                typeobj::obj_type_name(&file)
            )))
        }
    };
    let mode = match &p[1] {
        Some(m) => match m.as_str() {
            Some(s) => s.as_str().to_string(),
            None => {
                return Err(vm.new_type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    typeobj::obj_type_name(m)
                )))
            }
        },
        None => "r".to_string(),
    };
    let mut kind = None;
    let (mut plus, mut binary, mut text) = (false, false, false);
    for c in mode.chars() {
        match c {
            'r' | 'w' | 'a' | 'x' => {
                if kind.is_some() {
                    return Err(vm.new_value_error("must have exactly one of create/read/write/append mode"));
                }
                kind = Some(c);
            }
            '+' => plus = true,
            'b' => binary = true,
            't' => text = true,
            _ => return Err(vm.new_value_error(format!("invalid mode: '{mode}'"))),
        }
    }
    if binary && text {
        return Err(vm.new_value_error("can't have text and binary mode at once"));
    }
    let Some(kind) = kind else {
        return Err(vm.new_value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
    };
    if binary {
        if let Some(e) = &p[3] {
            if !matches!(e.payload, Payload::None) {
                return Err(vm.new_value_error("binary mode doesn't take an encoding argument"));
            }
        }
    }
    let mut opts = std::fs::OpenOptions::new();
    match kind {
        'r' => {
            opts.read(true);
            if plus {
                opts.write(true);
            }
        }
        'w' => {
            opts.write(true).create(true).truncate(true);
            if plus {
                opts.read(true);
            }
        }
        'a' => {
            opts.append(true).create(true);
            if plus {
                opts.read(true);
            }
        }
        _ => {
            opts.write(true).create_new(true);
            if plus {
                opts.read(true);
            }
        }
    }
    let f = match vm.allow_threads({
        let path = path.clone();
        move || opts.open(&path)
    }) {
        Ok(f) => f,
        Err(e) => return Err(os_error(vm, &e, Some(&file))),
    };
    if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        let e = std::io::Error::from_raw_os_error(libc::EISDIR);
        return Err(os_error(vm, &e, Some(&file)));
    }
    let readable = kind == 'r' || plus;
    let writable = kind != 'r' || plus;
    let tname = if !binary {
        "TextIOWrapper"
    } else if plus {
        "BufferedRandom"
    } else if readable {
        "BufferedReader"
    } else {
        "BufferedWriter"
    };
    let shown_mode = if binary {
        mode.clone()
    } else {
        mode.replace('t', "")
    };
    let ty = types(vm, tname);
    let st = FileState {
        file: Some(f),
        name: file.clone(),
        mode: shown_mode,
        binary,
        readable,
        writable,
        append: kind == 'a',
        rbuf: Vec::new(),
        rpos: 0,
        eof: false,
        wbuf: Vec::new(),
    };
    let _ = st.append;
    Ok(PyRef::new(&ty, Payload::Native(Box::new(File(RefCell::new(st))))))
}
