//! Methods of `int`, `bool`, `float` and `complex`, and the numeric builtins
//! (`round`, `pow`, `bin`, `oct`, `hex`). CPython: Objects/longobject.c,
//! Objects/floatobject.c, Objects/complexobject.c, Python/bltinmodule.c.

use crate::object::{Payload, PyRef};
use crate::objects::float::{as_f64, float_binary};
use crate::objects::int::{self, to_bigint};
use crate::objects::typeobj;
use crate::{PyResult, Vm};
use ferrython_bytecode::{BinaryOp, CompareOp};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

fn is_int(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Int(_) | Payload::BigInt(_))
}

fn is_float(o: &PyRef) -> bool {
    matches!(o.payload, Payload::Float(_))
}

/// The plain int value of an int subclass instance (so arithmetic returns plain ints).
fn plain_int(vm: &mut Vm, o: &PyRef) -> PyRef {
    match &o.payload {
        Payload::Int(v) => vm.new_int(*v),
        Payload::BigInt(b) => vm.new_bigint((**b).clone()),
        _ => o.clone(),
    }
}

macro_rules! int_binops {
    ($( $name:ident, $rname:ident => $op:ident ),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
                if !is_int(&a[1]) {
                    return Ok(vm.not_implemented());
                }
                let (x, y) = (plain_int(vm, &a[0]), plain_int(vm, &a[1]));
                int::int_binary(vm, &x, &y, BinaryOp::$op)
            }
            fn $rname(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
                if !is_int(&a[1]) {
                    return Ok(vm.not_implemented());
                }
                let (x, y) = (plain_int(vm, &a[1]), plain_int(vm, &a[0]));
                int::int_binary(vm, &x, &y, BinaryOp::$op)
            }
        )*
    };
}

int_binops! {
    i_add, i_radd => Add,
    i_sub, i_rsub => Subtract,
    i_mul, i_rmul => Multiply,
    i_floordiv, i_rfloordiv => FloorDivide,
    i_mod, i_rmod => Remainder,
    i_truediv, i_rtruediv => TrueDivide,
    i_lshift, i_rlshift => Lshift,
    i_rshift, i_rrshift => Rshift,
    i_and, i_rand => And,
    i_or, i_ror => Or,
    i_xor, i_rxor => Xor,
}

fn i_pow(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    if !is_int(&a[1]) {
        return Ok(vm.not_implemented());
    }
    if let Some(m) = a.get(2).filter(|m| !matches!(m.payload, Payload::None)) {
        if !is_int(m) {
            return Ok(vm.not_implemented());
        }
        return int::int_pow_mod(vm, &to_bigint(&a[0]).unwrap(), &to_bigint(&a[1]).unwrap(), &to_bigint(m).unwrap());
    }
    let (x, y) = (plain_int(vm, &a[0]), plain_int(vm, &a[1]));
    int::int_binary(vm, &x, &y, BinaryOp::Power)
}

fn i_rpow(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    if !is_int(&a[1]) {
        return Ok(vm.not_implemented());
    }
    let (x, y) = (plain_int(vm, &a[1]), plain_int(vm, &a[0]));
    int::int_binary(vm, &x, &y, BinaryOp::Power)
}

fn i_divmod(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    if !is_int(&a[1]) {
        return Ok(vm.not_implemented());
    }
    let (x, y) = (plain_int(vm, &a[0]), plain_int(vm, &a[1]));
    let q = int::int_binary(vm, &x, &y, BinaryOp::FloorDivide)?;
    let r = int::int_binary(vm, &x, &y, BinaryOp::Remainder)?;
    Ok(vm.new_tuple(vec![q, r]))
}

