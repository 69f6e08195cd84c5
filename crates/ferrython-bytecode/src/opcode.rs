//! The opcode table: every instruction is listed once here, with its operand
//! meaning and stack effect; names, the disassembler and dispatch derive from it.
//! CPython counterpart: Python/bytecodes.c, Include/opcode.h.
//!
//! Stack notation: `[a, b] -> [c]` means `b` is on top before the instruction.
//! `NULL` is the VM's null marker (pushed by `PUSH_NULL`, never visible to Python).
//! Jump operands are absolute instruction indices.
//!
//! Differences from CPython 3.11, chosen for simplicity: exception handling uses a
//! runtime block stack (`SETUP_FINALLY`/`POP_BLOCK`) instead of an exception table,
//! and jumps are absolute.

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident, )*) => {
        /// One bytecode operation. The operand lives in [`crate::Instruction::arg`].
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Opcode {
            /// Every opcode, in table order.
            pub const ALL: &'static [Opcode] = &[ $( Opcode::$name, )* ];

            /// The name as CPython's `dis` spells it.
            pub fn name(self) -> &'static str {
                match self { $( Opcode::$name => stringify!($name), )* }
            }
        }
    };
}

opcodes! {
    /// Does nothing.
    NOP,
    /// `[a] -> []`
    POP_TOP,
    /// `[] -> [NULL]`
    PUSH_NULL,
    /// arg n (1-based): `[.., x, ..(n-1 items)] -> [.., x, .., x]` (copies the n-th item from the top).
    COPY,
    /// arg n (>= 2): swaps the top with the n-th item from the top.
    SWAP,

    /// arg: constant index. `[] -> [const]`
    LOAD_CONST,
    /// arg: varnames index. `[] -> [value]`; UnboundLocalError if unset.
    LOAD_FAST,
    /// arg: varnames index. `[v] -> []`
    STORE_FAST,
    /// arg: varnames index. UnboundLocalError if unset.
    DELETE_FAST,

    // Superinstructions (as CPython 3.11's): two common neighbours run in one
    // dispatch. The compiler rewrites the first of the pair and leaves the second in
    // place (a jump may target it); the pair's operands are packed 16 bits each,
    // first operand in the low half. The second instruction is skipped after.
    /// `LOAD_FAST a; LOAD_FAST b`.
    LOAD_FAST__LOAD_FAST,
    /// `LOAD_FAST a; LOAD_CONST b`.
    LOAD_FAST__LOAD_CONST,
    /// `LOAD_CONST a; LOAD_FAST b`.
    LOAD_CONST__LOAD_FAST,
    /// `STORE_FAST a; LOAD_FAST b`.
    STORE_FAST__LOAD_FAST,
    /// `STORE_FAST a; STORE_FAST b`.
    STORE_FAST__STORE_FAST,
    /// arg: names index. Locals mapping, then globals, then builtins. NameError if missing.
    LOAD_NAME,
    /// arg: names index. `[v] -> []` into the locals mapping.
    STORE_NAME,
    /// arg: names index.
    DELETE_NAME,
    /// arg: names index. Globals, then builtins.
    LOAD_GLOBAL,
    /// arg: names index. `[v] -> []`
    STORE_GLOBAL,
    /// arg: names index.
    DELETE_GLOBAL,
    /// arg: index into cellvars ++ freevars. `[] -> [cell contents]`
    /// Unset: NameError "cannot access free variable 'x' where it is not associated with a value in enclosing scope"
    /// for a free variable, UnboundLocalError for a cell variable.
    LOAD_DEREF,
    /// arg: index into cellvars ++ freevars. `[v] -> []`
    STORE_DEREF,
    /// arg: index into cellvars ++ freevars.
    DELETE_DEREF,
    /// arg: index into cellvars ++ freevars. Class bodies: the locals mapping first, then the cell.
    LOAD_CLASSDEREF,
    /// arg: index into cellvars ++ freevars. `[] -> [cell object]`
    LOAD_CLOSURE,

    /// arg: names index. `[obj] -> [obj.name]`
    LOAD_ATTR,
    /// arg: names index. `[v, obj] -> []` (obj.name = v)
    STORE_ATTR,
    /// arg: names index. `[obj] -> []`
    DELETE_ATTR,
    /// arg: names index. `[obj] -> [meth, obj]` when the attribute is a plain function found
    /// on the type (unbound form), else `[obj.name, NULL]`. Followed by args and `CALL`.
    LOAD_METHOD,

    /// arg: `BinaryOp` as u32. `[a, b] -> [a op b]` (inplace variants try `__iop__` first).
    BINARY_OP,
    /// `[a] -> [-a]`
    UNARY_NEGATIVE,
    /// `[a] -> [+a]`
    UNARY_POSITIVE,
    /// `[a] -> [not a]`
    UNARY_NOT,
    /// `[a] -> [~a]`
    UNARY_INVERT,
    /// arg: `CompareOp` as u32. `[a, b] -> [a op b]`
    COMPARE_OP,
    /// arg 0: `is`, 1: `is not`. `[a, b] -> [bool]`
    IS_OP,
    /// arg 0: `in`, 1: `not in`. `[a, b] -> [bool]` (a in b)
    CONTAINS_OP,

    /// `[container, key] -> [container[key]]`
    BINARY_SUBSCR,
    /// `[v, container, key] -> []`
    STORE_SUBSCR,
    /// `[container, key] -> []`
    DELETE_SUBSCR,
    /// arg 2 or 3: `[start, stop(, step)] -> [slice]`
    BUILD_SLICE,

    /// arg n: `[x1..xn] -> [tuple]`
    BUILD_TUPLE,
    /// arg n: `[x1..xn] -> [list]`
    BUILD_LIST,
    /// arg n: `[x1..xn] -> [set]`
    BUILD_SET,
    /// arg n: `[k1, v1, .. kn, vn] -> [dict]`
    BUILD_MAP,
    /// arg n: `[s1..sn] -> [str]` (concatenation of str objects)
    BUILD_STRING,
    /// arg i: `[.., list, ..(i-1 items), v] -> [.., list, ..]` list.append(v) (comprehensions)
    LIST_APPEND,
    /// arg i: like LIST_APPEND for a set.
    SET_ADD,
    /// arg i: `[.., dict, .., k, v] -> [.., dict, ..]` dict[k] = v
    MAP_ADD,
    /// arg i: `[.., list, .., iterable] -> [.., list, ..]` list.extend(iterable)
    LIST_EXTEND,
    /// arg i: `[.., set, .., iterable] -> [.., set, ..]` set.update(iterable)
    SET_UPDATE,
    /// arg i: `[.., dict, .., mapping] -> [.., dict, ..]` dict.update(mapping) (`{**m}`)
    DICT_UPDATE,
    /// arg i: like DICT_UPDATE but a repeated key is an error (`f(**a, **b)`):
    /// "f() got multiple values for keyword argument 'k'"; the function is at stack depth i+2.
    DICT_MERGE,
    /// `[list] -> [tuple]`
    LIST_TO_TUPLE,
    /// arg n: `[seq] -> [x_n .. x_1]` (x_1 on top). ValueError messages as CPython.
    UNPACK_SEQUENCE,
    /// arg: before | (after << 8). `[seq] -> [after items.., list, before items..]` (first on top).
    UNPACK_EX,
    /// arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if a format spec is on the stack.
    /// `[value(, spec)] -> [str]`
    FORMAT_VALUE,

    /// arg: target. Unconditional forward jump.
    JUMP_FORWARD,
    /// arg: target. Backward jump (loops); checks the eval breaker.
    JUMP_BACKWARD,
    /// arg: target. `[c] -> []`
    POP_JUMP_IF_FALSE,
    /// arg: target. `[c] -> []`
    POP_JUMP_IF_TRUE,
    /// arg: target. `[c] -> []`
    POP_JUMP_IF_NONE,
    /// arg: target. `[c] -> []`
    POP_JUMP_IF_NOT_NONE,
    /// arg: target. `[c] -> [c]` and jump if c is false, else `[c] -> []`.
    JUMP_IF_FALSE_OR_POP,
    /// arg: target. `[c] -> [c]` and jump if c is true, else `[c] -> []`.
    JUMP_IF_TRUE_OR_POP,

    /// `[obj] -> [iter(obj)]`
    GET_ITER,
    /// arg: target. `[it] -> [it, next(it)]`, or on exhaustion `[it] -> []` and jump.
    FOR_ITER,
    /// `[obj] -> [iter]`: for `yield from`: a generator or coroutine stays as is, else iter(obj).
    GET_YIELD_FROM_ITER,
    /// `[obj] -> [obj.__aiter__()]`
    GET_AITER,
    /// `[aiter] -> [aiter, awaitable of aiter.__anext__()]`
    GET_ANEXT,
    /// `[aiter, exc] -> []` ends an `async for`: StopAsyncIteration is swallowed, anything else re-raised.
    END_ASYNC_FOR,
    /// arg: 0 plain await, 1 after `__aenter__`, 2 after `__aexit__` (for messages).
    /// `[obj] -> [awaitable iterator]`
    GET_AWAITABLE,
    /// arg: target. `[receiver, v] -> [receiver, yielded]` after sending v, or when the
    /// receiver returns: `[receiver, v] -> [result]` and jump to target.
    SEND,
    /// `[v] -> [sent]`: suspends the frame, yielding v; resumes with the sent value on the stack.
    /// arg 1 marks an async generator's own `yield` (a value for `async for`); arg 0 is any
    /// other yield (generators, and the pass-through yields of `await`/`yield from`).
    YIELD_VALUE,
    /// `[v] -> []` returns v from the frame.
    RETURN_VALUE,

    /// arg: handler target. Pushes a handler block recording the current stack depth.
    /// When an exception reaches it: stack truncated to that depth, the exception pushed,
    /// block popped, jump to the handler.
    SETUP_FINALLY,
    /// Pops the innermost handler block.
    POP_BLOCK,
    /// `[exc] -> [prev_exc_info, exc]`, and exc becomes the handled exception (`sys.exc_info`).
    PUSH_EXC_INFO,
    /// `[prev_exc_info] -> []` restores the handled exception.
    POP_EXCEPT,
    /// `[exc, type] -> [exc, bool]`; TypeError if type is not an exception class (or tuple of them).
    CHECK_EXC_MATCH,
    /// `[exc, type] -> [rest, match]` for `except*`: match is None when nothing matched
    /// (then rest is exc); splits exception groups; wraps a naked match in an ExceptionGroup.
    CHECK_EG_MATCH,
    /// arg 0: `[exc] -> []` re-raises exc keeping its traceback.
    RERAISE,
    /// arg 0: re-raise the handled exception; 1: `[exc] -> []`; 2: `[exc, cause] -> []`.
    RAISE_VARARGS,
    /// `[] -> [AssertionError]`
    LOAD_ASSERTION_ERROR,
    /// `[exit, prev, exc] -> [exit, prev, exc, exit(type(exc), exc, tb)]`
    WITH_EXCEPT_START,
    /// `[mgr] -> [bound __exit__, mgr.__enter__()]`. TypeError as CPython if missing.
    BEFORE_WITH,
    /// `[mgr] -> [bound __aexit__, mgr.__aenter__()]` (result not yet awaited).
    BEFORE_ASYNC_WITH,
    /// arg: number of exceptions in the group to prepare; for `except*` bookkeeping:
    /// `[orig, r1..rn] -> [exc or None]` combines raised/unhandled into what to re-raise.
    PREP_RERAISE_STAR,

    /// arg: constant index of a tuple of keyword names for the next CALL.
    KW_NAMES,
    /// arg argc (positional + keyword count): `[callable, self_or_NULL, args..] -> [result]`.
    /// With NULL in the second slot the call is `callable(*args)`; otherwise `callable(self, *args)`.
    /// The last len(kw_names) args are keyword arguments named by the preceding KW_NAMES.
    CALL,
    /// arg 1 if a kwargs mapping is present: `[callable, args_tuple(, kwargs_dict)] -> [result]`.
    CALL_FUNCTION_EX,
    /// arg flags: 1 defaults tuple, 2 kw-defaults dict, 4 annotations tuple (name, value, ...), 8 closure tuple.
    /// `[defaults?, kwdefaults?, annotations?, closure?, code] -> [function]`
    MAKE_FUNCTION,
    /// `[] -> [builtins.__build_class__]`
    LOAD_BUILD_CLASS,
    /// Creates `__annotations__` in the locals mapping if absent (module and class bodies).
    SETUP_ANNOTATIONS,
    /// arg: names index. `[level, fromlist] -> [module]`
    IMPORT_NAME,
    /// arg: names index. `[module] -> [module, module.name]`; ImportError "cannot import name ..." if missing.
    IMPORT_FROM,
    /// `[module] -> []` binds every public name into the locals mapping.
    IMPORT_STAR,
    /// `[v] -> []` interactive mode: prints repr(v) via sys.displayhook unless None.
    PRINT_EXPR,

    /// `[subject] -> [subject, len(subject)]`
    GET_LEN,
    /// `[subject] -> [subject, bool]` is a mapping for pattern matching
    MATCH_MAPPING,
    /// `[subject] -> [subject, bool]` is a sequence for pattern matching (not str/bytes/bytearray)
    MATCH_SEQUENCE,
    /// `[subject, keys_tuple] -> [subject, keys_tuple, values_tuple or None]`
    MATCH_KEYS,
    /// arg: number of positional sub-patterns.
    /// `[subject, cls, kw_names_tuple] -> [attrs_tuple or None]`
    MATCH_CLASS,
    /// `[mapping, keys_tuple] -> [dict of the remaining items]` (for `**rest` in mapping patterns)
    COPY_DICT_WITHOUT_KEYS,
}

