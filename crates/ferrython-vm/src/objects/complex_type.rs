//! `complex`: constructor, arithmetic with int/float/complex, comparisons, hash.
//! CPython: Objects/complexobject.c.

use crate::object::{Payload, PyRef};
use crate::objects::typeobj;
use crate::{PyResult, Vm};

/// (re, im) of a number operand, None for other types.
fn parts(vm: &Vm, o: &PyRef) -> PyResult<Option<(f64, f64)>> {
    Ok(match &o.payload {
        Payload::Complex(r, i) => Some((*r, *i)),
        _ => crate::objects::float::as_f64(vm, o)?.map(|x| (x, 0.0)),
    })
}

fn mk(vm: &mut Vm, r: f64, i: f64) -> PyRef {
    PyRef::new(&vm.interp.types.complex, Payload::Complex(r, i))
}

fn div(vm: &mut Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (ar, ai) = a;
    let (br, bi) = b;
    if br == 0.0 && bi == 0.0 {
        return Err(vm.new_zero_division_error("complex division by zero"));
    }
    // Smith's algorithm, as CPython's _Py_c_quot.
    if br.abs() >= bi.abs() {
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Ok(((ar + ai * ratio) / denom, (ai - ar * ratio) / denom))
    } else {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Ok(((ar * ratio + ai) / denom, (ai * ratio - ar) / denom))
    }
}

