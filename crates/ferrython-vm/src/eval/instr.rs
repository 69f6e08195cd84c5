//! One function per instruction family would scatter the dispatch; instead the match
//! lives here, with each arm short and delegating to the protocol layer.
//! CPython: Python/bytecodes.c.

use super::{Block, Control, Frame};
use crate::object::{CodeData, Payload, PyRef};
use crate::objects::dict;
use crate::objects::typeobj;
use crate::{PyResult, Vm};
use ferrython_bytecode::code_flags;
use ferrython_bytecode::{format_flags, BinaryOp, CompareOp, Instruction, Opcode};

macro_rules! pop {
    ($f:expr) => {
        $f.stack.pop().expect("stack underflow")
    };
}

macro_rules! top {
    ($f:expr) => {
        $f.stack.last().expect("stack underflow")
    };
}

/// Code a call can enter with a plain frame from positional arguments: no `*args`,
/// `**kwargs`, keyword-only parameters or cells, and not a generator or coroutine.
#[inline(always)]
fn plain_positional(co: &ferrython_bytecode::CodeObject) -> bool {
    const SPECIAL: u32 = code_flags::VARARGS | code_flags::VARKEYWORDS | code_flags::GENERATOR | code_flags::COROUTINE | code_flags::ASYNC_GENERATOR;
    co.flags & SPECIAL == 0 && co.kwonlyargcount == 0 && co.cellvars.is_empty()
}

impl Vm {
    /// A frame running `func(a, b)` when `func` is a plain Python function taking
    /// exactly two positional parameters (no defaults needed, no cells, not a
    /// generator); None otherwise (the caller takes the general path).
    fn simple_method_frame(&mut self, func: &PyRef, a: PyRef, b: PyRef) -> Option<Box<Frame>> {
        let Payload::Function(fd) = &func.payload else { return None };
        let Payload::Code(ccd) = &fd.code.payload else { return None };
        if !plain_positional(&ccd.code) || ccd.code.argcount != 2 {
            return None;
        }
        let mut frame = self.function_frame(func, fd);
        frame.fast.resize(ccd.code.varnames.len(), None);
        frame.fast[0] = Some(a);
        frame.fast[1] = Some(b);
        Some(frame)
    }

    /// A frame for calling `func` (whose data is `fd`), closure cells in place and
    /// the fast locals left for the caller to fill.
    #[inline(always)]
    fn function_frame(&mut self, func: &PyRef, fd: &crate::objects::function::FunctionData) -> Box<Frame> {
        let mut frame = self.alloc_frame(&fd.code, &fd.globals);
        frame.func = Some(func.clone());
        if let Some(cl) = &fd.closure {
            frame.cells.extend(cl.as_tuple().unwrap_or(&[]).iter().cloned());
        }
        frame
    }

    /// The `LOAD_FAST` half of a superinstruction: pushes local `i` and steps over
    /// the pair's second instruction (which an error is attributed to).
    #[inline(always)]
    fn superinstruction_load_fast(&mut self, f: &mut Frame, cd: &CodeData, i: usize) -> PyResult<()> {
        match f.fast[i].clone() {
            Some(v) => {
                f.stack.push(v);
                f.ip += 1;
                Ok(())
            }
            None => {
                f.lasti = f.ip;
                f.ip += 1;
                Err(self.new_unbound_local(&cd.code.varnames[i]))
            }
        }
    }

