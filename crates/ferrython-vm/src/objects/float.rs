//! `float` arithmetic and repr. CPython: Objects/floatobject.c.

use crate::object::{Payload, PyRef};
use crate::objects::int;
use crate::{PyResult, Vm};
use ferrython_bytecode::BinaryOp;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// The float value of a float, int or bool (ints may overflow).
pub fn as_f64(vm: &Vm, o: &PyRef) -> PyResult<Option<f64>> {
    Ok(match &o.payload {
        Payload::Float(x) => Some(*x),
        Payload::Int(v) => Some(*v as f64),
        Payload::BigInt(b) => Some(int::big_to_f64(vm, b)?),
        _ => None,
    })
}

/// float op float/int (one side at least a float). None when not applicable.
pub fn float_binary(vm: &mut Vm, a: &PyRef, b: &PyRef, op: BinaryOp) -> PyResult<Option<PyRef>> {
    let (Some(x), Some(y)) = (as_f64(vm, a)?, as_f64(vm, b)?) else { return Ok(None) };
    let r = match op.base() {
        BinaryOp::Add => x + y,
        BinaryOp::Subtract => x - y,
        BinaryOp::Multiply => x * y,
        BinaryOp::TrueDivide => {
            if y == 0.0 {
                return Err(vm.new_zero_division_error("float division by zero"));
            }
            x / y
        }
        BinaryOp::FloorDivide => {
            if y == 0.0 {
                return Err(vm.new_zero_division_error("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinaryOp::Remainder => {
            if y == 0.0 {
                return Err(vm.new_zero_division_error("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinaryOp::Power => return float_pow(vm, x, y).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(vm.new_float(r)))
}

/// Python's float divmod (floor semantics, sign of the divisor).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn float_pow(vm: &mut Vm, x: f64, y: f64) -> PyResult {
    if x == 0.0 && y < 0.0 {
        return Err(vm.new_zero_division_error("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // Negative base with a fractional exponent gives a complex result.
        let (r, theta) = ((-x).ln() * y, std::f64::consts::PI * y);
        let m = r.exp();
        return Ok(vm.new_complex(m * theta.cos(), m * theta.sin()));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.new_overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(vm.new_float(r))
}

/// x / y for bignums, rounded correctly enough for common cases (exact when both fit
/// in 53 bits; otherwise scaled so the quotient keeps 64 significant bits).
pub fn bigint_ratio_to_f64(x: &BigInt, y: &BigInt) -> Option<f64> {
    if y.is_zero() {
        return None;
    }
    let neg = x.is_negative() != y.is_negative();
    let (x, y) = (x.abs(), y.abs());
    let shift = x.bits() as i64 - y.bits() as i64 - 64;
    let q = if shift > 0 { &x / (&y << shift as usize) } else { (&x << (-shift) as usize) / &y };
    let qf = q.to_f64()?;
    let r = qf * 2f64.powi(shift as i32);
    if !r.is_finite() {
        return None;
    }
    Some(if neg { -r } else { r })
}

/// `repr(float)`: shortest round-trip digits, laid out as CPython does.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    // `{:e}` yields the shortest round-trip digits: "d.ddde[-]x". Several strings of
    // that length can round-trip, and Rust does not always pick the closest one;
    // CPython's is the correctly rounded one, which `{:.Ne}` gives (round half to
    // even on the exact binary value) — used when it round-trips too.
    let mut e = format!("{:e}", x);
    let n = e.split_once('e').map_or(0, |(m, _)| m.chars().filter(|c| c.is_ascii_digit()).count());
    if n > 1 {
        let closest = format!("{:.*e}", n - 1, x);
        if closest.parse::<f64>().ok() == Some(x) {
            e = closest;
        }
    }
    let (mant, exp) = e.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let (sign, mant) = if let Some(m) = mant.strip_prefix('-') { ("-", m) } else { ("", mant) };
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        let s = if exp >= 0 {
            let int_len = exp + 1;
            if n <= int_len {
                format!("{}{}.0", digits, "0".repeat((int_len - n) as usize))
            } else {
                format!("{}.{}", &digits[..int_len as usize], &digits[int_len as usize..])
            }
        } else {
            format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        };
        format!("{sign}{s}")
    } else {
        let m = if digits.len() > 1 { format!("{}.{}", &digits[..1], &digits[1..]) } else { digits.clone() };
        let es = if exp < 0 { format!("-{:02}", -exp) } else { format!("+{:02}", exp) };
        format!("{sign}{m}e{es}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn repr_matches_cpython_layout() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(1.5e-7), "1.5e-07");
        assert_eq!(float_repr(123456789012345.6), "123456789012345.6");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(-2.5), "-2.5");
        assert_eq!(float_repr(1e22), "1e+22");
        assert_eq!(float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
    }
}