fn i_neg(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let x = plain_int(vm, &a[0]);
    int::int_unary(vm, &x, "__neg__")
}
fn i_pos(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(plain_int(vm, &a[0]))
}
fn i_invert(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let x = plain_int(vm, &a[0]);
    int::int_unary(vm, &x, "__invert__")
}
fn i_abs(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let v = to_bigint(&a[0]).unwrap();
    Ok(vm.new_bigint(v.abs()))
}
fn i_bool(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let z = to_bigint(&a[0]).unwrap().is_zero();
    Ok(vm.new_bool(!z))
}
fn i_int(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(plain_int(vm, &a[0]))
}
fn i_float(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let f = as_f64(vm, &a[0])?.unwrap();
    Ok(vm.new_float(f))
}
fn i_hash(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let h = match &a[0].payload {
        Payload::Int(v) => crate::hash::hash_i64(*v),
        Payload::BigInt(b) => crate::hash::hash_bigint(b),
        _ => 0,
    };
    Ok(vm.new_int(h))
}
fn i_repr(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let s = vm.builtin_repr(&a[0])?;
    Ok(vm.new_str(s))
}
fn i_format(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("__format__", &a[1..], k, 1)?;
    let spec = vm.expect_str(&a[1], "format_spec")?;
    let s = crate::protocol::format::format_builtin(vm, &a[0], &spec)?;
    Ok(vm.new_str(s))
}

fn compare_numbers(vm: &mut Vm, a: &PyRef, b: &PyRef, op: CompareOp) -> PyResult {
    let ord = match (&a.payload, &b.payload) {
        (Payload::Int(_) | Payload::BigInt(_), Payload::Int(_) | Payload::BigInt(_)) => Some(to_bigint(a).unwrap().cmp(&to_bigint(b).unwrap())),
        (Payload::Float(_) | Payload::Int(_) | Payload::BigInt(_), Payload::Float(_) | Payload::Int(_) | Payload::BigInt(_)) => {
            match (a.payload.kind_name(), b.payload.kind_name()) {
                _ => compare_mixed(a, b),
            }
        }
        _ => return Ok(vm.not_implemented()),
    };
    use std::cmp::Ordering::*;
    let r = match ord {
        None => op == CompareOp::Ne,
        Some(o) => match op {
            CompareOp::Lt => o == Less,
            CompareOp::Le => o != Greater,
            CompareOp::Eq => o == Equal,
            CompareOp::Ne => o != Equal,
            CompareOp::Gt => o == Greater,
            CompareOp::Ge => o != Less,
        },
    };
    Ok(vm.new_bool(r))
}

/// Exact comparison of int/float mixes (no rounding through f64 for big ints).
fn compare_mixed(a: &PyRef, b: &PyRef) -> Option<std::cmp::Ordering> {
    fn val(o: &PyRef) -> Result<f64, BigInt> {
        match &o.payload {
            Payload::Float(f) => Ok(*f),
            Payload::Int(v) => Err(BigInt::from(*v)),
            Payload::BigInt(b) => Err((**b).clone()),
            _ => Ok(f64::NAN),
        }
    }
    match (val(a), val(b)) {
        (Ok(x), Ok(y)) => x.partial_cmp(&y),
        (Ok(x), Err(j)) => cmp_float_int(x, &j),
        (Err(i), Ok(y)) => cmp_float_int(y, &i).map(|o| o.reverse()),
        (Err(i), Err(j)) => Some(i.cmp(&j)),
    }
}

