//! The `math` module. CPython: Modules/mathmodule.c (semantics and messages;
//! special functions come from the C library through `libc`).

use crate::args::positional;
use crate::object::{Payload, PyRef};
use crate::objects::int::to_bigint;
use crate::objects::typeobj;
use crate::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A float argument (ints and objects with `__float__`/`__index__` accepted).
fn arg_f64(vm: &mut Vm, o: &PyRef) -> PyResult<f64> {
    if let Some(x) = crate::objects::float::as_f64(vm, o)? {
        return Ok(x);
    }
    if let Some(m) = vm.lookup_special(o, "__float__")? {
        let r = vm.call(&m, &[], &[])?;
        if let Payload::Float(x) = r.payload {
            return Ok(x);
        }
    }
    if let Some(m) = vm.lookup_special(o, "__index__")? {
        let r = vm.call(&m, &[], &[])?;
        if let Some(x) = crate::objects::float::as_f64(vm, &r)? {
            return Ok(x);
        }
    }
    Err(vm.new_type_error(format!("must be real number, not {}", typeobj::obj_type_name(o))))
}

fn arg_int(vm: &mut Vm, o: &PyRef) -> PyResult<BigInt> {
    if let Some(b) = to_bigint(o) {
        return Ok(b);
    }
    if let Some(m) = vm.lookup_special(o, "__index__")? {
        let r = vm.call(&m, &[], &[])?;
        if let Some(b) = to_bigint(&r) {
            return Ok(b);
        }
    }
    Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", typeobj::obj_type_name(o))))
}

fn int_result(vm: &mut Vm, b: BigInt) -> PyRef {
    match b.to_i64() {
        Some(v) => vm.new_int(v),
        None => vm.new_bigint(b),
    }
}

fn domain(vm: &Vm) -> PyRef {
    vm.new_value_error("math domain error")
}

fn range(vm: &Vm) -> PyRef {
    vm.new_overflow_error("math range error")
}

/// Applies a libm-style function with CPython's error rules: NaN from a non-NaN
/// argument is a domain error; an infinite result from a finite argument is a
/// range error (or a domain error for the functions CPython treats that way).
fn unary(vm: &mut Vm, a: &[PyRef], k: &[PyRef], name: &str, f: fn(f64) -> f64, inf_is_domain: bool) -> PyResult {
    vm.exact_args(name, a, k, 1)?;
    let x = arg_f64(vm, &a[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if inf_is_domain { domain(vm) } else { range(vm) });
    }
    Ok(vm.new_float(r))
}

macro_rules! unary_fns {
    ($( $name:ident => $f:expr, $inf_domain:expr; )*) => {
        $(
            fn $name(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
                unary(vm, a, k, stringify!($name), $f, $inf_domain)
            }
        )*
    };
}

fn c_erf(x: f64) -> f64 {
    // SAFETY: pure libm function.
    unsafe { libc_erf(x) }
}
fn c_cbrt(x: f64) -> f64 {
    // SAFETY: pure libm function.
    unsafe { libc_cbrt(x) }
}
fn c_erfc(x: f64) -> f64 {
    // SAFETY: pure libm function.
    unsafe { libc_erfc(x) }
}

extern "C" {
    #[link_name = "erf"]
    fn libc_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn libc_erfc(x: f64) -> f64;
    #[link_name = "tgamma"]
    fn libc_tgamma(x: f64) -> f64;
    #[link_name = "lgamma"]
    fn libc_lgamma(x: f64) -> f64;
    #[link_name = "cbrt"]
    fn libc_cbrt(x: f64) -> f64;
    #[link_name = "nextafter"]
    fn libc_nextafter(x: f64, y: f64) -> f64;
}

unary_fns! {
    sqrt => f64::sqrt, false;
    exp => f64::exp, false;
    exp2 => f64::exp2, false;
    expm1 => f64::exp_m1, false;
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, false;
    cosh => f64::cosh, false;
    tanh => f64::tanh, false;
    asinh => f64::asinh, false;
    acosh => f64::acosh, false;
    atanh => f64::atanh, true;
    log2 => f64::log2, true;
    log10 => f64::log10, true;
    log1p => f64::ln_1p, true;
    cbrt => c_cbrt, false;
    fabs => f64::abs, false;
    erf => c_erf, false;
    erfc => c_erfc, false;
    degrees => f64::to_degrees, false;
    radians => f64::to_radians, false;
}