/// The operand of `BINARY_OP`, as CPython 3.11 numbers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinaryOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
    InplaceAdd = 13,
    InplaceAnd = 14,
    InplaceFloorDivide = 15,
    InplaceLshift = 16,
    InplaceMatrixMultiply = 17,
    InplaceMultiply = 18,
    InplaceRemainder = 19,
    InplaceOr = 20,
    InplacePower = 21,
    InplaceRshift = 22,
    InplaceSubtract = 23,
    InplaceTrueDivide = 24,
    InplaceXor = 25,
}

impl BinaryOp {
    pub const COUNT: u32 = 26;

    pub fn from_u32(v: u32) -> Option<BinaryOp> {
        if v < Self::COUNT {
            // SAFETY: repr(u8) with contiguous discriminants 0..COUNT.
            Some(unsafe { std::mem::transmute::<u8, BinaryOp>(v as u8) })
        } else {
            None
        }
    }

    /// The plain (non in-place) form of this operator.
    pub fn base(self) -> BinaryOp {
        let v = self as u8;
        if v >= 13 {
            Self::from_u32((v - 13) as u32).unwrap()
        } else {
            self
        }
    }

    pub fn is_inplace(self) -> bool {
        self as u8 >= 13
    }

    /// The in-place form of a plain operator.
    pub fn inplace(self) -> BinaryOp {
        Self::from_u32(self.base() as u32 + 13).unwrap()
    }

