//! `int` arithmetic: an inline i64 fast path, promoted to `num_bigint` on overflow.
//! CPython: Objects/longobject.c.

use crate::object::{Payload, PyRef};
use crate::{PyResult, Vm};
use ferrython_bytecode::BinaryOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// The value of an int (or bool) object as a bignum.
pub fn to_bigint(o: &PyRef) -> Option<BigInt> {
    match &o.payload {
        Payload::Int(v) => Some(BigInt::from(*v)),
        Payload::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// The value as i64 when it fits.
pub fn to_i64(o: &PyRef) -> Option<i64> {
    match &o.payload {
        Payload::Int(v) => Some(*v),
        Payload::BigInt(b) => b.to_i64(),
        _ => None,
    }
}

/// `a op b` for two ints.
pub fn int_binary(vm: &mut Vm, a: &PyRef, b: &PyRef, op: BinaryOp) -> PyResult {
    if let (Payload::Int(x), Payload::Int(y)) = (&a.payload, &b.payload) {
        let (x, y) = (*x, *y);
        let fast = match op.base() {
            BinaryOp::Add => x.checked_add(y),
            BinaryOp::Subtract => x.checked_sub(y),
            BinaryOp::Multiply => x.checked_mul(y),
            BinaryOp::And => Some(x & y),
            BinaryOp::Or => Some(x | y),
            BinaryOp::Xor => Some(x ^ y),
            BinaryOp::FloorDivide if y != 0 => x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y)).filter(|_| !(x == i64::MIN && y == -1)),
            BinaryOp::Remainder if y != 0 => Some(x.mod_floor(&y)),
            BinaryOp::Lshift if (0..63).contains(&y) => x.checked_shl(y as u32).filter(|r| r >> y == x),
            BinaryOp::Rshift if y >= 0 => Some(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y }),
            _ => None,
        };
        if let Some(r) = fast {
            return Ok(vm.new_int(r));
        }
    }
    let x = to_bigint(a).unwrap();
    let y = to_bigint(b).unwrap();
    big_binary(vm, x, y, op)
}