fn gamma(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("gamma", a, k, 1)?;
    let x = arg_f64(vm, &a[0])?;
    if x.is_finite() && (x == 0.0 || (x < 0.0 && x == x.floor())) {
        return Err(domain(vm));
    }
    if x == f64::NEG_INFINITY {
        return Err(domain(vm));
    }
    // SAFETY: pure libm function.
    let r = unsafe { libc_tgamma(x) };
    if r.is_infinite() && x.is_finite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

fn lgamma(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("lgamma", a, k, 1)?;
    let x = arg_f64(vm, &a[0])?;
    if x.is_finite() && x <= 0.0 && x == x.floor() {
        return Err(domain(vm));
    }
    // SAFETY: pure libm function.
    let r = unsafe { libc_lgamma(x) };
    if r.is_infinite() && x.is_finite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

/// ln of a float or of an arbitrarily large int.
fn ln_of(vm: &mut Vm, o: &PyRef) -> PyResult<f64> {
    if let Payload::BigInt(b) = &o.payload {
        if b.sign() != num_bigint::Sign::Plus {
            return Err(domain(vm));
        }
        // Ints too big for a float: ln(m * 2**e) = ln(m) + e*ln(2) with m in [0.5, 1).
        if let Ok(x) = crate::objects::int::big_to_f64(vm, b) {
            return Ok(x.ln());
        }
        let e = b.bits();
        let shift = e.saturating_sub(64);
        let top = (&**b >> shift).to_f64().unwrap_or(f64::MAX);
        let m = top / 2f64.powi((e - shift) as i32);
        return Ok(m.ln() + 2f64.ln() * e as f64);
    }
    let x = arg_f64(vm, o)?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(x.ln())
}

fn log(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.range_args("log", a, k, 1, 2)?;
    let num = ln_of(vm, &a[0])?;
    match a.get(1) {
        None => Ok(vm.new_float(num)),
        Some(b) => {
            let den = ln_of(vm, b)?;
            if den == 0.0 {
                return Err(vm.new_zero_division_error("float division by zero"));
            }
            Ok(vm.new_float(num / den))
        }
    }
}

fn pow_(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("pow", a, k, 2)?;
    let x = arg_f64(vm, &a[0])?;
    let y = arg_f64(vm, &a[1])?;
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor() {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

fn binary_f(vm: &mut Vm, a: &[PyRef], k: &[PyRef], name: &str) -> PyResult<(f64, f64)> {
    vm.no_kwargs(name, k)?;
    if a.len() != 2 {
        return Err(vm.new_type_error(format!("{name} expected 2 arguments, got {}", a.len())));
    }
    Ok((arg_f64(vm, &a[0])?, arg_f64(vm, &a[1])?))
}

fn atan2(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let (y, x) = binary_f(vm, a, k, "atan2")?;
    Ok(vm.new_float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let (x, y) = binary_f(vm, a, k, "copysign")?;
    Ok(vm.new_float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let (x, y) = binary_f(vm, a, k, "fmod")?;
    if y == 0.0 || x.is_infinite() {
        if !x.is_nan() && !y.is_nan() {
            return Err(domain(vm));
        }
    }
    Ok(vm.new_float(x % y))
}

fn remainder(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let (x, y) = binary_f(vm, a, k, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(vm.new_float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(vm.new_float(x));
    }
    // IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even).
    let n = (x / y).round_ties_even();
    let mut r = x - n * y;
    if r == 0.0 {
        r = 0.0f64.copysign(x);
    }
    Ok(vm.new_float(r))
}

extern "C" {
    #[link_name = "ldexp"]
    fn c_ldexp(x: f64, e: libc::c_int) -> f64;
    #[link_name = "frexp"]
    fn c_frexp(x: f64, e: *mut libc::c_int) -> f64;
}

fn ldexp(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("ldexp", a, k, 2)?;
    let x = arg_f64(vm, &a[0])?;
    let Some(e) = to_bigint(&a[1]) else {
        return Err(vm.new_type_error("Expected an int as second argument to ldexp."));
    };
    let e = e.to_i64().unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX }).clamp(-100_000, 100_000) as i32;
    // The C library's ldexp rounds once (subnormal results included), as CPython.
    // SAFETY: pure function of its arguments.
    let r = unsafe { c_ldexp(x, e) };
    if r.is_infinite() && x.is_finite() {
        return Err(range(vm));
    }
    Ok(vm.new_float(r))
}

fn frexp(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("frexp", a, k, 1)?;
    let x = arg_f64(vm, &a[0])?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        let mut e: libc::c_int = 0;
        // SAFETY: frexp writes the exponent through the valid pointer.
        let m = unsafe { c_frexp(x, &mut e) };
        (m, e)
    };
    let mf = vm.new_float(m);
    let ei = vm.new_int(e as i64);
    Ok(vm.new_tuple(vec![mf, ei]))
}

fn modf(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("modf", a, k, 1)?;
    let x = arg_f64(vm, &a[0])?;
    let (fr, int) = if x.is_infinite() { (0.0f64.copysign(x), x) } else { (x.fract(), x.trunc()) };
    let a = vm.new_float(fr);
    let b = vm.new_float(int);
    Ok(vm.new_tuple(vec![a, b]))
}

/// floor/ceil/trunc: ints pass through, `__floor__`-style dunders are honoured.
fn rounding(vm: &mut Vm, a: &[PyRef], k: &[PyRef], name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult {
    vm.exact_args(name, a, k, 1)?;
    let o = &a[0];
    if o.is_exact(&vm.interp.types.int) {
        return Ok(o.clone());
    }
    // Subclasses may define the method; otherwise ints (bool included) give their
    // value as an exact int.
    if !o.is_exact(&vm.interp.types.float) {
        if let Some(m) = vm.lookup_special(o, dunder)? {
            if !matches!(m.payload, Payload::Builtin(_)) || !matches!(o.payload, Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_)) {
                return vm.call(&m, &[], &[]);
            }
        }
        match &o.payload {
            Payload::Int(v) => return Ok(vm.new_int(*v)),
            Payload::BigInt(b) => return Ok(vm.new_bigint((**b).clone())),
            _ => {}
        }
        if name == "trunc" && !matches!(o.payload, Payload::Float(_)) {
            return Err(vm.new_type_error(format!(
                "type {} doesn't define __trunc__ method",
                typeobj::obj_type_name(o)
            )));
        }
    }
    let x = arg_f64(vm, o)?;
    if x.is_nan() {
        return Err(vm.new_value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.new_overflow_error("cannot convert float infinity to integer"));
    }
    let r = f(x);
    if r.abs() < 9.0e18 {
        return Ok(vm.new_int(r as i64));
    }
    let b = <BigInt as num_traits::FromPrimitive>::from_f64(r).unwrap_or_default();
    Ok(int_result(vm, b))
}

fn floor(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    rounding(vm, a, k, "floor", "__floor__", f64::floor)
}
fn ceil(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    rounding(vm, a, k, "ceil", "__ceil__", f64::ceil)
}
fn trunc(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    rounding(vm, a, k, "trunc", "__trunc__", f64::trunc)
}

fn pred(vm: &mut Vm, a: &[PyRef], k: &[PyRef], name: &str, f: fn(f64) -> bool) -> PyResult {
    vm.exact_args(name, a, k, 1)?;
    let x = arg_f64(vm, &a[0])?;
    Ok(vm.new_bool(f(x)))
}
fn isnan(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    pred(vm, a, k, "isnan", f64::is_nan)
}
fn isinf(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    pred(vm, a, k, "isinf", f64::is_infinite)
}
fn isfinite(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    pred(vm, a, k, "isfinite", f64::is_finite)
}

fn isclose(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let p = vm.bind_args("isclose", a, k, &["a", "b", "rel_tol", "abs_tol"], 2)?;
    let x = arg_f64(vm, p[0].as_ref().unwrap())?;
    let y = arg_f64(vm, p[1].as_ref().unwrap())?;
    let rel = match &p[2] {
        Some(r) => arg_f64(vm, r)?,
        None => 1e-9,
    };
    let abs = match &p[3] {
        Some(r) => arg_f64(vm, r)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.new_value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(vm.new_bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(vm.new_bool(false));
    }
    let d = (x - y).abs();
    let r = d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs;
    Ok(vm.new_bool(r))
}

fn factorial(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("factorial", a, k, 1)?;
    if matches!(a[0].payload, Payload::Float(_)) {
        return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = arg_int(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.new_value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| vm.new_overflow_error("factorial() argument should not exceed 9223372036854775807"))?;
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(int_result(vm, r))
}

fn gcd(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.no_kwargs("gcd", k)?;
    let mut r = BigInt::zero();
    for x in a {
        let v = arg_int(vm, x)?;
        r = r.gcd(&v);
    }
    Ok(int_result(vm, r))
}

fn lcm(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.no_kwargs("lcm", k)?;
    let mut r = BigInt::one();
    for x in a {
        let v = arg_int(vm, x)?;
        if v.is_zero() {
            r = BigInt::zero();
            continue;
        }
        r = r.lcm(&v);
    }
    Ok(int_result(vm, r.abs()))
}

fn isqrt(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("isqrt", a, k, 1)?;
    let n = arg_int(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.new_value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int_result(vm, n.sqrt()))
}

fn comb_perm(vm: &mut Vm, a: &[PyRef], k: &[PyRef], name: &str, comb: bool) -> PyResult {
    vm.no_kwargs(name, k)?;
    let n = arg_int(vm, a.first().ok_or_else(|| vm.new_type_error(format!("{name} expected at least 1 argument, got 0")))?)?;
    let kk = match a.get(1) {
        Some(x) if !matches!(x.payload, Payload::None) => arg_int(vm, x)?,
        _ if !comb => n.clone(),
        _ => return Err(vm.new_type_error(format!("{name} expected 2 arguments, got 1"))),
    };
    if n.is_negative() {
        return Err(vm.new_value_error("n must be a non-negative integer"));
    }
    if kk.is_negative() {
        return Err(vm.new_value_error("k must be a non-negative integer"));
    }
    if kk > n {
        return Ok(vm.new_int(0));
    }
    let kk = if comb && &n - &kk < kk { &n - &kk } else { kk };
    let kn = kk.to_u64().unwrap_or(0);
    let mut r = BigInt::one();
    for i in 0..kn {
        r *= &n - BigInt::from(i);
        if comb {
            r /= BigInt::from(i + 1);
        }
    }
    Ok(int_result(vm, r))
}

fn comb(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    comb_perm(vm, a, k, "comb", true)
}
fn perm(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    comb_perm(vm, a, k, "perm", false)
}

/// Exact float summation (Shewchuk's partials, as CPython's fsum).
fn fsum(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("fsum", a, k, 1)?;
    let items = vm.collect_iterable(&a[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for it in items {
        let mut x = arg_f64(vm, &it)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(vm.new_value_error("-inf + inf in fsum"));
        }
        return Ok(vm.new_float(special));
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(vm.new_float(hi))
}

fn prod(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let pos = positional(a, k);
    if pos.len() != 1 {
        return Err(vm.new_type_error(format!("prod() takes exactly 1 positional argument ({} given)", pos.len())));
    }
    let mut acc = vm.new_int(1);
    for (name, v) in crate::args::keywords(a, k) {
        if name == "start" {
            acc = v.clone();
        } else {
            return Err(vm.new_type_error(format!("prod() got an unexpected keyword argument '{name}'")));
        }
    }
    for it in vm.collect_iterable(&pos[0])? {
        acc = vm.binary_op(&acc, &it, ferrython_bytecode::BinaryOp::Multiply)?;
    }
    Ok(acc)
}

fn hypot(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.no_kwargs("hypot", k)?;
    let mut xs = Vec::new();
    for x in a {
        xs.push(arg_f64(vm, x)?);
    }
    Ok(vm.new_float(hypot_of(&xs)))
}

fn hypot_of(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let max = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if max == 0.0 {
        return 0.0;
    }
    let s: f64 = xs.iter().map(|x| (x / max) * (x / max)).sum();
    max * s.sqrt()
}

fn dist(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("dist", a, k, 2)?;
    let p = vm.collect_iterable(&a[0])?;
    let q = vm.collect_iterable(&a[1])?;
    if p.len() != q.len() {
        return Err(vm.new_value_error("both points must have the same number of dimensions"));
    }
    let mut d = Vec::new();
    for (x, y) in p.iter().zip(&q) {
        d.push(arg_f64(vm, x)? - arg_f64(vm, y)?);
    }
    Ok(vm.new_float(hypot_of(&d)))
}

fn nextafter(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    let (x, y) = binary_f(vm, a, k, "nextafter")?;
    // SAFETY: pure libm function.
    Ok(vm.new_float(unsafe { libc_nextafter(x, y) }))
}

fn ulp(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("ulp", a, k, 1)?;
    let x = arg_f64(vm, &a[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(vm.new_float(x));
    }
    // SAFETY: pure libm function.
    let next = unsafe { libc_nextafter(x, f64::INFINITY) };
    if next.is_infinite() {
        // SAFETY: as above.
        let prev = unsafe { libc_nextafter(x, 0.0) };
        return Ok(vm.new_float(x - prev));
    }
    Ok(vm.new_float(next - x))
}

pub fn make(vm: &mut Vm) -> PyRef {
    let m = vm.new_module("math");
    let d = vm.module_dict(&m);
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("atan2", atan2),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("cbrt", cbrt),
        ("fabs", fabs),
        ("erf", erf),
        ("erfc", erfc),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("degrees", degrees),
        ("radians", radians),
        ("pow", pow_),
        ("copysign", copysign),
        ("fmod", fmod),
        ("remainder", remainder),
        ("ldexp", ldexp),
        ("frexp", frexp),
        ("modf", modf),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
        ("factorial", factorial),
        ("gcd", gcd),
        ("lcm", lcm),
        ("isqrt", isqrt),
        ("comb", comb),
        ("perm", perm),
        ("fsum", fsum),
        ("prod", prod),
        ("hypot", hypot),
        ("dist", dist),
        ("nextafter", nextafter),
        ("ulp", ulp),
    ];
    for (n, f) in fns {
        let b = vm.new_builtin(n, *f);
        crate::objects::dict::set_str(vm, &d, n, b);
    }
    for (n, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let f = vm.new_float(v);
        crate::objects::dict::set_str(vm, &d, n, f);
    }
    m
}