    /// The operator symbol as it appears in error messages (`+`, `+=`, `**`, `@`).
    pub fn symbol(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "+",
            And => "&",
            FloorDivide => "//",
            Lshift => "<<",
            MatrixMultiply => "@",
            Multiply => "*",
            Remainder => "%",
            Or => "|",
            Power => "**",
            Rshift => ">>",
            Subtract => "-",
            TrueDivide => "/",
            Xor => "^",
            InplaceAdd => "+=",
            InplaceAnd => "&=",
            InplaceFloorDivide => "//=",
            InplaceLshift => "<<=",
            InplaceMatrixMultiply => "@=",
            InplaceMultiply => "*=",
            InplaceRemainder => "%=",
            InplaceOr => "|=",
            InplacePower => "**=",
            InplaceRshift => ">>=",
            InplaceSubtract => "-=",
            InplaceTrueDivide => "/=",
            InplaceXor => "^=",
        }
    }

    /// The special method names: (`__add__`, `__radd__`, `__iadd__`) for the base operator.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        use BinaryOp::*;
        match self.base() {
            Add => ("__add__", "__radd__", "__iadd__"),
            And => ("__and__", "__rand__", "__iand__"),
            FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            Lshift => ("__lshift__", "__rlshift__", "__ilshift__"),
            MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
            Multiply => ("__mul__", "__rmul__", "__imul__"),
            Remainder => ("__mod__", "__rmod__", "__imod__"),
            Or => ("__or__", "__ror__", "__ior__"),
            Power => ("__pow__", "__rpow__", "__ipow__"),
            Rshift => ("__rshift__", "__rrshift__", "__irshift__"),
            Subtract => ("__sub__", "__rsub__", "__isub__"),
            TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
            Xor => ("__xor__", "__rxor__", "__ixor__"),
            _ => unreachable!("base() returns a plain operator"),
        }
    }
}

