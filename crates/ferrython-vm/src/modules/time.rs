//! The `time` module: clocks, sleep (releases the GIL), and calendar time through the
//! C library (localtime/gmtime/mktime/strftime), as CPython does.
//! CPython: Modules/timemodule.c.

use crate::object::PyRef;
use crate::objects::float::as_f64;
use crate::{PyResult, Vm};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();

fn mono_ns() -> i64 {
    START.get_or_init(Instant::now).elapsed().as_nanos() as i64 + 1_000_000_000
}

fn wall_ns() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as i64).unwrap_or(0)
}

fn time_(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("time", a, k, 0)?;
    Ok(vm.new_float(wall_ns() as f64 / 1e9))
}
fn time_ns(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("time_ns", a, k, 0)?;
    Ok(vm.new_int(wall_ns()))
}
fn monotonic(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("monotonic", a, k, 0)?;
    Ok(vm.new_float(mono_ns() as f64 / 1e9))
}
fn monotonic_ns(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("monotonic_ns", a, k, 0)?;
    Ok(vm.new_int(mono_ns()))
}
fn process_time(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("process_time", a, k, 0)?;
    Ok(vm.new_float(mono_ns() as f64 / 1e9))
}

fn sleep(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("sleep", a, k, 1)?;
    let secs = match as_f64(vm, &a[0])? {
        Some(s) => s,
        None => {
            return Err(vm.new_type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::objects::typeobj::obj_type_name(&a[0])
            )))
        }
    };
    if secs < 0.0 {
        return Err(vm.new_value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() {
        return Err(vm.new_overflow_error("sleep length is too large"));
    }
    crate::modules::io::flush_stdout_buffer().ok();
    vm.allow_threads(move || std::thread::sleep(std::time::Duration::from_secs_f64(secs)));
    crate::signals::check(vm)?;
    Ok(vm.none())
}

pub fn make(vm: &mut Vm) -> PyRef {
    START.get_or_init(Instant::now);
    let m = vm.new_module("time");
    let d = vm.module_dict(&m);
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("time", time_),
        ("time_ns", time_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("process_time", process_time),
        ("sleep", sleep),
        ("localtime", localtime),
        ("gmtime", gmtime),
        ("mktime", mktime),
        ("strftime", strftime),
        ("asctime", asctime),
        ("ctime", ctime),
    ];
    for (n, f) in fns {
        let b = vm.new_builtin(n, *f);
        crate::objects::dict::set_str(vm, &d, n, b);
    }
    let st = crate::modules::struct_seq_type(vm, "time.struct_time", STRUCT_TIME_FIELDS);
    crate::objects::dict::set_str(vm, &d, "struct_time", st);
    zone_attrs(vm, &d);
    m
}

// ---- calendar time: struct_time, localtime/gmtime/mktime, strftime, asctime ----

const STRUCT_TIME_FIELDS: &[&str] = &["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

fn struct_time_type(vm: &mut Vm) -> PyResult<PyRef> {
    let m = vm.import_module_path("time")?;
    match vm.getattr_opt(&m, "struct_time")? {
        Some(t) => Ok(t),
        None => Err(vm.new_type_error("time.struct_time is missing")),
    }
}

/// Seconds since the epoch from an optional argument (None: now), floored like CPython.
fn seconds_arg(vm: &mut Vm, a: &[PyRef]) -> PyResult<libc::time_t> {
    match a.first() {
        None => Ok((wall_ns().div_euclid(1_000_000_000)) as libc::time_t),
        Some(o) if matches!(o.payload, crate::object::Payload::None) => Ok((wall_ns().div_euclid(1_000_000_000)) as libc::time_t),
        Some(o) => match &o.payload {
            crate::object::Payload::Float(x) => {
                if x.is_nan() {
                    return Err(vm.new_value_error("Invalid value NaN (not a number)"));
                }
                let f = x.floor();
                if !(-9.2e18..9.2e18).contains(&f) {
                    return Err(vm.new_overflow_error("timestamp out of range for platform time_t"));
                }
                Ok(f as libc::time_t)
            }
            _ => {
                let i = vm.index_value(o)?;
                Ok(i as libc::time_t)
            }
        },
    }
}

/// The zone abbreviation libc filled in (`tm_zone`), or "".
fn zone_name(tm: &libc::tm) -> String {
    if tm.tm_zone.is_null() {
        return String::new();
    }
    // SAFETY: a non-null tm_zone from localtime_r/gmtime_r points at a NUL-terminated
    // string owned by libc that outlives this call.
    unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned()
}

fn tm_to_struct(vm: &mut Vm, tm: &libc::tm) -> PyResult {
    let ty = struct_time_type(vm)?;
    // tm_wday: C counts from Sunday, Python from Monday.
    let vals = [
        tm.tm_year as i64 + 1900,
        tm.tm_mon as i64 + 1,
        tm.tm_mday as i64,
        tm.tm_hour as i64,
        tm.tm_min as i64,
        tm.tm_sec as i64,
        (tm.tm_wday as i64 + 6) % 7,
        tm.tm_yday as i64 + 1,
        tm.tm_isdst as i64,
    ];
    let items: Vec<PyRef> = vals.iter().map(|v| vm.new_int(*v)).collect();
    let d = vm.new_dict();
    let z = vm.new_str(zone_name(tm));
    crate::objects::dict::set_str(vm, &d, "tm_zone", z);
    let off = vm.new_int(tm.tm_gmtoff as i64);
    crate::objects::dict::set_str(vm, &d, "tm_gmtoff", off);
    Ok(PyRef::new_with_dict(&ty, crate::object::Payload::Tuple(items.into_boxed_slice()), d))
}

fn convert(vm: &mut Vm, t: libc::time_t, local: bool) -> PyResult {
    // SAFETY: tm is plain data; localtime_r/gmtime_r fill it or return NULL.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let ok = unsafe {
        if local {
            !libc::localtime_r(&t, &mut tm).is_null()
        } else {
            !libc::gmtime_r(&t, &mut tm).is_null()
        }
    };
    if !ok {
        return Err(vm.new_overflow_error("timestamp out of range for platform time_t"));
    }
    tm_to_struct(vm, &tm)
}

fn localtime(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.range_args("localtime", a, k, 0, 1)?;
    let t = seconds_arg(vm, a)?;
    convert(vm, t, true)
}

fn gmtime(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.range_args("gmtime", a, k, 0, 1)?;
    let t = seconds_arg(vm, a)?;
    convert(vm, t, false)
}

/// A 9-item tuple or struct_time as a C `struct tm` (fields as given, for mktime and
/// strftime).
fn tuple_to_tm(vm: &mut Vm, o: &PyRef, func: &str) -> PyResult<libc::tm> {
    let Some(items) = o.as_tuple().map(|t| t.to_vec()) else {
        return Err(vm.new_type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(vm.new_type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut v = [0i64; 9];
    for (i, it) in items.iter().enumerate() {
        v[i] = vm.index_value(it)?;
    }
    // SAFETY: plain data.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (v[0] - 1900) as i32;
    tm.tm_mon = (v[1] - 1) as i32;
    tm.tm_mday = v[2] as i32;
    tm.tm_hour = v[3] as i32;
    tm.tm_min = v[4] as i32;
    tm.tm_sec = v[5] as i32;
    tm.tm_wday = ((v[6] + 1) % 7) as i32;
    tm.tm_yday = (v[7] - 1) as i32;
    tm.tm_isdst = v[8] as i32;
    Ok(tm)
}

fn mktime(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.exact_args("mktime", a, k, 1)?;
    let mut tm = tuple_to_tm(vm, &a[0], "mktime")?;
    tm.tm_wday = -1;
    // SAFETY: tm is initialised; mktime normalises it in place.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.new_overflow_error("mktime argument out of range"));
    }
    Ok(vm.new_float(t as f64))
}

fn strftime(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.range_args("strftime", a, k, 1, 2)?;
    let Some(fmt) = a[0].as_str().map(|s| s.as_str().to_string()) else {
        return Err(vm.new_type_error(format!("strftime() argument 1 must be str, not {}", crate::objects::typeobj::obj_type_name(&a[0]))));
    };
    let t = match a.get(1) {
        Some(t) => t.clone(),
        None => localtime(vm, &[], &[])?,
    };
    let mut tm = tuple_to_tm(vm, &t, "strftime")?;
    // CPython checks the ranges before calling the C library.
    let checks: [(bool, &str); 7] = [
        (!(0..=11).contains(&tm.tm_mon), "month out of range"),
        (!(1..=31).contains(&tm.tm_mday) && tm.tm_mday != 0, "day of month out of range"),
        (!(0..=23).contains(&tm.tm_hour), "hour out of range"),
        (!(0..=59).contains(&tm.tm_min), "minute out of range"),
        (!(0..=61).contains(&tm.tm_sec), "seconds out of range"),
        (!(0..=365).contains(&tm.tm_yday) && tm.tm_yday != -1, "day of year out of range"),
        (tm.tm_wday < 0, "day of week out of range"),
    ];
    for (bad, msg) in checks {
        if bad {
            return Err(vm.new_value_error(msg));
        }
    }
    tm.tm_mday = tm.tm_mday.max(1);
    tm.tm_yday = tm.tm_yday.max(0);
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    // The zone name and offset of a struct_time travel with it.
    let zone = vm.getattr_opt(&t, "tm_zone").ok().flatten().and_then(|z| z.as_str().map(|s| s.as_str().to_string()));
    let zone_c = zone.map(|z| std::ffi::CString::new(z).unwrap_or_default());
    if let Some(z) = &zone_c {
        tm.tm_zone = z.as_ptr();
    }
    if let Ok(Some(off)) = vm.getattr_opt(&t, "tm_gmtoff") {
        if let Ok(off) = vm.index_value(&off) {
            tm.tm_gmtoff = off as libc::c_long;
        }
    }
    if fmt.contains('\0') {
        return Err(vm.new_value_error("embedded null character"));
    }
    let cfmt = std::ffi::CString::new(fmt.clone()).unwrap_or_default();
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` bytes; strftime writes at most that many.
        let n = unsafe { libc::strftime(buf.as_mut_ptr() as *mut libc::c_char, size, cfmt.as_ptr(), &tm) };
        if n > 0 || fmt.is_empty() || size > 256 * fmt.len() + 4096 {
            buf.truncate(n);
            return Ok(vm.new_str(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 4;
    }
}

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn format_asctime(vm: &mut Vm, t: &PyRef) -> PyResult {
    let tm = tuple_to_tm(vm, t, "asctime")?;
    if !(0..=11).contains(&tm.tm_mon) {
        return Err(vm.new_value_error("month out of range"));
    }
    let wday = ((tm.tm_wday + 6) % 7).rem_euclid(7) as usize;
    Ok(vm.new_str(format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAYS[wday],
        MONTHS[tm.tm_mon as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )))
}

fn asctime(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.range_args("asctime", a, k, 0, 1)?;
    let t = match a.first() {
        Some(t) => t.clone(),
        None => localtime(vm, &[], &[])?,
    };
    format_asctime(vm, &t)
}

fn ctime(vm: &mut Vm, a: &[PyRef], k: &[PyRef]) -> PyResult {
    vm.range_args("ctime", a, k, 0, 1)?;
    let t = seconds_arg(vm, a)?;
    let st = convert(vm, t, true)?;
    format_asctime(vm, &st)
}

/// `timezone`, `altzone`, `daylight`, `tzname` from the local offsets in January and
/// July of the current year, as CPython computes them.
fn zone_attrs(vm: &mut Vm, d: &PyRef) {
    // SAFETY: tzset reads TZ; tm structs are plain data filled by localtime_r.
    extern "C" {
        fn tzset();
    }
    unsafe { tzset() };
    let now = (wall_ns() / 1_000_000_000) as libc::time_t;
    let year_start = |t: libc::time_t| {
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        unsafe { libc::gmtime_r(&t, &mut tm) };
        tm.tm_year
    };
    let year = year_start(now);
    let at = |mon: i32| {
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        tm.tm_year = year;
        tm.tm_mon = mon;
        tm.tm_mday = 1;
        tm.tm_isdst = -1;
        let t = unsafe { libc::mktime(&mut tm) };
        let mut out: libc::tm = unsafe { std::mem::zeroed() };
        unsafe { libc::localtime_r(&t, &mut out) };
        (-(out.tm_gmtoff as i64), zone_name(&out))
    };
    let (jan_off, jan_zone) = at(0);
    let (jul_off, jul_zone) = at(6);
    let (std_off, dst_off, std_zone, dst_zone) = if jan_off < jul_off { (jul_off, jan_off, jul_zone, jan_zone) } else { (jan_off, jul_off, jan_zone, jul_zone) };
    let v = vm.new_int(std_off);
    crate::objects::dict::set_str(vm, d, "timezone", v);
    let v = vm.new_int(dst_off);
    crate::objects::dict::set_str(vm, d, "altzone", v);
    let v = vm.new_int((jan_off != jul_off) as i64);
    crate::objects::dict::set_str(vm, d, "daylight", v);
    let (a, b) = (vm.new_str(std_zone), vm.new_str(dst_zone));
    let v = vm.new_tuple(vec![a, b]);
    crate::objects::dict::set_str(vm, d, "tzname", v);
}
