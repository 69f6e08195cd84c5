//! `sys.getsizeof` / `__sizeof__`: the sizes CPython 3.11 reports on 64-bit Linux.
//! CPython: each type's tp_basicsize / __sizeof__.

use crate::object::{Payload, PyRef};
use crate::Vm;

/// Bytes CPython reports for `o.__sizeof__()` (without the GC header).
pub fn basic_size(vm: &Vm, o: &PyRef) -> usize {
    let _ = vm;
    match &o.payload {
        Payload::None | Payload::NotImplemented | Payload::Ellipsis => 16,
        Payload::Int(v) => {
            let mag = v.unsigned_abs();
            if mag == 0 && !o.class().is(&vm.interp.types.bool_) {
                24
            } else {
                let bits = 64 - mag.leading_zeros() as usize;
                24 + 4 * bits.div_ceil(30).max(1) - if mag == 0 { 0 } else { 0 }
            }
        }
        Payload::BigInt(b) => 24 + 4 * (b.bits() as usize).div_ceil(30),
        Payload::Float(_) => 24,
        Payload::Complex(..) => 32,
        Payload::Str(s) => {
            let max = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
            let n = s.char_len();
            if s.is_ascii() {
                40 + n + 1
            } else if max < 0x100 {
                56 + n + 1
            } else if max < 0x10000 {
                56 + 2 * (n + 1)
            } else {
                56 + 4 * (n + 1)
            }
        }
        Payload::Bytes(b) => 33 + b.len(),
        Payload::Tuple(t) => 24 + 8 * t.len(),
        Payload::List(l) => 40 + 8 * l.borrow().capacity(),
        Payload::Dict(d) => {
            let n = d.borrow().len();
            if n == 0 { 48 } else { 48 + 8 + 24 * n.next_power_of_two().max(8) }
        }
        Payload::Set(_) | Payload::FrozenSet(_) => 200,
        Payload::Instance(slots) => 16 + 8 * slots.len() + if o.dict.get().is_some() { 16 } else { 0 },
        _ => 16,
    }
}