/// The operand of `COMPARE_OP`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    pub fn from_u32(v: u32) -> Option<CompareOp> {
        use CompareOp::*;
        Some(match v {
            0 => Lt,
            1 => Le,
            2 => Eq,
            3 => Ne,
            4 => Gt,
            5 => Ge,
            _ => return None,
        })
    }

    pub fn symbol(self) -> &'static str {
        use CompareOp::*;
        match self {
            Lt => "<",
            Le => "<=",
            Eq => "==",
            Ne => "!=",
            Gt => ">",
            Ge => ">=",
        }
    }

    /// (`__lt__`, reflected `__gt__`) and so on.
    pub fn dunders(self) -> (&'static str, &'static str) {
        use CompareOp::*;
        match self {
            Lt => ("__lt__", "__gt__"),
            Le => ("__le__", "__ge__"),
            Eq => ("__eq__", "__eq__"),
            Ne => ("__ne__", "__ne__"),
            Gt => ("__gt__", "__lt__"),
            Ge => ("__ge__", "__le__"),
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        use CompareOp::*;
        match self {
            Lt => Gt,
            Le => Ge,
            Eq => Eq,
            Ne => Ne,
            Gt => Lt,
            Ge => Le,
        }
    }
}

/// `FORMAT_VALUE` operand bits.
pub mod format_flags {
    pub const CONVERSION_MASK: u32 = 3;
    pub const CONV_NONE: u32 = 0;
    pub const CONV_STR: u32 = 1;
    pub const CONV_REPR: u32 = 2;
    pub const CONV_ASCII: u32 = 3;
    pub const HAS_SPEC: u32 = 4;
}

/// `MAKE_FUNCTION` operand bits.
pub mod make_function_flags {
    pub const DEFAULTS: u32 = 1;
    pub const KWDEFAULTS: u32 = 2;
    pub const ANNOTATIONS: u32 = 4;
    pub const CLOSURE: u32 = 8;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_op_numbering_round_trips() {
        for v in 0..BinaryOp::COUNT {
            let op = BinaryOp::from_u32(v).unwrap();
            assert_eq!(op as u32, v);
            assert_eq!(op.inplace().base(), op.base());
        }
        assert!(BinaryOp::from_u32(BinaryOp::COUNT).is_none());
        assert_eq!(BinaryOp::InplaceAdd.symbol(), "+=");
        assert_eq!(BinaryOp::Power.dunders().1, "__rpow__");
    }

    #[test]
    fn opcode_names_are_unique() {
        let mut names: Vec<_> = Opcode::ALL.iter().map(|o| o.name()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Opcode::ALL.len());
    }

    #[test]
    fn compare_swapped_is_involution() {
        for v in 0..6 {
            let op = CompareOp::from_u32(v).unwrap();
            assert_eq!(op.swapped().swapped(), op);
        }
    }
}
