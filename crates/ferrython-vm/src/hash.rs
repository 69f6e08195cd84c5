//! Hash functions with CPython's results: SipHash-1-3 over the string's code units
//! (1, 2 or 4 bytes per character, as CPython's compact representation), numeric
//! hashes modulo 2**61 - 1, and the xxHash-style tuple hash.
//! CPython: Python/pyhash.c, Objects/longobject.c, Objects/floatobject.c, Objects/tupleobject.c.

use std::hash::Hasher;
use std::sync::OnceLock;

pub const MODULUS: u64 = (1u64 << 61) - 1;
pub const INF: i64 = 314_159;

static KEY: OnceLock<(u64, u64)> = OnceLock::new();

/// Sets the SipHash key from PYTHONHASHSEED (`Some(0)`: CPython's fixed zero key) or randomly.
pub fn init(seed: Option<u64>) {
    let key = match seed {
        Some(0) => (0, 0),
        Some(s) => {
            // CPython fills the secret with an LCG seeded by the value; we only need
            // a deterministic key per seed.
            let mut x = s as u32;
            let mut bytes = [0u8; 16];
            for b in bytes.iter_mut() {
                x = x.wrapping_mul(214013).wrapping_add(2531011);
                *b = ((x >> 16) & 0xff) as u8;
            }
            (u64::from_le_bytes(bytes[..8].try_into().unwrap()), u64::from_le_bytes(bytes[8..].try_into().unwrap()))
        }
        None => {
            let mut buf = [0u8; 16];
            let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf)).is_ok();
            if !ok {
                let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
                buf = (t ^ (std::process::id() as u128) << 64).to_le_bytes();
            }
            (u64::from_le_bytes(buf[..8].try_into().unwrap()), u64::from_le_bytes(buf[8..].try_into().unwrap()))
        }
    };
    let _ = KEY.set(key);
}

fn key() -> (u64, u64) {
    *KEY.get_or_init(|| (0, 0))
}

fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let (k0, k1) = key();
    let mut h = siphasher::sip::SipHasher13::new_with_keys(k0, k1);
    h.write(b);
    fix(h.finish() as i64)
}

pub fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    if max < 0x100 {
        if s.is_ascii() {
            return hash_bytes(s.as_bytes());
        }
        let v: Vec<u8> = s.chars().map(|c| c as u8).collect();
        hash_bytes(&v)
    } else if max < 0x10000 {
        let v: Vec<u8> = s.chars().flat_map(|c| (c as u16).to_ne_bytes()).collect();
        hash_bytes(&v)
    } else {
        let v: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_ne_bytes()).collect();
        hash_bytes(&v)
    }
}

pub fn hash_i64(v: i64) -> i64 {
    let m = MODULUS as i128;
    let r = (v as i128).rem_euclid(m);
    let h = if v < 0 { -(((-(v as i128)) % m) as i64) } else { r as i64 };
    fix(h)
}

pub fn hash_bigint(v: &num_bigint::BigInt) -> i64 {
    use num_traits::{Signed, ToPrimitive};
    let m = num_bigint::BigInt::from(MODULUS);
    let r = (v.abs() % &m).to_i64().unwrap_or(0);
    fix(if v.is_negative() { -r } else { r })
}

pub fn hash_f64(x: f64) -> i64 {
    if x.is_nan() {
        return 0; // callers with an object use its id instead (CPython 3.10+)
    }
    if x.is_infinite() {
        return if x > 0.0 { INF } else { -INF };
    }
    let (mut m, mut e) = frexp(x);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & MODULUS) | (h >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    h = ((h << e) & MODULUS) | (h >> (61 - e));
    fix(h as i64 * sign)
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// Combines element hashes like CPython's tuple hash (xxHash-based).
pub fn hash_tuple(items: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = items.len() as u64;
    let mut acc: u64 = P5;
    for h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn numeric_hashes_match_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_f64(1.5), 1152921504606846977);
        assert_eq!(hash_f64(-2.5), -1152921504606846978);
        assert_eq!(hash_f64(1e300), 1224995262755759164);
        assert_eq!(hash_tuple([1i64, 2].into_iter()), -3550055125485641917);
    }
}