fn big_binary(vm: &mut Vm, x: BigInt, y: BigInt, op: BinaryOp) -> PyResult {
    let r = match op.base() {
        BinaryOp::Add => x + y,
        BinaryOp::Subtract => x - y,
        BinaryOp::Multiply => x * y,
        BinaryOp::And => x & y,
        BinaryOp::Or => x | y,
        BinaryOp::Xor => x ^ y,
        BinaryOp::FloorDivide => {
            if y.is_zero() {
                return Err(vm.new_zero_division_error("integer division or modulo by zero"));
            }
            x.div_floor(&y)
        }
        BinaryOp::Remainder => {
            if y.is_zero() {
                return Err(vm.new_zero_division_error("integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        BinaryOp::TrueDivide => return true_divide(vm, &x, &y),
        BinaryOp::Power => return int_pow(vm, &x, &y),
        BinaryOp::Lshift => {
            if y.is_negative() {
                return Err(vm.new_value_error("negative shift count"));
            }
            let s = y.to_usize().ok_or_else(|| vm.new_overflow_error("too many digits in integer"))?;
            x << s
        }
        BinaryOp::Rshift => {
            if y.is_negative() {
                return Err(vm.new_value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => {
                    // Floor semantics for negatives.
                    if x.is_negative() {
                        -((-x - 1u32) >> s) - 1u32
                    } else {
                        x >> s
                    }
                }
                None => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinaryOp::MatrixMultiply => {
            let (a, b) = (vm.new_bigint(x), vm.new_bigint(y));
            return Err(vm.unsupported_operand(op.symbol(), &a, &b));
        }
        _ => unreachable!(),
    };
    Ok(vm.new_bigint(r))
}

/// int / int, correctly rounded.
fn true_divide(vm: &mut Vm, x: &BigInt, y: &BigInt) -> PyResult {
    if y.is_zero() {
        return Err(vm.new_zero_division_error("division by zero"));
    }
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
        if a.abs() < (1 << 53) && b.abs() < (1 << 53) {
            return Ok(vm.new_float(a as f64 / b as f64));
        }
    }
    match crate::objects::float::bigint_ratio_to_f64(x, y) {
        Some(f) => Ok(vm.new_float(f)),
        None => Err(vm.new_overflow_error("integer division result too large for a float")),
    }
}

fn int_pow(vm: &mut Vm, x: &BigInt, y: &BigInt) -> PyResult {
    if y.is_negative() {
        let xf = big_to_f64(vm, x)?;
        let yf = big_to_f64(vm, y)?;
        if xf == 0.0 {
            return Err(vm.new_zero_division_error("0.0 cannot be raised to a negative power"));
        }
        return Ok(vm.new_float(xf.powf(yf)));
    }
    let e = match y.to_u32() {
        Some(e) => e,
        None => {
            if x.is_zero() || x == &BigInt::from(1) {
                return Ok(vm.new_bigint(x.clone()));
            }
            if x == &BigInt::from(-1) {
                return Ok(vm.new_int(if y.is_even() { 1 } else { -1 }));
            }
            return Err(vm.new_overflow_error("exponent too large"));
        }
    };
    Ok(vm.new_bigint(num_traits::pow::pow(x.clone(), e as usize)))
}

/// Three-argument `pow(x, y, m)`.
pub fn int_pow_mod(vm: &mut Vm, x: &BigInt, y: &BigInt, m: &BigInt) -> PyResult {
    if m.is_zero() {
        return Err(vm.new_value_error("pow() 3rd argument cannot be 0"));
    }
    let mut base = x.clone();
    let mut exp = y.clone();
    if exp.is_negative() {
        // Modular inverse.
        let g = base.extended_gcd(m);
        if !g.gcd.abs().eq(&BigInt::from(1)) {
            return Err(vm.new_value_error("base is not invertible for the given modulus"));
        }
        base = g.x.mod_floor(m);
        exp = -exp;
    }
    let r = base.modpow(&exp, &m.abs());
    let r = if m.is_negative() && !r.is_zero() { r + m } else { r };
    Ok(vm.new_bigint(r))
}

pub fn big_to_f64(vm: &Vm, x: &BigInt) -> PyResult<f64> {
    match x.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.new_overflow_error("int too large to convert to float")),
    }
}

/// Unary operators on ints.
pub fn int_unary(vm: &mut Vm, a: &PyRef, dunder: &str) -> PyResult {
    if let Payload::Int(x) = a.payload {
        match dunder {
            "__neg__" => {
                if let Some(r) = x.checked_neg() {
                    return Ok(vm.new_int(r));
                }
            }
            "__pos__" => return Ok(vm.new_int(x)),
            "__invert__" => return Ok(vm.new_int(!x)),
            _ => {}
        }
    }
    let x = to_bigint(a).unwrap();
    Ok(vm.new_bigint(match dunder {
        "__neg__" => -x,
        "__pos__" => x,
        _ => -x - 1u32,
    }))
}

/// repr of an int, honouring the 4300-digit limit.
pub fn int_repr(vm: &Vm, o: &PyRef) -> PyResult<String> {
    match &o.payload {
        Payload::Int(v) => Ok(v.to_string()),
        Payload::BigInt(b) => {
            let limit = vm.interp.config.borrow().int_max_str_digits;
            let bits = b.bits();
            // Quick bound before the expensive conversion: digits >= bits*log10(2).
            if limit > 0 && (bits as f64 * std::f64::consts::LOG10_2) as usize > limit + 1 {
                return Err(vm.new_value_error(format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
            let s = b.to_string();
            let digits = s.trim_start_matches('-').len();
            if limit > 0 && digits > limit {
                return Err(vm.new_value_error(format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
            Ok(s)
        }
        _ => Ok(String::new()),
    }
}
