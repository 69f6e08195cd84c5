//! `sys.getsizeof` / `__sizeof__`: the sizes CPython 3.11 reports on 64-bit Linux.
//! CPython: each type's tp_basicsize / __sizeof__.

use crate::object::{Payload, PyRef};
use crate::Vm;

/// Bytes CPython reports for `o.__sizeof__()` (without the GC header).
pub fn basic_size(vm: &Vm, o: &PyRef) -> usize {
    match &o.payload {
        Payload::None | Payload::NotImplemented | Payload::Ellipsis => 16,
        // 30-bit digits; even 0 is stored with one digit.
        Payload::Int(v) => {
            let bits = 64 - v.unsigned_abs().leading_zeros() as usize;
            24 + 4 * bits.div_ceil(30).max(1)
        }
        Payload::BigInt(b) => 24 + 4 * (b.bits() as usize).div_ceil(30),
        Payload::Float(_) => 24,
        Payload::Complex(..) => 32,
        Payload::Str(s) => {
            // PyASCIIObject is 48 bytes in 3.11, PyCompactUnicodeObject 72.
            let n = s.char_len();
            if s.is_ascii() {
                48 + n + 1
            } else {
                let max = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
                let width = if max < 0x100 { 1 } else if max < 0x10000 { 2 } else { 4 };
                72 + width * (n + 1)
            }
        }
        Payload::Bytes(b) => 33 + b.len(),
        Payload::ByteArray(b) => {
            let n = b.borrow().len();
            56 + if n == 0 { 0 } else { n + 1 }
        }
        Payload::Tuple(t) => 24 + 8 * t.len(),
        Payload::List(l) => 40 + 8 * l.borrow().capacity(),
        Payload::Dict(d) => dict_size(&d.borrow()),
        Payload::Set(d) | Payload::FrozenSet(d) => {
            let table = set_table_size(d.borrow().len());
            200 + if table > 8 { 16 * table } else { 0 }
        }
        Payload::Instance(slots) => {
            let t = o.class().as_type();
            let weak = t.is_some_and(|t| t.is_heap() && t.has_flag(crate::objects::typeobj::tflags::HAS_WEAKREF));
            // The managed __dict__ pointers sit before the object: sys.getsizeof adds them.
            16 + 8 * slots.len() + if weak { 8 } else { 0 }
        }
        // Iterators keep their type after exhaustion; sizes follow the type.
        Payload::Iterator(_) => match crate::objects::typeobj::obj_type_name(o).as_str() {
            "range_iterator" | "longrange_iterator" => 48,
            "dict_keyiterator" | "dict_valueiterator" | "dict_itemiterator" | "dict_reversekeyiterator"
            | "dict_reversevalueiterator" | "dict_reverseitemiterator" | "enumerate" => 56,
            "set_iterator" | "zip" => 48,
            _ => 32,
        },
        Payload::DictView(_) => 24,
        Payload::Range(_) => 48,
        Payload::Slice(_) => 40,
        Payload::Function(_) => 136,
        Payload::Builtin(_) => 56,
        Payload::Method(_) => 48,
        Payload::Cell(_) => 24,
        Payload::Module(_) => 56,
        Payload::Exception(_) => 72,
        Payload::Generator(_) => 184,
        Payload::Type(t) => {
            if t.is_heap() {
                1672
            } else {
                424
            }
        }
        _ => {
            let _ = vm;
            if crate::objects::typeobj::obj_type_name(o) == "memoryview" {
                return 168;
            }
            16
        }
    }
}

/// Bytes `sys.getsizeof` adds to `__sizeof__()`: the GC header and, for instances
/// with a managed `__dict__`, the two pointers stored before the object.
pub fn getsizeof_overhead(o: &PyRef) -> usize {
    let managed_dict = o.class().as_type().is_some_and(|t| t.shared_keys.borrow().is_some());
    (if has_gc_header(o) { 16 } else { 0 }) + if managed_dict { 16 } else { 0 }
}

/// Does CPython track this object in the cycle collector (a 16-byte GC header that
/// `sys.getsizeof` adds)?
pub fn has_gc_header(o: &PyRef) -> bool {
    match &o.payload {
        Payload::List(_)
        | Payload::Tuple(_)
        | Payload::Dict(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Function(_)
        | Payload::Method(_)
        | Payload::Builtin(_)
        | Payload::Cell(_)
        | Payload::Module(_)
        | Payload::Exception(_)
        | Payload::Generator(_)
        | Payload::DictView(_)
        | Payload::Slice(_) => true,
        Payload::Iterator(_) => !matches!(crate::objects::typeobj::obj_type_name(o).as_str(), "range_iterator" | "longrange_iterator"),
        Payload::Native(_) => crate::objects::typeobj::obj_type_name(o) == "memoryview",
        Payload::Instance(_) => o.class().as_type().is_some_and(|t| t.is_heap()),
        Payload::Type(t) => t.is_heap(),
        _ => false,
    }
}

/// `dict.__sizeof__`: the object plus its key table, sized as CPython's would be
/// (`KeysShape` replays CPython's growth); a split instance dict counts its values
/// array, sized by the class's shared keys.
pub fn dict_size(d: &crate::objects::dict::DictData) -> usize {
    let shape = &d.shape;
    if let Some(cls) = &shape.split {
        if let Some(n) = cls.as_type().and_then(|t| t.shared_keys_size()) {
            return 48 + 8 * n;
        }
    }
    if shape.log2 == 0 {
        return 48;
    }
    let size = 1usize << shape.log2;
    let index_bytes = if shape.log2 < 8 {
        1
    } else if shape.log2 < 16 {
        2
    } else if shape.log2 < 32 {
        4
    } else {
        8
    };
    let entry = if shape.general { 24 } else { 16 };
    48 + 32 + index_bytes * size + crate::objects::dict::usable_fraction(shape.log2) * entry
}

/// Slots of CPython's set table after `n` one-by-one insertions (8, then 4x used
/// when 3/5 full).
fn set_table_size(n: usize) -> usize {
    let mut size = 8usize;
    for used in 1..=n {
        if used * 5 >= (size - 1) * 3 {
            let minused = if used > 50000 { used * 2 } else { used * 4 };
            while size <= minused {
                size <<= 1;
            }
        }
    }
    size
}