    #[inline(always)]
    pub(crate) fn exec_instr(&mut self, f: &mut Frame, cd: &CodeData, ins: Instruction) -> PyResult<Control> {
        let arg = ins.arg;
        match ins.op {
            Opcode::NOP => {}
            Opcode::POP_TOP => {
                pop!(f);
            }
            Opcode::PUSH_NULL => f.stack.push(self.null()),
            Opcode::COPY => {
                let v = f.stack[f.stack.len() - arg as usize].clone();
                f.stack.push(v);
            }
            Opcode::SWAP => {
                let n = f.stack.len();
                f.stack.swap(n - 1, n - arg as usize);
            }
            Opcode::LOAD_CONST => f.stack.push(cd.consts[arg as usize].clone()),
            Opcode::LOAD_FAST => match &f.fast[arg as usize] {
                Some(v) => f.stack.push(v.clone()),
                None => return Err(self.new_unbound_local(&cd.code.varnames[arg as usize])),
            },
            Opcode::LOAD_FAST__LOAD_FAST => {
                let (a, b) = ((arg & 0xFFFF) as usize, (arg >> 16) as usize);
                let Some(x) = f.fast[a].clone() else { return Err(self.new_unbound_local(&cd.code.varnames[a])) };
                f.stack.push(x);
                self.superinstruction_load_fast(f, cd, b)?;
            }
            Opcode::LOAD_FAST__LOAD_CONST => {
                let (a, b) = ((arg & 0xFFFF) as usize, (arg >> 16) as usize);
                let Some(x) = f.fast[a].clone() else { return Err(self.new_unbound_local(&cd.code.varnames[a])) };
                f.stack.push(x);
                f.stack.push(cd.consts[b].clone());
                f.ip += 1;
            }
            Opcode::LOAD_CONST__LOAD_FAST => {
                let (a, b) = ((arg & 0xFFFF) as usize, (arg >> 16) as usize);
                f.stack.push(cd.consts[a].clone());
                self.superinstruction_load_fast(f, cd, b)?;
            }
            Opcode::STORE_FAST__LOAD_FAST => {
                let (a, b) = ((arg & 0xFFFF) as usize, (arg >> 16) as usize);
                let v = pop!(f);
                drop(f.fast[a].replace(v));
                self.superinstruction_load_fast(f, cd, b)?;
            }
            Opcode::STORE_FAST__STORE_FAST => {
                let (a, b) = ((arg & 0xFFFF) as usize, (arg >> 16) as usize);
                let v = pop!(f);
                drop(f.fast[a].replace(v));
                let v = pop!(f);
                drop(f.fast[b].replace(v));
                f.ip += 1;
            }
            Opcode::STORE_FAST => {
                let v = pop!(f);
                let old = f.fast[arg as usize].replace(v);
                drop(old);
            }
            Opcode::DELETE_FAST => {
                if f.fast[arg as usize].take().is_none() {
                    return Err(self.new_unbound_local(&cd.code.varnames[arg as usize]));
                }
            }
            Opcode::LOAD_NAME => {
                let name = &cd.names[arg as usize];
                // Module level (locals are the globals): cached like LOAD_GLOBAL.
                let module_level = f.locals.as_ref().map_or(true, |l| l.is(&f.globals)) && f.globals.is_exact(&self.interp.types.dict);
                let v = if module_level { self.load_global_cached(&cd.ic[f.lasti], &f.globals, name)? } else { self.load_name(f, name)? };
                f.stack.push(v);
            }
            Opcode::STORE_NAME => {
                let v = pop!(f);
                let name = cd.names[arg as usize].clone();
                let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                self.setitem(&target, name, v)?;
            }
            Opcode::DELETE_NAME => {
                let name = cd.names[arg as usize].clone();
                let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                let found = if target.as_dict().is_some() {
                    dict::del_item(self, &target, &name)?.is_some()
                } else {
                    self.delitem(&target, &name).is_ok()
                };
                if !found {
                    return Err(self.new_name_error(name.as_str().unwrap().as_str()));
                }
            }
            Opcode::LOAD_GLOBAL => {
                let name = &cd.names[arg as usize];
                let v = self.load_global_cached(&cd.ic[f.lasti], &f.globals, name)?;
                f.stack.push(v);
            }
            Opcode::STORE_GLOBAL => {
                let v = pop!(f);
                dict::set_item(self, &f.globals, cd.names[arg as usize].clone(), v)?;
            }
            Opcode::DELETE_GLOBAL => {
                let name = &cd.names[arg as usize];
                if dict::del_item(self, &f.globals, name)?.is_none() {
                    return Err(self.new_name_error(name.as_str().unwrap().as_str()));
                }
            }
            Opcode::LOAD_DEREF => {
                let v = self.cell_get(&f.cells[arg as usize]);
                match v {
                    Some(v) => f.stack.push(v),
                    None => return Err(self.unbound_deref(cd, arg as usize)),
                }
            }
            Opcode::STORE_DEREF => {
                let v = pop!(f);
                self.cell_set(&f.cells[arg as usize], Some(v));
            }
            Opcode::DELETE_DEREF => {
                if self.cell_get(&f.cells[arg as usize]).is_none() {
                    return Err(self.unbound_deref(cd, arg as usize));
                }
                self.cell_set(&f.cells[arg as usize], None);
            }
            Opcode::LOAD_CLASSDEREF => {
                let i = arg as usize;
                let name = self.deref_name(cd, i);
                let key = self.intern(&name);
                let from_locals = match &f.locals {
                    Some(l) => self.mapping_get(l, &key)?,
                    None => None,
                };
                match from_locals {
                    Some(v) => f.stack.push(v),
                    None => match self.cell_get(&f.cells[i]) {
                        Some(v) => f.stack.push(v),
                        None => return Err(self.unbound_deref(cd, i)),
                    },
                }
            }
            Opcode::LOAD_CLOSURE => f.stack.push(f.cells[arg as usize].clone()),
            Opcode::LOAD_ATTR => {
                let obj = pop!(f);
                let v = self.load_attr_cached(&cd.ic[f.lasti], &obj, &cd.names[arg as usize])?;
                f.stack.push(v);
            }
            Opcode::STORE_ATTR => {
                let obj = pop!(f);
                let v = pop!(f);
                self.store_attr_cached(&cd.ic[f.lasti], &obj, &cd.names[arg as usize], v)?;
            }
            Opcode::DELETE_ATTR => {
                let obj = pop!(f);
                self.setattr_opt(&obj, &cd.names[arg as usize], None)?;
            }
            Opcode::LOAD_METHOD => {
                let obj = pop!(f);
                let name = &cd.names[arg as usize];
                match self.load_method_cached(&cd.ic[f.lasti], &obj, name)? {
                    Some(m) => {
                        f.stack.push(m);
                        f.stack.push(obj);
                    }
                    None => {
                        let v = self.getattr(&obj, name)?;
                        f.stack.push(v);
                        f.stack.push(self.null());
                    }
                }
            }
            Opcode::BINARY_OP => {
                let b = pop!(f);
                let a = pop!(f);
                let op = BinaryOp::from_u32(arg).expect("valid binary op");
                // Fast path: exact small ints (the specialised form of BINARY_OP).
                if let (Payload::Int(x), Payload::Int(y)) = (&a.payload, &b.payload) {
                    let int_t = &self.interp.types.int;
                    if a.class().is(int_t) && b.class().is(int_t) {
                        let r = match op.base() {
                            BinaryOp::Add => x.checked_add(*y),
                            BinaryOp::Subtract => x.checked_sub(*y),
                            BinaryOp::Multiply => x.checked_mul(*y),
                            BinaryOp::And => Some(x & y),
                            BinaryOp::Or => Some(x | y),
                            BinaryOp::Xor => Some(x ^ y),
                            _ => None,
                        };
                        if let Some(r) = r {
                            f.stack.push(self.new_int(r));
                            return Ok(Control::Next);
                        }
                    }
                }
                let r = self.binary_op(&a, &b, op)?;
                f.stack.push(r);
            }
            Opcode::UNARY_NEGATIVE => {
                let a = pop!(f);
                let r = self.unary_op(&a, "__neg__", "-")?;
                f.stack.push(r);
            }
            Opcode::UNARY_POSITIVE => {
                let a = pop!(f);
                let r = self.unary_op(&a, "__pos__", "+")?;
                f.stack.push(r);
            }
            Opcode::UNARY_INVERT => {
                let a = pop!(f);
                let r = self.unary_op(&a, "__invert__", "~")?;
                f.stack.push(r);
            }
            Opcode::UNARY_NOT => {
                let a = pop!(f);
                let t = self.is_true(&a)?;
                f.stack.push(self.new_bool(!t));
            }
            Opcode::COMPARE_OP => {
                let b = pop!(f);
                let a = pop!(f);
                let op = CompareOp::from_u32(arg).expect("valid compare op");
                // Fast path: exact ints, fused with a following conditional jump.
                if let (Payload::Int(x), Payload::Int(y)) = (&a.payload, &b.payload) {
                    let int_t = &self.interp.types.int;
                    if a.class().is(int_t) && b.class().is(int_t) {
                        let r = match op {
                            CompareOp::Lt => x < y,
                            CompareOp::Le => x <= y,
                            CompareOp::Eq => x == y,
                            CompareOp::Ne => x != y,
                            CompareOp::Gt => x > y,
                            CompareOp::Ge => x >= y,
                        };
                        if let Some(next) = cd.code.instructions.get(f.ip) {
                            let jump = match next.op {
                                Opcode::POP_JUMP_IF_FALSE => Some(!r),
                                Opcode::POP_JUMP_IF_TRUE => Some(r),
                                _ => None,
                            };
                            if let Some(j) = jump {
                                f.ip = if j { next.arg as usize } else { f.ip + 1 };
                                return Ok(Control::Next);
                            }
                        }
                        f.stack.push(self.new_bool(r));
                        return Ok(Control::Next);
                    }
                }
                let r = self.rich_compare(&a, &b, op)?;
                f.stack.push(r);
            }
            Opcode::IS_OP => {
                let b = pop!(f);
                let a = pop!(f);
                f.stack.push(self.new_bool(a.is(&b) != (arg == 1)));
            }
            Opcode::CONTAINS_OP => {
                let b = pop!(f);
                let a = pop!(f);
                let r = self.contains(&b, &a)?;
                f.stack.push(self.new_bool(r != (arg == 1)));
            }
            Opcode::BINARY_SUBSCR => {
                let k = pop!(f);
                let c = pop!(f);
                // A user class's Python `__getitem__` runs as an inline frame, like a
                // call (CPython's BINARY_SUBSCR_GETITEM).
                if matches!(c.payload, Payload::Instance(_)) {
                    if let Some(m) = typeobj::lookup(self, c.class(), "__getitem__") {
                        if let Some(frame) = self.simple_method_frame(&m, c.clone(), k.clone()) {
                            self.eval_breaker()?;
                            return Ok(Control::PushFrame(frame));
                        }
                    }
                }
                let r = self.getitem(&c, &k)?;
                f.stack.push(r);
            }
            Opcode::STORE_SUBSCR => {
                let k = pop!(f);
                let c = pop!(f);
                let v = pop!(f);
                self.setitem(&c, k, v)?;
            }
            Opcode::DELETE_SUBSCR => {
                let k = pop!(f);
                let c = pop!(f);
                self.delitem(&c, &k)?;
            }
            Opcode::BUILD_SLICE => {
                let step = if arg == 3 { pop!(f) } else { self.none() };
                let stop = pop!(f);
                let start = pop!(f);
                f.stack.push(self.new_slice(start, stop, step));
            }
            Opcode::BUILD_TUPLE => {
                let items = f.stack.pop_n(arg as usize);
                f.stack.push(self.new_tuple(items));
            }
            Opcode::BUILD_LIST => {
                let items = f.stack.pop_n(arg as usize);
                f.stack.push(self.new_list(items));
            }
            Opcode::BUILD_SET => {
                let items = f.stack.pop_n(arg as usize);
                let s = self.new_set();
                for it in items {
                    self.set_add(&s, it)?;
                }
                f.stack.push(s);
            }
            Opcode::BUILD_MAP => {
                let items = f.stack.pop_n(2 * arg as usize);
                let d = self.new_dict();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    dict::set_item(self, &d, k, v)?;
                }
                f.stack.push(d);
            }
            Opcode::BUILD_STRING => {
                let items = f.stack.pop_n(arg as usize);
                let mut s = String::new();
                for it in &items {
                    if let Some(p) = it.as_str() {
                        s.push_str(p.as_str());
                    }
                }
                f.stack.push(self.new_str(s));
            }
            Opcode::LIST_APPEND => {
                let v = pop!(f);
                let l = &f.stack[f.stack.len() - arg as usize];
                crate::objects::list_type::push(&mut l.as_list().expect("list").borrow_mut(), v);
            }
            Opcode::SET_ADD => {
                let v = pop!(f);
                let s = f.stack[f.stack.len() - arg as usize].clone();
                self.set_add(&s, v)?;
            }
            Opcode::MAP_ADD => {
                let v = pop!(f);
                let k = pop!(f);
                let d = f.stack[f.stack.len() - arg as usize].clone();
                dict::set_item(self, &d, k, v)?;
            }
            Opcode::LIST_EXTEND => {
                let it = pop!(f);
                let l = f.stack[f.stack.len() - arg as usize].clone();
                let items = match self.collect_iterable(&it) {
                    Ok(v) => v,
                    Err(e) => {
                        if self.isinstance_exc(&e, &self.interp.exc.type_error.clone()) && !self.has_iter(&it) {
                            return Err(self.new_type_error(format!(
                                "Value after * must be an iterable, not {}",
                                typeobj::obj_type_name(&it)
                            )));
                        }
                        return Err(e);
                    }
                };
                crate::objects::list_type::extend(&mut l.as_list().expect("list").borrow_mut(), items, crate::objects::list_type::is_sized(&it));
            }
            Opcode::SET_UPDATE => {
                let it = pop!(f);
                let s = f.stack[f.stack.len() - arg as usize].clone();
                for x in self.collect_iterable(&it)? {
                    self.set_add(&s, x)?;
                }
            }
            Opcode::DICT_UPDATE => {
                let m = pop!(f);
                let d = f.stack[f.stack.len() - arg as usize].clone();
                if let Err(e) = self.dict_update(&d, &m) {
                    if self.isinstance_exc(&e, &self.interp.exc.attribute_error.clone()) {
                        return Err(self.new_type_error(format!(
                            "'{}' object is not a mapping",
                            typeobj::obj_type_name(&m)
                        )));
                    }
                    return Err(e);
                }
            }
            Opcode::DICT_MERGE => {
                let m = pop!(f);
                let n = f.stack.len();
                let d = f.stack[n - arg as usize].clone();
                let func = f.stack[n - arg as usize - 2].clone();
                self.dict_merge_kwargs(&func, &d, &m)?;
            }
            Opcode::LIST_TO_TUPLE => {
                let l = pop!(f);
                let items = l.as_list().expect("list").borrow().clone();
                f.stack.push(self.new_tuple(items));
            }
            Opcode::UNPACK_SEQUENCE => {
                let seq = pop!(f);
                let items = self.unpack_exact(&seq, arg as usize)?;
                f.stack.extend(items.into_iter().rev());
            }
            Opcode::UNPACK_EX => {
                let seq = pop!(f);
                let before = (arg & 0xff) as usize;
                let after = (arg >> 8) as usize;
                let mut items = self.collect_iterable(&seq)?;
                if items.len() < before + after {
                    return Err(self.new_value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let tail = items.split_off(items.len() - after);
                let mid = items.split_off(before);
                for v in tail.into_iter().rev() {
                    f.stack.push(v);
                }
                f.stack.push(self.new_list(mid));
                for v in items.into_iter().rev() {
                    f.stack.push(v);
                }
            }
            Opcode::FORMAT_VALUE => {
                let spec = if arg & format_flags::HAS_SPEC != 0 { Some(pop!(f)) } else { None };
                let v = pop!(f);
                let v = match arg & format_flags::CONVERSION_MASK {
                    format_flags::CONV_STR => self.str(&v)?,
                    format_flags::CONV_REPR => self.repr(&v)?,
                    format_flags::CONV_ASCII => {
                        let r = self.repr(&v)?;
                        let s = crate::objects::str_methods::ascii_escape(r.as_str().unwrap().as_str());
                        self.new_str(s)
                    }
                    _ => v,
                };
                let r = match spec {
                    None if v.is_exact(&self.interp.types.str) => v,
                    None => self.format(&v, &self.interp.empty_str.clone())?,
                    Some(s) => self.format(&v, &s)?,
                };
                f.stack.push(r);
            }
            Opcode::JUMP_FORWARD => f.ip = arg as usize,
            Opcode::JUMP_BACKWARD => {
                f.ip = arg as usize;
                self.eval_breaker()?;
            }
            Opcode::POP_JUMP_IF_FALSE => {
                let c = pop!(f);
                if !self.is_true_fast(&c)? {
                    f.ip = arg as usize;
                }
            }
            Opcode::POP_JUMP_IF_TRUE => {
                let c = pop!(f);
                if self.is_true_fast(&c)? {
                    f.ip = arg as usize;
                }
            }
            Opcode::POP_JUMP_IF_NONE => {
                let c = pop!(f);
                if matches!(c.payload, Payload::None) {
                    f.ip = arg as usize;
                }
            }
            Opcode::POP_JUMP_IF_NOT_NONE => {
                let c = pop!(f);
                if !matches!(c.payload, Payload::None) {
                    f.ip = arg as usize;
                }
            }
            Opcode::JUMP_IF_FALSE_OR_POP => {
                if !self.is_true_fast(top!(f))? {
                    f.ip = arg as usize;
                } else {
                    pop!(f);
                }
            }
            Opcode::JUMP_IF_TRUE_OR_POP => {
                if self.is_true_fast(top!(f))? {
                    f.ip = arg as usize;
                } else {
                    pop!(f);
                }
            }
            Opcode::GET_ITER => {
                let o = pop!(f);
                let it = self.get_iter(&o)?;
                f.stack.push(it);
            }
            Opcode::FOR_ITER => {
                // range and list/tuple iterators step inline (their types cannot be
                // subclassed, so no __next__ override can exist).
                let fast = match &top!(f).payload {
                    Payload::Iterator(cell) => match cell.try_borrow_mut() {
                        Ok(mut st) => crate::objects::iter::step_fast(self, &mut st),
                        Err(_) => None,
                    },
                    _ => None,
                };
                if let Some(v) = fast {
                    match v {
                        Some(v) => f.stack.push(v),
                        None => {
                            pop!(f);
                            f.ip = arg as usize;
                        }
                    }
                    return Ok(Control::Next);
                }
                let it = top!(f).clone();
                match self.next(&it)? {
                    Some(v) => f.stack.push(v),
                    None => {
                        pop!(f);
                        f.ip = arg as usize;
                    }
                }
            }
            Opcode::GET_YIELD_FROM_ITER => {
                let o = pop!(f);
                let it = if matches!(o.payload, Payload::Generator(_)) { o } else { self.get_iter(&o)? };
                f.stack.push(it);
            }
            Opcode::GET_AWAITABLE => {
                let o = pop!(f);
                let it = self.get_awaitable(&o, arg)?;
                f.stack.push(it);
            }
            Opcode::GET_AITER => {
                let o = pop!(f);
                let it = self.get_aiter(&o)?;
                f.stack.push(it);
            }
            Opcode::GET_ANEXT => {
                let it = top!(f).clone();
                let aw = self.get_anext(&it)?;
                f.stack.push(aw);
            }
            Opcode::END_ASYNC_FOR => {
                let exc = pop!(f);
                if self.isinstance_exc(&exc, &self.interp.exc.stop_async_iteration.clone()) {
                    pop!(f);
                    // The handler was entered through an exception; leave the handled
                    // state as it was.
                } else {
                    return Ok(Control::Reraise(exc));
                }
            }
            Opcode::SEND => {
                let v = pop!(f);
                let recv = top!(f).clone();
                match self.send(&recv, v)? {
                    crate::objects::generator::GenResult::Yield(y) => f.stack.push(y),
                    crate::objects::generator::GenResult::Return(r) => {
                        pop!(f);
                        f.stack.push(r);
                        f.ip = arg as usize;
                    }
                }
            }
            Opcode::YIELD_VALUE => {
                let v = pop!(f);
                self.last_yield_wrapped = arg == 1;
                return Ok(Control::Yield(v));
            }
            Opcode::RETURN_VALUE => {
                let v = pop!(f);
                return Ok(Control::Return(v));
            }
            Opcode::SETUP_FINALLY => f.blocks.push(Block { handler: arg, depth: f.stack.len() as u32 }),
            Opcode::POP_BLOCK => {
                f.blocks.pop();
            }
            Opcode::PUSH_EXC_INFO => {
                let exc = pop!(f);
                let prev = self.exc_info.replace(exc.clone()).unwrap_or_else(|| self.none());
                f.stack.push(prev);
                f.stack.push(exc);
            }
            Opcode::POP_EXCEPT => {
                let prev = pop!(f);
                self.exc_info = if matches!(prev.payload, Payload::None) { None } else { Some(prev) };
            }
            Opcode::CHECK_EXC_MATCH => {
                let ty = pop!(f);
                let exc = top!(f).clone();
                self.check_except_type(&ty)?;
                let m = self.exception_matches(&exc, &ty)?;
                f.stack.push(self.new_bool(m));
            }
            Opcode::CHECK_EG_MATCH => {
                let ty = pop!(f);
                let exc = pop!(f);
                self.check_except_type(&ty)?;
                let (rest, matched) = self.exception_group_match(&exc, &ty)?;
                // The matched part is the exception being handled in the clause body.
                if !matches!(matched.payload, Payload::None) {
                    self.exc_info = Some(matched.clone());
                }
                f.stack.push(rest);
                f.stack.push(matched);
            }
            Opcode::PREP_RERAISE_STAR => {
                let raised = f.stack.pop_n(arg as usize);
                let orig = pop!(f);
                let r = self.prep_reraise_star(&orig, raised)?;
                f.stack.push(r);
            }
            Opcode::RERAISE => {
                let exc = pop!(f);
                return Ok(Control::Reraise(exc));
            }
            Opcode::RAISE_VARARGS => {
                return match arg {
                    0 => match self.exc_info.clone() {
                        Some(e) => Ok(Control::Reraise(e)),
                        None => Err(self.new_runtime_error("No active exception to reraise")),
                    },
                    1 => {
                        let e = pop!(f);
                        Err(self.make_raisable(e, None)?)
                    }
                    _ => {
                        let cause = pop!(f);
                        let e = pop!(f);
                        Err(self.make_raisable(e, Some(cause))?)
                    }
                };
            }
            Opcode::LOAD_ASSERTION_ERROR => f.stack.push(self.interp.exc.assertion_error.clone()),
            Opcode::WITH_EXCEPT_START => {
                let n = f.stack.len();
                let exc = f.stack[n - 1].clone();
                let exit = f.stack[n - 3].clone();
                let ty = exc.class().clone();
                let tb = crate::exceptions::exc_data(&exc).borrow().traceback.clone().unwrap_or_else(|| self.none());
                let r = self.call(&exit, &[ty, exc, tb], &[])?;
                f.stack.push(r);
            }
            Opcode::BEFORE_WITH => {
                let mgr = pop!(f);
                let (enter, exit) = self.with_methods(&mgr, "__enter__", "__exit__", false)?;
                let r = self.call(&enter, &[], &[])?;
                f.stack.push(exit);
                f.stack.push(r);
            }
            Opcode::BEFORE_ASYNC_WITH => {
                let mgr = pop!(f);
                let (enter, exit) = self.with_methods(&mgr, "__aenter__", "__aexit__", true)?;
                let r = self.call(&enter, &[], &[])?;
                f.stack.push(exit);
                f.stack.push(r);
            }
            Opcode::KW_NAMES => f.kwnames = Some(cd.consts[arg as usize].clone()),
            Opcode::CALL => {
                let argc = arg as usize;
                let kwnames = f.kwnames.take();
                let n = f.stack.len();
                let base = n - argc - 2;
                let kw: &[PyRef] = match &kwnames {
                    Some(k) => k.as_tuple().unwrap_or(&[]),
                    None => &[],
                };
                let has_self = !f.stack[base + 1].is_null();
                let first = if has_self { base + 1 } else { base + 2 };
                let callable = f.stack[base].clone();
                // Specialised path: a plain function called positionally with its
                // parameters (missing trailing ones have defaults); the arguments move
                // from the stack into the new frame.
                if kw.is_empty() {
                    if let Payload::Function(fd) = &callable.payload {
                        if let Payload::Code(ccd) = &fd.code.payload {
                            let co = &ccd.code;
                            let given = n - first;
                            let argcount = co.argcount as usize;
                            let missing = argcount.wrapping_sub(given);
                            let defaults = if missing == 0 || given > argcount { None } else { fd.defaults.get() };
                            let ndefaults = defaults.as_ref().and_then(|d| d.as_tuple().map(|t| t.len())).unwrap_or(0);
                            if plain_positional(co) && given <= argcount && missing <= ndefaults {
                                let mut frame = self.function_frame(&callable, fd);
                                f.stack.move_into_locals(first, &mut frame.fast, co.varnames.len());
                                if let Some(d) = defaults.as_ref().and_then(|d| d.as_tuple()) {
                                    for (slot, v) in frame.fast[given..argcount].iter_mut().zip(&d[ndefaults - missing..]) {
                                        *slot = Some(v.clone());
                                    }
                                }
                                f.stack.truncate(base);
                                self.eval_breaker()?;
                                return Ok(Control::PushFrame(frame));
                            }
                        }
                    }
                }
                // Inline Python-to-Python calls.
                if let Some(frame) = self.try_inline_frame(&callable, &f.stack[first..], kw)? {
                    f.stack.truncate(base);
                    self.eval_breaker()?;
                    return Ok(Control::PushFrame(frame));
                }
                let r = if self.profile.is_some() && matches!(callable.payload, Payload::Builtin(_)) {
                    self.profile_event(f, "c_call", Some(callable.clone()))?;
                    let r = self.call(&callable, &f.stack[first..], kw);
                    let ev = if r.is_ok() { "c_return" } else { "c_exception" };
                    self.profile_event(f, ev, Some(callable.clone()))?;
                    r
                } else {
                    self.call(&callable, &f.stack[first..], kw)
                };
                f.stack.truncate(base);
                f.stack.push(r?);
                self.eval_breaker()?;
            }
            Opcode::CALL_FUNCTION_EX => {
                let kwargs = if arg & 1 != 0 { Some(pop!(f)) } else { None };
                let args = pop!(f);
                let mut func = pop!(f);
                if func.is_null() {
                    // A class statement's layout: [__build_class__, NULL, args].
                    func = pop!(f);
                }
                let r = self.call_ex(&func, &args, kwargs.as_ref())?;
                f.stack.push(r);
                self.eval_breaker()?;
            }
            Opcode::MAKE_FUNCTION => {
                let code = pop!(f);
                let closure = if arg & 8 != 0 { Some(pop!(f)) } else { None };
                let ann = if arg & 4 != 0 { Some(pop!(f)) } else { None };
                let kwdefaults = if arg & 2 != 0 { Some(pop!(f)) } else { None };
                let defaults = if arg & 1 != 0 { Some(pop!(f)) } else { None };
                let func = self.make_function(code, f.globals.clone(), defaults, kwdefaults, ann, closure)?;
                f.stack.push(func);
            }
            Opcode::LOAD_BUILD_CLASS => {
                let bc = self.load_global(&f.globals, &self.intern("__build_class__"))?;
                f.stack.push(bc);
            }
            Opcode::SETUP_ANNOTATIONS => {
                let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                let key = self.intern("__annotations__");
                if self.mapping_get(&target, &key)?.is_none() {
                    let d = self.new_dict();
                    self.setitem(&target, key, d)?;
                }
            }
            Opcode::IMPORT_NAME => {
                let fromlist = pop!(f);
                let level = pop!(f);
                let name = cd.names[arg as usize].clone();
                // A replaced `builtins.__import__` sees every import statement.
                let hook = dict::get_str(self, &self.interp.builtins_dict.clone(), "__import__");
                let m = match hook {
                    Some(h) if !matches!(&h.payload, Payload::Builtin(b) if b.func as *const () as usize == crate::builtins::core::import_ as *const () as usize) => {
                        let locals = f.locals.clone().unwrap_or_else(|| self.none());
                        self.call(&h, &[name, f.globals.clone(), locals, fromlist, level], &[])?
                    }
                    _ => self.import_name(&name, &f.globals, &fromlist, &level)?,
                };
                f.stack.push(m);
            }
            Opcode::IMPORT_FROM => {
                let m = top!(f).clone();
                let v = self.import_from(&m, &cd.names[arg as usize])?;
                f.stack.push(v);
            }
            Opcode::IMPORT_STAR => {
                let m = pop!(f);
                let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                self.import_star(&m, &target)?;
            }
            Opcode::PRINT_EXPR => {
                let v = pop!(f);
                self.display_hook(&v)?;
            }
            Opcode::GET_LEN => {
                let o = top!(f).clone();
                let n = self.len(&o)?;
                f.stack.push(self.new_int(n as i64));
            }
            Opcode::MATCH_MAPPING => {
                let o = top!(f).clone();
                let r = self.is_mapping_for_match(&o);
                f.stack.push(self.new_bool(r));
            }
            Opcode::MATCH_SEQUENCE => {
                let o = top!(f).clone();
                let r = self.is_sequence_for_match(&o);
                f.stack.push(self.new_bool(r));
            }
            Opcode::MATCH_KEYS => {
                let n = f.stack.len();
                let keys = f.stack[n - 1].clone();
                let subject = f.stack[n - 2].clone();
                let r = self.match_keys(&subject, &keys)?;
                f.stack.push(r);
            }
            Opcode::MATCH_CLASS => {
                let names = pop!(f);
                let cls = pop!(f);
                let subject = pop!(f);
                let r = self.match_class(&subject, &cls, arg as usize, &names)?;
                f.stack.push(r);
            }
            Opcode::COPY_DICT_WITHOUT_KEYS => {
                let keys = pop!(f);
                let m = pop!(f);
                let d = self.new_dict();
                self.dict_update(&d, &m)?;
                for k in keys.as_tuple().unwrap_or(&[]).to_vec() {
                    dict::del_item(self, &d, &k)?;
                }
                f.stack.push(d);
            }
        }
        Ok(Control::Next)
    }

    /// Checks done at backward jumps and calls: GIL hand-off, pending finalizers,
    /// signals.
    #[inline]
    pub(crate) fn eval_breaker(&mut self) -> PyResult<()> {
        self.check_gil_drop();
        if crate::dealloc::has_pending() {
            crate::dealloc::run_pending(self);
        }
        crate::signals::check(self)
    }

    fn load_name(&mut self, f: &Frame, name: &PyRef) -> PyResult {
        if let Some(l) = &f.locals {
            if let Some(v) = self.mapping_get(l, name)? {
                return Ok(v);
            }
        }
        self.load_global(&f.globals, name)
    }

    pub(crate) fn load_global(&mut self, globals: &PyRef, name: &PyRef) -> PyResult {
        let s = name.as_str().expect("name is str");
        let (key, hash) = (s.as_str(), s.hash());
        if let Some(v) = globals.as_dict().and_then(|d| d.borrow().get_str(hash, key).cloned()) {
            return Ok(v);
        }
        if let Some(v) = self.interp.builtins_dict.as_dict().unwrap().borrow().get_str(hash, key).cloned() {
            return Ok(v);
        }
        Err(self.new_name_error(key))
    }

    /// Looks a key up in a dict or any mapping; None when missing.
    pub fn mapping_get(&mut self, m: &PyRef, key: &PyRef) -> PyResult<Option<PyRef>> {
        if m.is_exact(&self.interp.types.dict) {
            return dict::get_item(self, m, key);
        }
        match self.getitem(m, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.isinstance_exc(&e, &self.interp.exc.key_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn deref_name(&self, cd: &CodeData, i: usize) -> String {
        let c = &cd.code;
        if i < c.cellvars.len() {
            c.cellvars[i].clone()
        } else {
            c.freevars[i - c.cellvars.len()].clone()
        }
    }

    fn unbound_deref(&self, cd: &CodeData, i: usize) -> PyRef {
        let name = self.deref_name(cd, i);
        if i < cd.code.cellvars.len() {
            self.new_unbound_local(&name)
        } else {
            self.new_unbound_free(&name)
        }
    }

    pub fn new_cell(&self, v: Option<PyRef>) -> PyRef {
        PyRef::new(&self.interp.types.cell, Payload::Cell(crate::cell::PyCell::new(v)))
    }

    pub fn cell_get(&self, c: &PyRef) -> Option<PyRef> {
        match &c.payload {
            Payload::Cell(v) => v.get(),
            _ => None,
        }
    }

    pub fn cell_set(&self, c: &PyRef, v: Option<PyRef>) {
        if let Payload::Cell(cell) = &c.payload {
            cell.set(v);
        }
    }

    /// For LOAD_METHOD: the unbound function when `obj.name` would be a plain method
    /// call (function on the type, not shadowed by the instance dict).
    pub(crate) fn lookup_method_uncached(&mut self, obj: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
        let ty = obj.class();
        let tdata = match ty.as_type() {
            Some(t) => t,
            None => return Ok(None),
        };
        if matches!(obj.payload, Payload::Type(_) | Payload::Module(_) | Payload::Super(_)) {
            return Ok(None);
        }
        let s = name.as_str().unwrap();
        if tdata.is_heap() {
            if let Some(ga) = typeobj::lookup(self, ty, "__getattribute__") {
                if !matches!(ga.payload, Payload::Builtin(_)) {
                    return Ok(None);
                }
            }
        }
        let Some(d) = crate::protocol::attr::lookup_hashed(ty, s.as_str(), s.hash()) else { return Ok(None) };
        let is_method = match &d.payload {
            Payload::Function(_) => true,
            Payload::Builtin(b) => b.kind == crate::object::BuiltinKind::Method,
            _ => false,
        };
        if !is_method {
            return Ok(None);
        }
        if let Some(idict) = obj.dict.get() {
            if idict.as_dict().is_some_and(|dd| dd.borrow().get_str(s.hash(), s.as_str()).is_some()) {
                return Ok(None);
            }
        }
        Ok(Some(d))
    }

    /// Builds a TypeError/raisable exception instance from `raise X [from Y]`.
    fn make_raisable(&mut self, e: PyRef, cause: Option<PyRef>) -> PyResult<PyRef> {
        let exc = self.to_exception_instance(e, "exceptions must derive from BaseException")?;
        if let Some(c) = cause {
            let c = if matches!(c.payload, Payload::None) {
                None
            } else {
                Some(self.to_exception_instance(c, "exception causes must derive from BaseException")?)
            };
            let mut d = crate::exceptions::exc_data(&exc).borrow_mut();
            d.cause = c;
            d.suppress_context = true;
        }
        Ok(exc)
    }

    /// An exception class is instantiated; an instance passes; anything else is a TypeError.
    pub fn to_exception_instance(&mut self, e: PyRef, msg: &str) -> PyResult<PyRef> {
        if crate::exceptions::is_exception_instance(&e) {
            return Ok(e);
        }
        if let Payload::Type(_) = &e.payload {
            if typeobj::is_subtype(&e, &self.interp.exc.base_exception) {
                let inst = self.call(&e, &[], &[])?;
                if crate::exceptions::is_exception_instance(&inst) {
                    return Ok(inst);
                }
                let r = self.repr_str(&e)?;
                return Err(self.new_type_error(format!(
                    "calling {r} should have returned an instance of BaseException, not {}",
                    typeobj::obj_type_name(&inst)
                )));
            }
        }
        Err(self.new_type_error(msg.to_string()))
    }

    fn check_except_type(&mut self, ty: &PyRef) -> PyResult<()> {
        let ok = |t: &PyRef, vm: &Vm| matches!(t.payload, Payload::Type(_)) && typeobj::is_subtype(t, &vm.interp.exc.base_exception);
        let good = match &ty.payload {
            Payload::Tuple(items) => items.iter().all(|t| ok(t, self)),
            _ => ok(ty, self),
        };
        if !good {
            return Err(self.new_type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        Ok(())
    }

    /// `isinstance(exc, ty)` for except clauses (ty a class or tuple of classes).
    pub fn exception_matches(&mut self, exc: &PyRef, ty: &PyRef) -> PyResult<bool> {
        match &ty.payload {
            Payload::Tuple(items) => Ok(items.iter().any(|t| typeobj::is_subtype(exc.class(), t))),
            _ => Ok(typeobj::is_subtype(exc.class(), ty)),
        }
    }

    /// Is `e` an instance of exception class `ty`?
    pub fn isinstance_exc(&self, e: &PyRef, ty: &PyRef) -> bool {
        typeobj::is_subtype(e.class(), ty)
    }

    fn with_methods(&mut self, mgr: &PyRef, enter: &str, exit: &str, is_async: bool) -> PyResult<(PyRef, PyRef)> {
        let proto = if is_async { "asynchronous context manager protocol" } else { "context manager protocol" };
        let e = self.lookup_special(mgr, enter)?;
        let Some(e) = e else {
            return Err(self.new_type_error(format!(
                "'{}' object does not support the {proto}",
                typeobj::obj_type_name(mgr)
            )));
        };
        let x = self.lookup_special(mgr, exit)?;
        let Some(x) = x else {
            return Err(self.new_type_error(format!(
                "'{}' object does not support the {proto} (missed {exit} method)",
                typeobj::obj_type_name(mgr)
            )));
        };
        Ok((e, x))
    }
}