fn cmp_float_int(x: f64, i: &BigInt) -> Option<std::cmp::Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Less });
    }
    let fl = x.floor();
    let fi = <BigInt as num_traits::FromPrimitive>::from_f64(fl).unwrap_or_default();
    match fi.cmp(i) {
        std::cmp::Ordering::Equal => {
            if x > fl {
                Some(std::cmp::Ordering::Greater)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

macro_rules! cmp_fns {
    ($( $name:ident => $op:ident ),*) => {
        $(
            fn $name(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
                compare_numbers(vm, &a[0], &a[1], CompareOp::$op)
            }
        )*
    };
}
cmp_fns! { n_lt => Lt, n_le => Le, n_eq => Eq, n_ne => Ne, n_gt => Gt, n_ge => Ge }

fn i_bit_length(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let v = to_bigint(&a[0]).unwrap();
    Ok(vm.new_int(v.magnitude().bits() as i64))
}
fn i_bit_count(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let v = to_bigint(&a[0]).unwrap();
    let n: u64 = v.magnitude().to_u32_digits().iter().map(|d| d.count_ones() as u64).sum();
    Ok(vm.new_int(n as i64))
}
fn i_conjugate(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(plain_int(vm, &a[0]))
}
fn i_real(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(plain_int(vm, o))
}
fn i_imag(vm: &mut Vm, _o: &PyRef) -> PyResult {
    Ok(vm.new_int(0))
}
fn i_denominator(vm: &mut Vm, _o: &PyRef) -> PyResult {
    Ok(vm.new_int(1))
}
fn i_as_integer_ratio(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let x = plain_int(vm, &a[0]);
    Ok(vm.new_tuple(vec![x, vm.new_int(1)]))
}
fn i_round(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.range_args("__round__", &a[1..], k, 0, 1)?;
    let Some(nd) = a.get(1).filter(|n| !matches!(n.payload, Payload::None)) else { return Ok(plain_int(vm, &a[0])) };
    let nd = vm.index_value(nd)?;
    if nd >= 0 {
        return Ok(plain_int(vm, &a[0]));
    }
    // Round to a multiple of 10**-nd, half to even.
    let v = to_bigint(&a[0]).unwrap();
    let m = num_traits::pow::pow(BigInt::from(10), (-nd) as usize);
    let (q, r) = num_integer::Integer::div_mod_floor(&v, &m);
    let twice = &r * 2;
    let q = if twice > m || (twice == m && num_integer::Integer::is_odd(&q)) { q + 1 } else { q };
    Ok(vm.new_bigint(q * m))
}
fn i_to_bytes(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let b = vm.bind_args("to_bytes", &a[1..], k, &["length", "byteorder", "signed"], 0)?;
    let length = match &b[0] {
        Some(l) => vm.index_value(l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.new_value_error("length argument must be non-negative"));
    }
    let order = match &b[1] {
        Some(o) => vm.expect_str(o, "to_bytes() argument 'byteorder'")?,
        None => "big".into(),
    };
    if order != "big" && order != "little" {
        return Err(vm.new_value_error("byteorder must be either 'little' or 'big'"));
    }
    let signed = match &b[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let v = to_bigint(&a[0]).unwrap();
    if !signed && v.is_negative() {
        return Err(vm.new_overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { v.to_signed_bytes_le() } else { v.to_bytes_le().1 };
    if v.is_zero() {
        bytes.clear();
    }
    let fill = if signed && v.is_negative() { 0xff } else { 0 };
    // Trim redundant sign bytes, then check the fit.
    while bytes.len() > length as usize {
        let last = *bytes.last().unwrap();
        let prev_sign = bytes.len() >= 2 && (bytes[bytes.len() - 2] & 0x80 != 0) == (fill == 0xff);
        if last == fill && (!signed || prev_sign) {
            bytes.pop();
        } else {
            return Err(vm.new_overflow_error("int too big to convert"));
        }
    }
    bytes.resize(length as usize, fill);
    if order == "big" {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}
fn i_from_bytes(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let b = vm.bind_args("from_bytes", &a[1..], k, &["bytes", "byteorder", "signed"], 1)?;
    let data: Vec<u8> = match &b[0].as_ref().unwrap().payload {
        Payload::Bytes(x) => x.to_vec(),
        Payload::ByteArray(x) => x.borrow().clone(),
        _ => {
            let items = vm.collect_iterable(b[0].as_ref().unwrap())?;
            let mut out = Vec::new();
            for i in items {
                let v = vm.index_value(&i)?;
                if !(0..256).contains(&v) {
                    return Err(vm.new_value_error("bytes must be in range(0, 256)"));
                }
                out.push(v as u8);
            }
            out
        }
    };
    let order = match &b[1] {
        Some(o) => vm.expect_str(o, "from_bytes() argument 'byteorder'")?,
        None => "big".into(),
    };
    if order != "big" && order != "little" {
        return Err(vm.new_value_error("byteorder must be either 'little' or 'big'"));
    }
    let signed = match &b[2] {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    let v = if signed {
        if order == "big" { BigInt::from_signed_bytes_be(&data) } else { BigInt::from_signed_bytes_le(&data) }
    } else if order == "big" {
        BigInt::from_bytes_be(Sign::Plus, &data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    let r = vm.new_bigint(v);
    if !a[0].is(&vm.interp.types.int) {
        return vm.call(&a[0], &[r], &[]);
    }
    Ok(r)
}
fn i_index(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(plain_int(vm, &a[0]))
}
fn i_getnewargs(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let x = plain_int(vm, &a[0]);
    Ok(vm.new_tuple(vec![x]))
}

// ---- bool ----

fn b_repr(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let t = matches!(a[0].payload, Payload::Int(1));
    Ok(vm.new_str(if t { "True" } else { "False" }))
}

fn bool_logic(vm: &mut Vm, a: &[PyRef], op: BinaryOp) -> PyResult {
    let both_bool = a[0].class().is(&vm.interp.types.bool_) && a[1].class().is(&vm.interp.types.bool_);
    if !is_int(&a[1]) {
        return Ok(vm.not_implemented());
    }
    let (x, y) = (plain_int(vm, &a[0]), plain_int(vm, &a[1]));
    let r = int::int_binary(vm, &x, &y, op)?;
    if both_bool {
        let t = vm.is_true(&r)?;
        return Ok(vm.new_bool(t));
    }
    Ok(r)
}
fn b_and(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    bool_logic(vm, a, BinaryOp::And)
}
fn b_or(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    bool_logic(vm, a, BinaryOp::Or)
}
fn b_xor(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    bool_logic(vm, a, BinaryOp::Xor)
}

// ---- float ----

fn fval(o: &PyRef) -> f64 {
    match o.payload {
        Payload::Float(f) => f,
        _ => f64::NAN,
    }
}

macro_rules! float_binops {
    ($( $name:ident, $rname:ident => $op:ident ),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
                if !is_int(&a[1]) && !is_float(&a[1]) {
                    return Ok(vm.not_implemented());
                }
                let x = vm.new_float(fval(&a[0]));
                Ok(float_binary(vm, &x, &a[1], BinaryOp::$op)?.unwrap_or_else(|| vm.not_implemented()))
            }
            fn $rname(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
                if !is_int(&a[1]) && !is_float(&a[1]) {
                    return Ok(vm.not_implemented());
                }
                let x = vm.new_float(fval(&a[0]));
                let y = match as_f64(vm, &a[1])? { Some(f) => vm.new_float(f), None => return Ok(vm.not_implemented()) };
                Ok(float_binary(vm, &y, &x, BinaryOp::$op)?.unwrap_or_else(|| vm.not_implemented()))
            }
        )*
    };
}

float_binops! {
    f_add, f_radd => Add,
    f_sub, f_rsub => Subtract,
    f_mul, f_rmul => Multiply,
    f_truediv, f_rtruediv => TrueDivide,
    f_floordiv, f_rfloordiv => FloorDivide,
    f_mod, f_rmod => Remainder,
    f_pow, f_rpow => Power,
}

fn f_divmod(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let Some(y) = as_f64(vm, &a[1])? else { return Ok(vm.not_implemented()) };
    let x = fval(&a[0]);
    if y == 0.0 {
        return Err(vm.new_zero_division_error("float divmod()"));
    }
    let (q, r) = crate::objects::float::float_divmod(x, y);
    Ok(vm.new_tuple(vec![vm.new_float(q), vm.new_float(r)]))
}
fn f_neg(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(vm.new_float(-fval(&a[0])))
}
fn f_pos(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(vm.new_float(fval(&a[0])))
}
fn f_abs(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(vm.new_float(fval(&a[0]).abs()))
}
fn f_bool(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(vm.new_bool(fval(&a[0]) != 0.0))
}
fn f_float(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(vm.new_float(fval(&a[0])))
}
fn float_to_int(vm: &mut Vm, x: f64) -> PyResult {
    if x.is_nan() {
        return Err(vm.new_value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.new_overflow_error("cannot convert float infinity to integer"));
    }
    if x.abs() < 9.2e18 {
        return Ok(vm.new_int(x as i64));
    }
    Ok(vm.new_bigint(<BigInt as num_traits::FromPrimitive>::from_f64(x).unwrap_or_default()))
}
fn f_int(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    float_to_int(vm, fval(&a[0]).trunc())
}
fn f_floor(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    float_to_int(vm, fval(&a[0]).floor())
}
fn f_ceil(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    float_to_int(vm, fval(&a[0]).ceil())
}
fn f_hash(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let x = fval(&a[0]);
    let h = if x.is_nan() { crate::protocol::ops::default_hash(&a[0]) } else { crate::hash::hash_f64(x) };
    Ok(vm.new_int(h))
}
fn f_is_integer(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let x = fval(&a[0]);
    Ok(vm.new_bool(x.is_finite() && x.fract() == 0.0))
}
fn f_as_integer_ratio(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let x = fval(&a[0]);
    if x.is_nan() {
        return Err(vm.new_value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(vm.new_overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = x.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 { (bits & ((1 << 52) - 1)) << 1 } else { (bits & ((1 << 52) - 1)) | (1 << 52) };
    let mut num = BigInt::from(mant) * sign;
    let mut e = exp - 1075;
    let mut den = BigInt::from(1);
    if mant == 0 {
        return Ok(vm.new_tuple(vec![vm.new_int(0), vm.new_int(1)]));
    }
    let tz = mant.trailing_zeros() as i64;
    if e < 0 {
        let shift = tz.min(-e);
        num >>= shift as usize;
        e += shift;
        den <<= (-e) as usize;
    } else {
        num <<= e as usize;
    }
    Ok(vm.new_tuple(vec![vm.new_bigint(num), vm.new_bigint(den)]))
}
fn f_round(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.range_args("__round__", &a[1..], k, 0, 1)?;
    let x = fval(&a[0]);
    match a.get(1).filter(|n| !matches!(n.payload, Payload::None)) {
        None => {
            let r = x.round_ties_even();
            float_to_int(vm, r)
        }
        Some(n) => {
            let nd = vm.index_value(n)?;
            Ok(vm.new_float(round_to_digits(x, nd)))
        }
    }
}

/// round(x, nd) with correct half-even rounding on the exact decimal value.
pub fn round_to_digits(x: f64, nd: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if nd > 308 {
        return x;
    }
    if nd < -308 {
        return 0.0f64.copysign(x);
    }
    // Use the shortest-repr-independent exact expansion through formatting with
    // enough digits, then round half-even on the decimal string.
    let s = format!("{:.*e}", 40, x.abs());
    let (mant, exp) = s.split_once('e').unwrap();
    let exp: i64 = exp.parse().unwrap();
    let digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).map(|b| b - b'0').collect();
    // Position of the rounding digit: digits[keep] where keep = exp + 1 + nd.
    let keep = exp + 1 + nd;
    if keep < 0 {
        return 0.0f64.copysign(x);
    }
    let keep = keep as usize;
    if keep >= digits.len() {
        return x;
    }
    let mut kept: Vec<u8> = digits[..keep].to_vec();
    let rest = &digits[keep..];
    let half = rest[0] > 5 || (rest[0] == 5 && (rest[1..].iter().any(|d| *d != 0) || exact_tail_nonzero(x)) || (rest[0] == 5 && kept.last().map(|d| d % 2 == 1).unwrap_or(false) && rest[1..].iter().all(|d| *d == 0)));
    if half {
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, 1);
                break;
            }
            i -= 1;
            if kept[i] == 9 {
                kept[i] = 0;
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    let shift = kept.len() as i64 - keep as i64;
    let digits_str: String = kept.iter().map(|d| (d + b'0') as char).collect();
    let e10 = exp + shift - (digits_str.len() as i64 - 1);
    let r: f64 = format!("{}e{}", if digits_str.is_empty() { "0".into() } else { digits_str }, e10 - 0).parse::<f64>().unwrap_or(0.0);
    let r = if kept.is_empty() { 0.0 } else { r };
    r.copysign(x)
}

fn exact_tail_nonzero(_x: f64) -> bool {
    // 40 significant digits exceed the exact binary expansion's relevant part for
    // doubles in practice; a nonzero tail beyond it is not representable.
    false
}

fn f_repr(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(vm.new_str(crate::objects::float::float_repr(fval(&a[0]))))
}
fn f_hex(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let x = fval(&a[0]);
    Ok(vm.new_str(float_hex(x)))
}

pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    // CPython always prints all 13 hex digits of the mantissa.
    let hex = format!("{mant:013x}");
    format!("{sign}0x{lead}.{hex}p{}{}", if e < 0 { "-" } else { "+" }, e.abs())
}

fn f_fromhex(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let s = vm.expect_str(&a[1], "fromhex() argument")?;
    let t = s.trim().to_ascii_lowercase();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_string()),
    };
    let v = match t.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => {
            let body = t.strip_prefix("0x").unwrap_or(&t);
            let (m, e) = match body.split_once('p') {
                Some((m, e)) => (m.to_string(), e.parse::<i64>().ok()),
                None => (body.to_string(), Some(0)),
            };
            let (ip, fp) = m.split_once('.').map(|(a, b)| (a.to_string(), b.to_string())).unwrap_or((m.clone(), String::new()));
            match e {
                Some(e) if !(ip.is_empty() && fp.is_empty()) && ip.chars().chain(fp.chars()).all(|c| c.is_ascii_hexdigit()) => {
                    let mut v = 0f64;
                    for c in ip.chars() {
                        v = v * 16.0 + c.to_digit(16).unwrap() as f64;
                    }
                    let mut scale = 1.0 / 16.0;
                    for c in fp.chars() {
                        v += c.to_digit(16).unwrap() as f64 * scale;
                        scale /= 16.0;
                    }
                    Some(v * 2f64.powi(e as i32))
                }
                _ => None,
            }
        }
    };
    match v {
        Some(v) => {
            let v = if neg { -v } else { v };
            let r = vm.new_float(v);
            if a[0].is(&vm.interp.types.float) {
                Ok(r)
            } else {
                vm.call(&a[0], &[r], &[])
            }
        }
        None => Err(vm.new_value_error("invalid hexadecimal floating-point string")),
    }
}
fn f_conjugate(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(vm.new_float(fval(&a[0])))
}
fn f_real(vm: &mut Vm, o: &PyRef) -> PyResult {
    Ok(vm.new_float(fval(o)))
}
fn f_imag(vm: &mut Vm, _o: &PyRef) -> PyResult {
    Ok(vm.new_float(0.0))
}
fn f_getnewargs(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(vm.new_tuple(vec![vm.new_float(fval(&a[0]))]))
}

// ---- builtins ----

pub fn round(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let b = vm.bind_args("round", a, k, &["number", "ndigits"], 1)?;
    let x = b[0].clone().unwrap();
    match vm.lookup_special(&x, "__round__")? {
        Some(m) => match &b[1] {
            Some(n) => vm.call(&m, &[n.clone()], &[]),
            None => vm.call(&m, &[], &[]),
        },
        None => Err(vm.new_type_error(format!("type {} doesn't define __round__ method", typeobj::obj_type_name(&x)))),
    }
}

pub fn pow(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let b = vm.bind_args("pow", a, k, &["base", "exp", "mod"], 2)?;
    let (x, y) = (b[0].clone().unwrap(), b[1].clone().unwrap());
    match b[2].clone().filter(|m| !matches!(m.payload, Payload::None)) {
        None => vm.binary_op(&x, &y, BinaryOp::Power),
        Some(m) => {
            if is_int(&x) && is_int(&y) && is_int(&m) {
                return int::int_pow_mod(vm, &to_bigint(&x).unwrap(), &to_bigint(&y).unwrap(), &to_bigint(&m).unwrap());
            }
            if let Some(f) = vm.lookup_special(&x, "__pow__")? {
                let r = vm.call(&f, &[y.clone(), m.clone()], &[])?;
                if !matches!(r.payload, Payload::NotImplemented) {
                    return Ok(r);
                }
            }
            if is_float(&x) || is_float(&y) || is_float(&m) {
                return Err(vm.new_type_error("pow() 3rd argument not allowed unless all arguments are integers"));
            }
            Err(vm.new_type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                typeobj::obj_type_name(&x),
                typeobj::obj_type_name(&y),
                typeobj::obj_type_name(&m)
            )))
        }
    }
}

fn radix(vm: &mut Vm, a: &[PyRef], k: &[PyRef], name: &str, base: u32, prefix: &str) -> PyResult {
    vm.exact_args(name, a, k, 1)?;
    let v = match &a[0].payload {
        Payload::Int(_) | Payload::BigInt(_) => to_bigint(&a[0]).unwrap(),
        _ => BigInt::from(vm.index_value(&a[0])?),
    };
    let s = v.magnitude().to_str_radix(base);
    Ok(vm.new_str(format!("{}{prefix}{s}", if v.is_negative() { "-" } else { "" })))
}
pub fn bin(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    radix(vm, a, k, "bin", 2, "0b")
}
pub fn oct(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    radix(vm, a, k, "oct", 8, "0o")
}
pub fn hex(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    radix(vm, a, k, "hex", 16, "0x")
}

pub fn init(vm: &mut Vm) {
    let interp = vm.interp;
    let t = &interp.types;
    let i = &t.int;
    let ops: &[(&'static str, crate::object::NativeFn)] = &[
        ("__add__", i_add), ("__radd__", i_radd), ("__sub__", i_sub), ("__rsub__", i_rsub),
        ("__mul__", i_mul), ("__rmul__", i_rmul), ("__floordiv__", i_floordiv), ("__rfloordiv__", i_rfloordiv),
        ("__mod__", i_mod), ("__rmod__", i_rmod), ("__truediv__", i_truediv), ("__rtruediv__", i_rtruediv),
        ("__lshift__", i_lshift), ("__rlshift__", i_rlshift), ("__rshift__", i_rshift), ("__rrshift__", i_rrshift),
        ("__and__", i_and), ("__rand__", i_rand), ("__or__", i_or), ("__ror__", i_ror), ("__xor__", i_xor), ("__rxor__", i_rxor),
        ("__pow__", i_pow), ("__rpow__", i_rpow), ("__divmod__", i_divmod),
        ("__neg__", i_neg), ("__pos__", i_pos), ("__invert__", i_invert), ("__abs__", i_abs), ("__bool__", i_bool),
        ("__int__", i_int), ("__float__", i_float), ("__index__", i_index), ("__trunc__", i_int), ("__floor__", i_int), ("__ceil__", i_int),
        ("__round__", i_round), ("__hash__", i_hash), ("__repr__", i_repr), ("__format__", i_format),
        ("__lt__", n_lt), ("__le__", n_le), ("__eq__", n_eq), ("__ne__", n_ne), ("__gt__", n_gt), ("__ge__", n_ge),
        ("bit_length", i_bit_length), ("bit_count", i_bit_count), ("conjugate", i_conjugate), ("as_integer_ratio", i_as_integer_ratio),
        ("to_bytes", i_to_bytes), ("__getnewargs__", i_getnewargs),
    ];
    for (n, f) in ops {
        vm.add_method(i, n, *f);
    }
    vm.add_classmethod(i, "from_bytes", i_from_bytes);
    vm.add_getset(i, "real", i_real, None);
    vm.add_getset(i, "imag", i_imag, None);
    vm.add_getset(i, "numerator", i_real, None);
    vm.add_getset(i, "denominator", i_denominator, None);
    let b = &t.bool_;
    vm.add_method(b, "__repr__", b_repr);
    vm.add_method(b, "__and__", b_and);
    vm.add_method(b, "__rand__", b_and);
    vm.add_method(b, "__or__", b_or);
    vm.add_method(b, "__ror__", b_or);
    vm.add_method(b, "__xor__", b_xor);
    vm.add_method(b, "__rxor__", b_xor);
    let f = &t.float;
    let fops: &[(&'static str, crate::object::NativeFn)] = &[
        ("__add__", f_add), ("__radd__", f_radd), ("__sub__", f_sub), ("__rsub__", f_rsub),
        ("__mul__", f_mul), ("__rmul__", f_rmul), ("__truediv__", f_truediv), ("__rtruediv__", f_rtruediv),
        ("__floordiv__", f_floordiv), ("__rfloordiv__", f_rfloordiv), ("__mod__", f_mod), ("__rmod__", f_rmod),
        ("__pow__", f_pow), ("__rpow__", f_rpow), ("__divmod__", f_divmod),
        ("__neg__", f_neg), ("__pos__", f_pos), ("__abs__", f_abs), ("__bool__", f_bool),
        ("__int__", f_int), ("__float__", f_float), ("__trunc__", f_int), ("__floor__", f_floor), ("__ceil__", f_ceil),
        ("__round__", f_round), ("__hash__", f_hash), ("__repr__", f_repr), ("__format__", i_format),
        ("__lt__", n_lt), ("__le__", n_le), ("__eq__", n_eq), ("__ne__", n_ne), ("__gt__", n_gt), ("__ge__", n_ge),
        ("is_integer", f_is_integer), ("as_integer_ratio", f_as_integer_ratio), ("hex", f_hex), ("conjugate", f_conjugate),
        ("__getnewargs__", f_getnewargs),
    ];
    for (n, fun) in fops {
        vm.add_method(f, n, *fun);
    }
    vm.add_classmethod(f, "fromhex", f_fromhex);
    vm.add_getset(f, "real", f_real, None);
    vm.add_getset(f, "imag", f_imag, None);
}