fn pow(vm: &mut Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(vm.new_zero_division_error("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    // Small integer exponents by repeated multiplication (as CPython does).
    if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let mut r = (1.0, 0.0);
        let mut base = a;
        let mut e = n.unsigned_abs();
        while e > 0 {
            if e & 1 == 1 {
                r = (r.0 * base.0 - r.1 * base.1, r.0 * base.1 + r.1 * base.0);
            }
            base = (base.0 * base.0 - base.1 * base.1, 2.0 * base.0 * base.1);
            e >>= 1;
        }
        if n < 0 {
            return div(vm, (1.0, 0.0), r);
        }
        return Ok(r);
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn binop(vm: &mut Vm, a: &[PyRef], op: char, reflected: bool) -> PyResult {
    let (Some(x), Some(y)) = (parts(vm, &a[0])?, parts(vm, &a[1])?) else { return Ok(vm.not_implemented()) };
    let (x, y) = if reflected { (y, x) } else { (x, y) };
    let (r, i) = match op {
        '+' => (x.0 + y.0, x.1 + y.1),
        '-' => (x.0 - y.0, x.1 - y.1),
        '*' => (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0),
        '/' => div(vm, x, y)?,
        _ => pow(vm, x, y)?,
    };
    Ok(mk(vm, r, i))
}

macro_rules! ops {
    ($( $f:ident, $rf:ident => $op:literal; )*) => {
        $(
            fn $f(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult { binop(vm, a, $op, false) }
            fn $rf(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult { binop(vm, a, $op, true) }
        )*
    };
}

ops! {
    c_add, c_radd => '+';
    c_sub, c_rsub => '-';
    c_mul, c_rmul => '*';
    c_truediv, c_rtruediv => '/';
    c_pow, c_rpow => '^';
}

fn c_eq(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    match (parts(vm, &a[0])?, parts(vm, &a[1])?) {
        (Some(x), Some(y)) => Ok(vm.new_bool(x == y)),
        _ => Ok(vm.not_implemented()),
    }
}

fn c_ne(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    match (parts(vm, &a[0])?, parts(vm, &a[1])?) {
        (Some(x), Some(y)) => Ok(vm.new_bool(x != y)),
        _ => Ok(vm.not_implemented()),
    }
}

fn c_order(vm: &mut Vm, _a: &[PyRef], _k: &[PyRef]) -> PyResult {
    Ok(vm.not_implemented())
}

fn c_neg(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let (r, i) = parts(vm, &a[0])?.unwrap_or_default();
    Ok(mk(vm, -r, -i))
}

fn c_pos(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let (r, i) = parts(vm, &a[0])?.unwrap_or_default();
    Ok(mk(vm, r, i))
}

fn c_abs(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let (r, i) = parts(vm, &a[0])?.unwrap_or_default();
    let h = r.hypot(i);
    if h.is_infinite() && r.is_finite() && i.is_finite() {
        return Err(vm.new_overflow_error("absolute value too large"));
    }
    Ok(vm.new_float(h))
}

fn c_bool(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let (r, i) = parts(vm, &a[0])?.unwrap_or_default();
    Ok(vm.new_bool(r != 0.0 || i != 0.0))
}

fn c_hash(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let (r, i) = parts(vm, &a[0])?.unwrap_or_default();
    let hr = crate::hash::hash_f64(r);
    let hi = crate::hash::hash_f64(i);
    let mut h = hr.wrapping_add(hi.wrapping_mul(1_000_003));
    if h == -1 {
        h = -2;
    }
    Ok(vm.new_int(h))
}

fn c_conjugate(vm: &mut Vm, a: &[PyRef], _k: &[PyRef]) -> PyResult {
    let (r, i) = parts(vm, &a[0])?.unwrap_or_default();
    Ok(mk(vm, r, -i))
}

fn g_real(vm: &mut Vm, o: &PyRef) -> PyResult {
    let (r, _) = parts(vm, o)?.unwrap_or_default();
    Ok(vm.new_float(r))
}

fn g_imag(vm: &mut Vm, o: &PyRef) -> PyResult {
    let (_, i) = parts(vm, o)?.unwrap_or_default();
    Ok(vm.new_float(i))
}

/// Parses "1+2j", "(3-4.5j)", "2j", "-1.5", "inf+nanj".
fn parse(s: &str) -> Option<(f64, f64)> {
    let mut t = s.trim();
    if t.starts_with('(') && t.ends_with(')') {
        t = t[1..t.len() - 1].trim();
    }
    let t = t.replace('_', "");
    let t = t.as_str();
    let num = |x: &str| -> Option<f64> {
        match x {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => x.parse::<f64>().ok(),
        }
    };
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts: the last +/- not after 'e'.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        return match split {
            Some(i) => Some((body[..i].parse::<f64>().ok()?, num(&body[i..])?)),
            None => Some((0.0, num(body)?)),
        };
    }
    Some((t.parse::<f64>().ok()?, 0.0))
}

fn c_new(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let cls = a[0].clone();
    let p = vm.bind_args("complex", &a[1..], k, &["real", "imag"], 0)?;
    let (mut r, mut i) = (0.0, 0.0);
    if let Some(x) = &p[0] {
        if let Some(s) = x.as_str() {
            if p[1].is_some() {
                return Err(vm.new_type_error("complex() can't take second arg if first is a string"));
            }
            let (pr, pi) = parse(s.as_str()).ok_or_else(|| vm.new_value_error("complex() arg is a malformed string"))?;
            return Ok(PyRef::new(&cls, Payload::Complex(pr, pi)));
        }
        match parts(vm, x)? {
            Some((a, b)) => {
                r = a;
                i = b;
            }
            None => match vm.lookup_special(x, "__complex__")? {
                Some(m) => {
                    let c = vm.call(&m, &[], &[])?;
                    let (a, b) = parts(vm, &c)?.unwrap_or_default();
                    r = a;
                    i = b;
                }
                None => {
                    return Err(vm.new_type_error(format!(
                        "complex() first argument must be a string or a number, not '{}'",
                        typeobj::obj_type_name(x)
                    )))
                }
            },
        }
    }
    if let Some(y) = &p[1] {
        if y.as_str().is_some() {
            return Err(vm.new_type_error("complex() second arg can't be a string"));
        }
        let Some((yr, yi)) = parts(vm, y)? else {
            return Err(vm.new_type_error(format!(
                "complex() second argument must be a number, not '{}'",
                typeobj::obj_type_name(y)
            )));
        };
        r -= yi;
        i += yr;
    }
    Ok(PyRef::new(&cls, Payload::Complex(r, i)))
}

pub fn init(vm: &mut Vm) {
    let t = vm.interp.types.complex.clone();
    let methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("__add__", c_add),
        ("__radd__", c_radd),
        ("__sub__", c_sub),
        ("__rsub__", c_rsub),
        ("__mul__", c_mul),
        ("__rmul__", c_rmul),
        ("__truediv__", c_truediv),
        ("__rtruediv__", c_rtruediv),
        ("__pow__", c_pow),
        ("__rpow__", c_rpow),
        ("__eq__", c_eq),
        ("__ne__", c_ne),
        ("__lt__", c_order),
        ("__le__", c_order),
        ("__gt__", c_order),
        ("__ge__", c_order),
        ("__neg__", c_neg),
        ("__pos__", c_pos),
        ("__abs__", c_abs),
        ("__bool__", c_bool),
        ("__hash__", c_hash),
        ("conjugate", c_conjugate),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
    vm.add_new(&t, c_new);
    vm.add_getset(&t, "real", g_real, None);
    vm.add_getset(&t, "imag", g_imag, None);
}
