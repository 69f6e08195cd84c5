"""Concrete date/time and related types.

Ferrython's own implementation of the datetime module (behaviour of CPython 3.11:
reprs, error messages, hashing, pickling state, ISO 8601 parsing, strftime in the
C/POSIX locale and strptime for the usual directives).
"""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_MAXORDINAL = 3652059          # date(9999, 12, 31).toordinal()
_EPOCH_ORD = 719163            # date(1970, 1, 1).toordinal()
_EPOCH_SECS = _EPOCH_ORD * 86400  # seconds from 0001-01-01 to 1970-01-01 minus a day
_MAX_FOLD = 86400

_MDAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# cumulative days before each month in a common year (index 1..12), plus 13
_CUM = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)

_DAYNAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_FULLDAYNAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                 "Saturday", "Sunday")
_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_FULLMONTHNAMES = (None, "January", "February", "March", "April", "May", "June",
                   "July", "August", "September", "October", "November",
                   "December")

_obj_new = object.__new__


# ---------------------------------------------------------------- calendar math

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_before_year(y):
    # days in years 1 .. y-1 of the proleptic Gregorian calendar
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


def _dim(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return _MDAYS[m]


def _ymd2ord(y, m, d):
    n = _days_before_year(y) + _CUM[m] + d
    if m > 2 and y % 4 == 0 and (y % 100 != 0 or y % 400 == 0):
        n += 1
    return n


def _ord2ymd(n):
    # first guess the year from the mean year length, then correct it
    y = (n * 400) // 146097 + 1
    while _days_before_year(y) >= n:
        y -= 1
    while _days_before_year(y + 1) < n:
        y += 1
    doy = n - _days_before_year(y)          # 1-based day of the year
    leap = 1 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 0
    m = (doy + 30) // 31 or 1               # never past the right month
    while m < 12:
        nxt = _CUM[m + 1] + (leap if m + 1 > 2 else 0)
        if doy <= nxt:
            break
        m += 1
    return y, m, doy - _CUM[m] - (leap if m > 2 else 0)


def _iso_week1_monday(y):
    # ordinal of the Monday of ISO week 1 of year y (the week holding Jan 4)
    jan4 = _ymd2ord(y, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _isocal(y, m, d):
    o = _ymd2ord(y, m, d)
    wk1 = _iso_week1_monday(y)
    if o < wk1:
        y -= 1
        wk1 = _iso_week1_monday(y)
    else:
        nxt = _iso_week1_monday(y + 1)
        if o >= nxt:
            y += 1
            wk1 = nxt
    return y, (o - wk1) // 7 + 1, (o + 6) % 7 + 1


def _index(v):
    if type(v) is int:
        return v
    if isinstance(v, int):
        return int(v)
    meth = getattr(type(v), "__index__", None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % _tn(v))
    return int(meth(v))


def _check_date(y, m, d):
    if type(y) is not int:
        y = _index(y)
    if type(m) is not int:
        m = _index(m)
    if type(d) is not int:
        d = _index(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if d < 1 or d > _dim(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_time(h, mi, s, us, fold):
    if type(h) is not int:
        h = _index(h)
    if type(mi) is not int:
        mi = _index(mi)
    if type(s) is not int:
        s = _index(s)
    if type(us) is not int:
        us = _index(us)
    if type(fold) is not int:
        fold = _index(fold)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return h, mi, s, us, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % _tn(tz))


def _argtn(obj):
    return "None" if obj is None else _tn(obj)


def _tn(obj):
    cls = type(obj)
    n = _TYPE_NAMES.get(cls)
    return n if n is not None else cls.__name__


# ------------------------------------------------------------- local time helpers

_HAVE_LOCALTIME = hasattr(_time, "localtime")


def _utc_fields(t, check=True):
    days, rem = divmod(t, 86400)
    o = days + _EPOCH_ORD
    if check and (o < 1 or o > _MAXORDINAL):
        # report the year like gmtime() + the range check would
        y = (o * 400) // 146097 + 1
        while _days_before_year(y) >= o:
            y -= 1
        while _days_before_year(y + 1) < o:
            y += 1
        raise ValueError("year %d is out of range" % y)
    y, m, d = _ord2ymd(o)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    return y, m, d, hh, mm, ss


def _local_fields(t, check=True):
    """(y, m, d, H, M, S) of local time at POSIX time t (an int)."""
    if _HAVE_LOCALTIME:
        tm = _time.localtime(t)
        y = tm[0]
        if check and not MINYEAR <= y <= MAXYEAR:
            raise ValueError("year %d is out of range" % y)
        return y, tm[1], tm[2], tm[3], tm[4], tm[5] if tm[5] < 60 else 59
    return _utc_fields(t, check)


def _local_zone(t):
    """(utc offset in seconds, zone name) of local time at POSIX time t."""
    if _HAVE_LOCALTIME:
        tm = _time.localtime(t)
        off = getattr(tm, "tm_gmtoff", None)
        name = getattr(tm, "tm_zone", None)
        if off is None:
            y, m, d, hh, mi, ss = tm[:6]
            off = (_ymd2ord(y, m, d) - _EPOCH_ORD) * 86400 + hh * 3600 + mi * 60 + ss - t
        if name is None:
            try:
                name = _time.tzname[1 if tm[8] > 0 else 0]
            except (AttributeError, IndexError):
                name = None
        return off, name
    return 0, "UTC"


def _local(u):
    # u: seconds since 0001-01-01 (the "epoch" of the proleptic calendar);
    # returns local wall time counted the same way
    t = u - _EPOCH_SECS
    y, m, d, hh, mi, ss = _local_fields(t, False)
    return _ymd2ord(y, m, d) * 86400 + hh * 3600 + mi * 60 + ss


def _local_to_seconds(y, m, d, hh, mi, ss, fold):
    """Solves local(u) == wall time for u (PEP 495 semantics for folds and gaps)."""
    t = _ymd2ord(y, m, d) * 86400 + hh * 3600 + mi * 60 + ss
    if not _HAVE_LOCALTIME:
        return t
    a = _local(t) - t
    u1 = t - a
    t1 = _local(u1)
    if t1 == t:
        u2 = u1 + _MAX_FOLD if fold else u1 - _MAX_FOLD
        b = _local(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    if _local(u2) == t:
        return u2
    if t1 == t:
        return u1
    # in a gap: neither candidate maps back
    return min(u1, u2) if fold else max(u1, u2)


def _ts_split(t, floor_only=False):
    """POSIX timestamp -> (seconds, microseconds), rounding half to even."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if floor_only:
            f = _math.floor(t) if -9.223372036854776e18 <= t < 9.223372036854776e18 else None
            if f is None:
                raise OverflowError("timestamp out of range for platform time_t")
            return int(f), 0
        frac, whole = _math.modf(t)
        if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        us = round(frac * 1e6)
        secs = int(whole)
        if us >= 1000000:
            us -= 1000000
            secs += 1
        elif us < 0:
            us += 1000000
            secs -= 1
        return secs, us
    secs = _index(t)
    if not -9223372036854775808 <= secs <= 9223372036854775807:
        raise OverflowError("timestamp out of range for platform time_t")
    return secs, 0


# --------------------------------------------------------------------- timedelta

def _td_accum(total, leftover, num, factor, tag):
    if isinstance(num, int):
        return total + num * factor, leftover
    if isinstance(num, float):
        whole = int(num)              # truncates; inf/nan raise like CPython
        frac = num - whole
        total += whole * factor
        if frac == 0.0:
            return total, leftover
        part = float(factor) * frac
        pwhole = int(part)
        return total + pwhole, leftover + (part - pwhole)
    raise TypeError("unsupported type for timedelta %s component: %s"
                    % (tag, _tn(num)))


def _round_half_away(x):
    f = _math.floor(x)
    diff = x - f
    if diff > 0.5 or (diff == 0.5 and x > 0):
        return f + 1.0
    return float(f)


def _div_nearest(a, b):
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        if r2 > b or (r2 == b and q & 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q & 1):
            q += 1
    return q


def _td_new(cls, us):
    s, us = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    if not -999999999 <= d <= 999999999:
        if -2147483648 <= d <= 2147483647:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        raise OverflowError("Python int too large to convert to C int")
    self = _obj_new(cls)
    self._days = d
    self._seconds = s
    self._microseconds = us
    self._hashcode = -1
    return self


def _td_raw(d, s, us):
    # already normalised fields
    self = _obj_new(timedelta)
    self._days = d
    self._seconds = s
    self._microseconds = us
    self._hashcode = -1
    return self


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

    All arguments are optional and default to 0.
    Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int
                and type(hours) is int and type(weeks) is int):
            us = (((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds)
                  * 1000000 + milliseconds * 1000 + microseconds)
            return _td_new(cls, us)
        total = 0
        left = 0.0
        total, left = _td_accum(total, left, microseconds, 1, "microseconds")
        total, left = _td_accum(total, left, milliseconds, 1000, "milliseconds")
        total, left = _td_accum(total, left, seconds, 1000000, "seconds")
        total, left = _td_accum(total, left, minutes, 60000000, "minutes")
        total, left = _td_accum(total, left, hours, 3600000000, "hours")
        total, left = _td_accum(total, left, days, 86400000000, "days")
        total, left = _td_accum(total, left, weeks, 604800000000, "weeks")
        if left != 0.0:
            whole = _round_half_away(left)
            if abs(whole - left) == 0.5:
                odd = total & 1
                whole = 2.0 * _round_half_away((left + odd) * 0.5) - odd
            total += int(whole)
        return _td_new(cls, total)

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return ((self._days * 86400 + self._seconds) * 1000000 + self._microseconds) / 1000000

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_tn(self), ", ".join(parts) if parts else "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        d = self._days
        if d:
            s = "%d day%s, %s" % (d, "" if d == 1 or d == -1 else "s", s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            d = self._days + other._days
            s = self._seconds + other._seconds
            us = self._microseconds + other._microseconds
            if us >= 1000000:
                us -= 1000000
                s += 1
            if s >= 86400:
                s -= 86400
                d += 1
            if -999999999 <= d <= 999999999:
                return _td_raw(d, s, us)
            return _td_new(timedelta, (d * 86400 + s) * 1000000 + us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            d = self._days - other._days
            s = self._seconds - other._seconds
            us = self._microseconds - other._microseconds
            if us < 0:
                us += 1000000
                s -= 1
            if s < 0:
                s += 86400
                d -= 1
            if -999999999 <= d <= 999999999:
                return _td_raw(d, s, us)
            return _td_new(timedelta, (d * 86400 + s) * 1000000 + us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other.__sub__(self)
        return NotImplemented

    def __neg__(self):
        return _td_new(timedelta, -self._us())

    def __pos__(self):
        return _td_raw(self._days, self._seconds, self._microseconds)

    def __abs__(self):
        if self._days < 0:
            return _td_new(timedelta, -self._us())
        return _td_raw(self._days, self._seconds, self._microseconds)

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_new(timedelta, self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_new(timedelta, _div_nearest(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return _td_new(timedelta, _div_nearest(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_new(timedelta, _div_nearest(self._us() * b, a))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _td_new(timedelta, self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_new(timedelta, self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _td_new(timedelta, r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return (self._days == other._days and self._seconds == other._seconds
                    and self._microseconds == other._microseconds)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return not (self._days == other._days and self._seconds == other._seconds
                        and self._microseconds == other._microseconds)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            h = self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return h

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


timedelta.min = _td_raw(-999999999, 0, 0)
timedelta.max = _td_raw(999999999, 86399, 999999)
timedelta.resolution = _td_raw(0, 0, 1)

_ZERO = _td_raw(0, 0, 0)


# ------------------------------------------------------------- strftime (C locale)

def _wrap_tt(y, m, d, hh, mi, ss, isdst):
    yday = _ymd2ord(y, m, d) - _days_before_year(y)
    wday = (_ymd2ord(y, m, d) + 6) % 7
    return (y, m, d, hh, mi, ss, wday, yday, isdst)


_NUM_SPEC = {
    # directive: (digits, default pad)
    "d": (2, "0"), "e": (2, " "), "H": (2, "0"), "I": (2, "0"), "k": (2, " "),
    "l": (2, " "), "j": (3, "0"), "m": (2, "0"), "M": (2, "0"), "S": (2, "0"),
    "U": (2, "0"), "W": (2, "0"), "V": (2, "0"), "u": (1, "0"), "w": (1, "0"),
    "y": (2, "0"), "g": (2, "0"), "C": (1, "0"), "Y": (1, "0"), "G": (1, "0"),
    "s": (1, "0"),
}
_COMPOSITE = {
    "c": "%a %b %e %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S",
    "D": "%m/%d/%y", "F": "%Y-%m-%d", "r": "%I:%M:%S %p", "R": "%H:%M",
    "T": "%H:%M:%S",
}
_E_BAD = "aAbBdDeFgGhHIjklmMSUVwWf"
_O_BAD = "aAcDFxXYf"


def _bad_spec(s, flags, width):
    # glibc copies an unknown conversion, honouring the case and width flags
    if "^" in flags:
        s = s.upper()
    if width > len(s):
        s = s.rjust(width, "0" if "0" in flags else " ")
    return s


def _num_value(c, tt):
    y, m, d, hh, mi, ss, wday, yday, isdst = tt
    if c == "d" or c == "e":
        return d
    if c == "H" or c == "k":
        return hh
    if c == "I" or c == "l":
        h = hh % 12
        return h if h else 12
    if c == "j":
        return yday
    if c == "m":
        return m
    if c == "M":
        return mi
    if c == "S":
        return ss
    if c == "U":
        return (yday - 1 + 7 - (wday + 1) % 7) // 7
    if c == "W":
        return (yday - 1 + 7 - wday) // 7
    if c == "u":
        return wday + 1
    if c == "w":
        return (wday + 1) % 7
    if c == "y":
        return y % 100
    if c == "C":
        return y // 100
    if c == "Y":
        return y
    if c in "GgV":
        iy, iw, _ = _isocal(y, m, d)
        if c == "V":
            return iw
        return iy if c == "G" else iy % 100
    if c == "s":
        return _local_to_seconds(y, m, d, hh, mi, ss, 0) - _EPOCH_SECS
    raise AssertionError(c)


def _format_off(off, sep):
    if off is None:
        return ""
    if off._days < 0:
        sign = "-"
        off = -off
    else:
        sign = "+"
    hh, rest = divmod(off._seconds, 3600)
    mm, ss = divmod(rest, 60)
    if off._microseconds:
        return "%s%02d%s%02d%s%02d.%06d" % (sign, hh, sep, mm, sep, ss, off._microseconds)
    if ss:
        return "%s%02d%s%02d%s%02d" % (sign, hh, sep, mm, sep, ss)
    return "%s%02d%s%02d" % (sign, hh, sep, mm)


def _strftime(fmt, tt, us, zfunc, Zfunc):
    """Formats the time tuple tt like glibc strftime in the C locale.

    us is the microsecond for %f; zfunc()/Zfunc() give the %z/%Z texts."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        j = fmt.find("%", i)
        if j < 0:
            out.append(fmt[i:])
            break
        if j > i:
            out.append(fmt[i:j])
        start = j
        j += 1
        flags = ""
        while j < n and fmt[j] in "_-0^#":
            flags += fmt[j]
            j += 1
        width = -1
        if j < n and "0" <= fmt[j] <= "9":
            width = 0
            while j < n and "0" <= fmt[j] <= "9":
                width = width * 10 + ord(fmt[j]) - 48
                j += 1
        mod = ""
        if j < n and (fmt[j] == "E" or fmt[j] == "O"):
            mod = fmt[j]
            j += 1
        if j >= n:
            out.append(_bad_spec(fmt[start:], flags, width))
            break
        c = fmt[j]
        i = j + 1
        if mod and c in (_E_BAD if mod == "E" else _O_BAD):
            out.append(_bad_spec(fmt[start:i], flags, width))
            continue
        pad = "0" if "0" in flags else (" " if ("_" in flags or "-" in flags) else None)
        if c in _NUM_SPEC:
            digits, dpad = _NUM_SPEC[c]
            v = _num_value(c, tt)
            s = str(v)
            if width < 0:
                if "-" in flags:
                    out.append(s)
                    continue
                width = digits
                if pad is None or pad == " " and "_" not in flags:
                    pad = dpad
            elif pad is None:
                pad = dpad if dpad == " " else "0"
            if len(s) < width:
                if v < 0 and pad == "0":
                    s = "-" + s[1:].rjust(width - 1, "0")
                else:
                    s = s.rjust(width, pad)
            out.append(s)
            continue
        if c in _COMPOSITE:
            s = _strftime(_COMPOSITE[c], tt, us, zfunc, Zfunc)
            if "^" in flags:
                s = s.upper()
        elif c == "a":
            s = _DAYNAMES[tt[6]]
        elif c == "A":
            s = _FULLDAYNAMES[tt[6]]
        elif c == "b" or c == "h":
            s = _MONTHNAMES[tt[1]]
        elif c == "B":
            s = _FULLMONTHNAMES[tt[1]]
        elif c == "p":
            s = "AM" if tt[3] < 12 else "PM"
            if "#" in flags:
                s = s.lower()
        elif c == "P":
            s = "am" if tt[3] < 12 else "pm"
        elif c == "n":
            s = "\n"
        elif c == "t":
            s = "\t"
        elif c == "%":
            s = "%"
        elif c == "f" and not flags and width < 0:
            s = "%06d" % us
        elif c == "z" and not flags and width < 0:
            s = zfunc()
        elif c == "Z" and not flags and width < 0:
            s = Zfunc()
        elif c == "z":
            if tt[8] < 0:
                continue
            s = "+0000"
        elif c == "Z":
            s = ""
        else:
            out.append(_bad_spec(fmt[start:i], flags, width))
            continue
        if c in "aAbBh" and ("^" in flags or "#" in flags):
            s = s.upper()
        elif c == "p" and "^" in flags:
            s = s.upper()
        if width > len(s):
            s = s.rjust(width, "0" if pad == "0" else " ")
        out.append(s)
    return "".join(out)


def _check_fmt(fmt, what="strftime"):
    if not isinstance(fmt, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (what, _argtn(fmt)))


try:
    _struct_time = _time.struct_time
except AttributeError:
    class _struct_time(tuple):
        """Stand-in for time.struct_time while the time module lacks it."""
        __slots__ = ()
        _fields = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                   "tm_wday", "tm_yday", "tm_isdst")

        def __new__(cls, seq):
            return tuple.__new__(cls, seq)

        def __repr__(self):
            return "time.struct_time(%s)" % ", ".join(
                "%s=%r" % (f, v) for f, v in zip(self._fields, self))

        tm_year = property(lambda self: self[0])
        tm_mon = property(lambda self: self[1])
        tm_mday = property(lambda self: self[2])
        tm_hour = property(lambda self: self[3])
        tm_min = property(lambda self: self[4])
        tm_sec = property(lambda self: self[5])
        tm_wday = property(lambda self: self[6])
        tm_yday = property(lambda self: self[7])
        tm_isdst = property(lambda self: self[8])
        tm_zone = property(lambda self: None)
        tm_gmtoff = property(lambda self: None)


# ---------------------------------------------------------------- ISO 8601 parsing

def _digits(s, i, n):
    """Parses exactly n ASCII digits of s at i; returns (value, i + n) or None."""
    v = 0
    end = i + n
    if end > len(s):
        return None
    while i < end:
        c = s[i]
        if not ("0" <= c <= "9"):
            return None
        v = v * 10 + ord(c) - 48
        i += 1
    return v, i


def _iso_to_ymd(y, w, d):
    if w <= 0 or w >= 53:
        ok = False
        if w == 53:
            first = (_ymd2ord(y, 1, 1) + 6) % 7
            ok = first == 3 or (first == 2 and _is_leap(y))
        if not ok:
            return None
    if d <= 0 or d >= 8:
        return None
    return _ord2ymd(_iso_week1_monday(y) + (w - 1) * 7 + d - 1)


def _parse_iso_date(s, length):
    """YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]; None when malformed."""
    r = _digits(s, 0, 4)
    if r is None:
        return None
    year, i = r
    sep = s[i:i + 1] == "-"
    if sep:
        i += 1
    if s[i:i + 1] == "W":
        r = _digits(s, i + 1, 2)
        if r is None:
            return None
        week, i = r
        if i < length:
            if sep:
                if s[i:i + 1] != "-":
                    return None
                i += 1
            r = _digits(s, i, 1)
            if r is None:
                return None
            wd = r[0]
        else:
            wd = 1
        return _iso_to_ymd(year, week, wd)
    r = _digits(s, i, 2)
    if r is None:
        return None
    month, i = r
    if sep:
        if s[i:i + 1] != "-":
            return None
        i += 1
    r = _digits(s, i, 2)
    if r is None:
        return None
    return year, month, r[0]


def _at(s, i):
    return s[i] if i < len(s) else "\0"


def _parse_hms(s, i, end):
    """[HH[:?MM[:?SS[{.,}ffffff]]]] from s[i:end]; returns (code, h, m, s, us).

    code < 0: malformed; 1: something follows the parsed text; 0: clean end."""
    vals = [0, 0, 0]
    has_sep = True
    k = 0
    frac = False
    while k < 3:
        r = _digits(s, i, 2)
        if r is None:
            return -3, 0, 0, 0, 0
        vals[k], i = r
        c = _at(s, i)
        i += 1
        if k == 0:
            has_sep = c == ":"
        if i >= end:
            return (1 if c != "\0" else 0), vals[0], vals[1], vals[2], 0
        if has_sep and c == ":":
            k += 1
            continue
        if c == "." or c == ",":
            frac = True
            break
        if not has_sep:
            i -= 1
            k += 1
            continue
        return -4, 0, 0, 0, 0
    remain = end - i
    take = 6 if remain >= 6 else remain
    if take <= 0:
        return -3, 0, 0, 0, 0
    r = _digits(s, i, take)
    if r is None:
        return -3, 0, 0, 0, 0
    us, i = r
    us *= (1, 100000, 10000, 1000, 100, 10, 1)[take]
    while "0" <= _at(s, i) <= "9":
        i += 1
    return (1 if _at(s, i) != "\0" else 0), vals[0], vals[1], vals[2], us


def _parse_iso_time(s, start):
    """Time with optional offset from s[start:]; (h, m, s, us, tz) or None."""
    n = len(s)
    p = start
    while p < n:
        c = s[p]
        if c == "Z" or c == "+" or c == "-":
            break
        p += 1
    if p >= n:
        p = n
    code, hh, mi, ss, us = _parse_hms(s, start, p)
    if code < 0:
        return None
    if p == n:
        if code == 1:
            return None
        return hh, mi, ss, us, None
    if s[p] == "Z":
        if p + 1 != n:
            return None
        return hh, mi, ss, us, timezone.utc
    sign = -1 if s[p] == "-" else 1
    code, th, tm, ts, tus = _parse_hms(s, p + 1, n)
    if code:
        return None
    off = sign * (th * 3600 + tm * 60 + ts)
    tus *= sign
    if off == 0:
        return hh, mi, ss, us, timezone.utc
    return hh, mi, ss, us, timezone(timedelta(0, off, tus))


def _iso_text(s):
    """The string as one character per UTF-8 byte (C parses bytes), or None."""
    if s.isascii():
        return s
    try:
        return s.encode("utf-8").decode("latin-1")
    except UnicodeEncodeError:
        return None


def _find_iso_sep(s):
    n = len(s)
    if n == 7:
        return 7
    if s[4] == "-":
        if s[5] == "W":
            if n < 8:
                return -1
            if n > 8 and s[8] == "-":
                if n == 9:
                    return -1
                if n > 10 and "0" <= s[10] <= "9":
                    return 8
                return 10
            return 8
        return 10
    if s[4] == "W":
        k = 7
        while k < n and "0" <= s[k] <= "9":
            k += 1
        if k < 9:
            return k
        return 7 if k % 2 == 0 else 8
    return 8


# ------------------------------------------------------------------------ date

def _mkdate(y, m, d):
    self = _obj_new(date)
    self._year = y
    self._month = m
    self._day = d
    self._hashcode = -1
    return self


def _date_for(cls, y, m, d):
    if cls is date:
        return _mkdate(y, m, d)
    return cls(y, m, d)


def _shift(y, m, d, days):
    nd = d + days
    if 1 <= nd <= 28 or (nd > 28 and nd <= _dim(y, m)):
        return y, m, nd
    o = _ymd2ord(y, m, d) + days
    if o < 1 or o > _MAXORDINAL:
        raise OverflowError("date value out of range")
    return _ord2ymd(o)


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        if month is None and day is None and isinstance(year, (bytes, str)) \
                and len(year) == 4:
            state = year.encode("latin-1") if isinstance(year, str) else year
            if 1 <= state[2] <= 12:
                self = _obj_new(cls)
                self._year = state[0] * 256 + state[1]
                self._month = state[2]
                self._day = state[3]
                self._hashcode = -1
                return self
        if month is None:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' (pos 3)")
        year, month, day = _check_date(year, month, day)
        self = _obj_new(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # -- constructors

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp."""
        secs, _ = _ts_split(t, True)
        y, m, d = _local_fields(secs)[:3]
        return _date_for(cls, y, m, d)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return _date_for(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        t = _iso_text(s)
        r = None
        if t is not None and len(t) in (7, 8, 10):
            r = _parse_iso_date(t, len(t))
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        return _date_for(cls, *_check_date(*r))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        year, week, day = _index(year), _index(week), _index(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if _iso_to_ymd(year, week, 1) is None:
            raise ValueError("Invalid week: %d" % week)
        r = _iso_to_ymd(year, week, day)
        if r is None:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        return _date_for(cls, *_check_date(*r))

    # -- fields

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # -- formatting

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tn(self), self._year, self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def ctime(self):
        """Return ctime() style string."""
        wd = (_ymd2ord(self._year, self._month, self._day) + 6) % 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[wd], _MONTHNAMES[self._month],
                                             self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        _check_fmt(format)
        tt = _wrap_tt(self._year, self._month, self._day, 0, 0, 0, -1)
        return _strftime(format, tt, 0, _empty, _empty)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s"
                            % _argtn(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _struct_time(_wrap_tt(self._year, self._month, self._day, 0, 0, 0, -1))

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        return IsoCalendarDate(*_isocal(self._year, self._month, self._day))

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return date.__new__(type(self), year, month, day)

    # -- comparisons and hashing

    def __eq__(self, other):
        if isinstance(other, date):
            return (self._year == other._year and self._month == other._month
                    and self._day == other._day)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date):
            return not (self._year == other._year and self._month == other._month
                        and self._day == other._day)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return (self._year, self._month, self._day) < (other._year, other._month, other._day)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return (self._year, self._month, self._day) <= (other._year, other._month, other._day)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return (self._year, self._month, self._day) > (other._year, other._month, other._day)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return (self._year, self._month, self._day) >= (other._year, other._month, other._day)
        return NotImplemented

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            y = self._year
            h = self._hashcode = hash(bytes((y >> 8, y & 255, self._month, self._day)))
        return h

    # -- arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            y, m, d = _shift(self._year, self._month, self._day, other._days)
            return _date_for(type(self), y, m, d)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            y, m, d = _shift(self._year, self._month, self._day, -other._days)
            return _date_for(type(self), y, m, d)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td_new(timedelta, (_ymd2ord(self._year, self._month, self._day)
                                       - _ymd2ord(other._year, other._month, other._day))
                           * 86400000000)
        return NotImplemented

    # -- pickling

    def _getstate(self):
        y = self._year
        return bytes((y >> 8, y & 255, self._month, self._day))

    def __reduce__(self):
        return (type(self), (self._getstate(),))


def _empty():
    return ""


date.min = _mkdate(1, 1, 1)
date.max = _mkdate(9999, 12, 31)
date.resolution = _td_raw(1, 0, 0)


class IsoCalendarDate(tuple):

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            "datetime.IsoCalendarDate" if type(self) is IsoCalendarDate else type(self).__name__,
            self[0], self[1], self[2])


# ---------------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _call_utcoffset(self, dt)
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _call_dst(self, dt)
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt = dt + delta
            dst = _call_dst(self, dt)
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; "
                                 "cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        getstate = getattr(type(self), "__getstate__", None)
        if getstate is not None and getstate is not getattr(object, "__getstate__", None):
            state = self.__getstate__()
        else:
            state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)


def _check_offset(off, what):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (what, _tn(off)))
    d = off._days
    if d < -1 or d >= 1 or (d == -1 and off._seconds == 0 and off._microseconds < 1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return off


def _call_utcoffset(tz, arg):
    if tz is None:
        return None
    return _check_offset(tz.utcoffset(arg), "utcoffset")


def _call_dst(tz, arg):
    if tz is None:
        return None
    return _check_offset(tz.dst(arg), "dst")


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % _argtn(name))
    return name


_OMITTED = object()


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_OMITTED):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % _argtn(offset))
        if name is _OMITTED:
            name = None
            if not offset:
                return _UTC
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % _argtn(name))
        return _tz_create(offset, name)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        if dt is None or isinstance(dt, datetime):
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, not %s"
                        % _tn(dt))

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        if not (dt is None or isinstance(dt, datetime)):
            raise TypeError("tzname(dt) argument must be a datetime instance or None, not %s"
                            % _tn(dt))
        if self._name is not None:
            return self._name
        off = self._offset
        if self is _UTC or not off:
            return "UTC"
        return "UTC" + _format_off(off, ":")

    def dst(self, dt):
        """Return None."""
        if dt is None or isinstance(dt, datetime):
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, not %s"
                        % _tn(dt))

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)


def _tz_create(offset, name):
    d = offset._days
    if d < -1 or d >= 1 or (d == -1 and offset._seconds == 0 and offset._microseconds < 1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24), not %r." % (offset,))
    self = _obj_new(timezone)
    self._offset = offset
    self._name = name
    return self


_UTC = None
_UTC = _tz_create(_ZERO, None)
timezone.utc = _UTC
timezone.min = _tz_create(_td_raw(-1, 60, 0), None)
timezone.max = _tz_create(_td_raw(0, 86340, 0), None)
UTC = _UTC


# ------------------------------------------------------------------------ time

def _mktime(h, mi, s, us, tz, fold):
    self = _obj_new(time)
    self._hour = h
    self._minute = mi
    self._second = s
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold",
                 "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, (bytes, str)) and len(hour) == 6:
            state = hour.encode("latin-1") if isinstance(hour, str) else hour
            if (state[0] & 0x7F) < 24:
                tz = minute if minute != 0 else None
                _check_tzinfo(tz)
                self = _obj_new(cls)
                self._hour = state[0] & 0x7F
                self._minute = state[1]
                self._second = state[2]
                self._microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
                self._tzinfo = tz
                self._fold = 1 if state[0] > 127 else 0
                self._hashcode = -1
                return self
        hour, minute, second, microsecond, fold = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = _obj_new(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, s):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        t = _iso_text(s)
        r = None
        if t is not None:
            r = _parse_iso_time(t, 1 if t[:1] == "T" else 0)
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        hh, mi, ss, us, tz = r
        if cls is time:
            _check_time(hh, mi, ss, us, 0)
            return _mktime(hh, mi, ss, us, tz, 0)
        return cls(hh, mi, ss, us, tz)

    hour = property(lambda self: self._hour, doc="hour (0-23)")
    minute = property(lambda self: self._minute, doc="minute (0-59)")
    second = property(lambda self: self._second, doc="second (0-59)")
    microsecond = property(lambda self: self._microsecond, doc="microsecond (0-999999)")
    tzinfo = property(lambda self: self._tzinfo, doc="timezone info object")
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return _call_utcoffset(self._tzinfo, None)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        return _call_dst(self._tzinfo, None)

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, None)

    def __repr__(self):
        if self._microsecond:
            s = "%s(%d, %d, %d, %d)" % (_tn(self), self._hour, self._minute,
                                        self._second, self._microsecond)
        elif self._second:
            s = "%s(%d, %d, %d)" % (_tn(self), self._hour, self._minute, self._second)
        else:
            s = "%s(%d, %d)" % (_tn(self), self._hour, self._minute)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec="auto"):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 1 must be str, not %s"
                            % _argtn(timespec))
        s = _fmt_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        if self._tzinfo is not None:
            s += _format_off(self.utcoffset(), ":")
        return s

    __str__ = isoformat

    def strftime(self, format):
        """format -> strftime() style string."""
        _check_fmt(format)
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(format, tt, self._microsecond,
                         lambda: _format_off(self.utcoffset(), ""),
                         lambda: (self.tzname() or ""))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s"
                            % _argtn(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return time.__new__(type(self), hour, minute, second, microsecond, tzinfo,
                            fold=fold)

    def _cmp(self, other, eq):
        if self._tzinfo is other._tzinfo:
            o1 = o2 = None
        else:
            o1 = self.utcoffset()
            o2 = other.utcoffset()
        if o1 is o2 or (o1 is not None and o2 is not None and o1 == o2):
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second, other._microsecond)
            return (a > b) - (a < b)
        if o1 is not None and o2 is not None:
            s1 = (self._hour * 3600 + self._minute * 60 + self._second
                  - o1._days * 86400 - o1._seconds)
            s2 = (other._hour * 3600 + other._minute * 60 + other._second
                  - o2._days * 86400 - o2._seconds)
            diff = s1 - s2
            if diff == 0:
                diff = self._microsecond - other._microsecond
            return (diff > 0) - (diff < 0)
        if eq:
            return 2
        raise TypeError("can't compare offset-naive and offset-aware times")

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            t = self
            if self._fold:
                t = time.__new__(time, self._hour, self._minute, self._second,
                                 self._microsecond, self._tzinfo)
            off = t.utcoffset()
            if off is None:
                us = self._microsecond
                h = hash(bytes((self._hour, self._minute, self._second,
                                us >> 16, (us >> 8) & 255, us & 255)))
            else:
                h = hash(timedelta(0, self._hour * 3600 + self._minute * 60 + self._second,
                                   self._microsecond) - off)
            self._hashcode = h
        return h

    def __bool__(self):
        return True

    def _getstate(self, protocol=3):
        us = self._microsecond
        h = self._hour
        if self._fold and protocol > 3:
            h += 128
        state = bytes((h, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (state,)
        return (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _fmt_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


time.min = _mktime(0, 0, 0, 0, None, 0)
time.max = _mktime(23, 59, 59, 999999, None, 0)
time.resolution = _td_raw(0, 0, 1)


# -------------------------------------------------------------------- datetime

def _mkdt(y, m, d, hh, mi, ss, us, tz, fold):
    self = _obj_new(datetime)
    self._year = y
    self._month = m
    self._day = d
    self._hour = hh
    self._minute = mi
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _dt_for(cls, y, m, d, hh, mi, ss, us, tz, fold=0):
    if cls is datetime:
        return _mkdt(y, m, d, hh, mi, ss, us, tz, fold)
    if fold:
        return cls(y, m, d, hh, mi, ss, us, tz, fold=1)
    return cls(y, m, d, hh, mi, ss, us, tz)


def _dt_plus(dt, days, secs, us):
    """dt shifted by (days, secs, us) where secs/us may be out of range."""
    us += dt._microsecond
    secs += dt._hour * 3600 + dt._minute * 60 + dt._second
    if us >= 1000000 or us < 0:
        q, us = divmod(us, 1000000)
        secs += q
    if secs >= 86400 or secs < 0:
        q, secs = divmod(secs, 86400)
        days += q
    if days:
        y, m, d = _shift(dt._year, dt._month, dt._day, days)
    else:
        y, m, d = dt._year, dt._month, dt._day
    hh, secs = divmod(secs, 3600)
    mi, ss = divmod(secs, 60)
    return _dt_for(type(dt), y, m, d, hh, mi, ss, us, dt._tzinfo)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if (day is None and isinstance(year, (bytes, str)) and len(year) == 10):
            state = year.encode("latin-1") if isinstance(year, str) else year
            if 1 <= (state[2] & 0x7F) <= 12:
                tz = month
                _check_tzinfo(tz)
                self = _obj_new(cls)
                self._year = state[0] * 256 + state[1]
                self._month = state[2] & 0x7F
                self._day = state[3]
                self._hour = state[4]
                self._minute = state[5]
                self._second = state[6]
                self._microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
                self._tzinfo = tz
                self._fold = 1 if state[2] > 127 else 0
                self._hashcode = -1
                return self
        if month is None:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is None:
            raise TypeError("function missing required argument 'day' (pos 3)")
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = _obj_new(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour, doc="hour (0-23)")
    minute = property(lambda self: self._minute, doc="minute (0-59)")
    second = property(lambda self: self._second, doc="second (0-59)")
    microsecond = property(lambda self: self._microsecond, doc="microsecond (0-999999)")
    tzinfo = property(lambda self: self._tzinfo, doc="timezone info object")
    fold = property(lambda self: self._fold)

    # -- constructors

    @classmethod
    def _from_timet(cls, secs, us, tz):
        if tz is None:
            y, m, d, hh, mi, ss = _local_fields(secs)
            fold = 0
            if _HAVE_LOCALTIME and not (y == MINYEAR and m == 1 and d == 1):
                # PEP 495: detect the second of two repeated wall times
                res = _ymd2ord(y, m, d) * 86400 + hh * 3600 + mi * 60 + ss
                u = secs + _EPOCH_SECS
                probe = _local(u - _MAX_FOLD)
                trans = res - probe - _MAX_FOLD
                if trans < 0:
                    if _local(u + trans) == res:
                        fold = 1
            return _dt_for(cls, y, m, d, hh, mi, ss, us, None, fold)
        y, m, d, hh, mi, ss = _utc_fields(secs)
        return tz.fromutc(_dt_for(cls, y, m, d, hh, mi, ss, us, tz))

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        secs, us = _ts_split(t)
        return cls._from_timet(secs, us, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        secs, us = _ts_split(t)
        y, m, d, hh, mi, ss = _utc_fields(secs)
        return _dt_for(cls, y, m, d, hh, mi, ss, us, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        _check_tzinfo(tz)
        secs, us = _ts_split(_time.time())
        return cls._from_timet(secs, us, tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % _argtn(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _argtn(time))
        if tzinfo is True:
            tzinfo = time._tzinfo
        else:
            _check_tzinfo(tzinfo)
        return _dt_for(cls, date._year, date._month, date._day, time._hour, time._minute,
                       time._second, time._microsecond, tzinfo, time._fold)

    @classmethod
    def fromisoformat(cls, s):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        r = None
        if len(s) >= 7:
            t = s
            for pos in (7, 8, 10):
                if pos >= len(s):
                    break
                if 0xD800 <= ord(s[pos]) <= 0xDFFF:
                    t = s[:pos] + "T" + s[pos + 1:]
                    break
            t = _iso_text(t)
            if t is not None:
                r = _parse_iso_datetime(t)
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        y, m, d, hh, mi, ss, us, tz = r
        return _dt_for(cls, *_check_date(y, m, d), *_check_time(hh, mi, ss, us, 0)[:4], tz)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        return _strptime_datetime(cls, date_string, format)

    # -- conversions

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _struct_time(_wrap_tt(self._year, self._month, self._day, self._hour,
                                     self._minute, self._second, isdst))

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _struct_time(_wrap_tt(dt._year, dt._month, dt._day, dt._hour,
                                     dt._minute, dt._second, 0))

    def _local_seconds(self):
        return _local_to_seconds(self._year, self._month, self._day, self._hour,
                                 self._minute, self._second, self._fold)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            return (self._local_seconds() - _EPOCH_SECS) + self._microsecond / 1e6
        return (self - _EPOCH_UTC).total_seconds()

    def date(self):
        """Return date object with same year, month and day."""
        return _mkdate(self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _mktime(self._hour, self._minute, self._second, self._microsecond,
                       None, self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _mktime(self._hour, self._minute, self._second, self._microsecond,
                       self._tzinfo, self._fold)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        tz = self._tzinfo
        if tz is None:
            return None
        return _check_offset(tz.utcoffset(self), "utcoffset")

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        return _call_dst(self._tzinfo, self)

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return datetime.__new__(type(self), year, month, day, hour, minute, second,
                                microsecond, tzinfo, fold=fold)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        _check_tzinfo(tz)
        mytz = self._tzinfo
        off = None
        if mytz is not None:
            off = self.utcoffset()
        if off is None:
            secs = self._local_seconds() - _EPOCH_SECS
            goff, name = _local_zone(secs)
            mytz = timezone(_td_raw(0, 0, 0) + timedelta(seconds=goff), name) \
                if name is not None else timezone(timedelta(seconds=goff))
            if mytz is tz:
                return self
            off = timedelta(seconds=goff)
        elif mytz is tz:
            return self
        utc = self - off
        utc = _mkdt(utc._year, utc._month, utc._day, utc._hour, utc._minute,
                    utc._second, utc._microsecond, _UTC, 0) if type(utc) is datetime \
            else utc.replace(tzinfo=_UTC)
        if tz is None:
            secs = int((utc - _EPOCH_UTC) // _SECOND)
            goff, name = _local_zone(secs)
            tz = timezone(timedelta(seconds=goff), name) if name is not None \
                else timezone(timedelta(seconds=goff))
        utc = utc.replace(tzinfo=tz) if type(utc) is not datetime else \
            _mkdt(utc._year, utc._month, utc._day, utc._hour, utc._minute,
                  utc._second, utc._microsecond, tz, 0)
        return tz.fromutc(utc)

    # -- formatting

    def ctime(self):
        """Return ctime() style string."""
        wd = (_ymd2ord(self._year, self._month, self._day) + 6) % 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[wd], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % _argtn(sep))
        if not isinstance(timespec, str):
            raise TypeError("isoformat() argument 2 must be str, not %s"
                            % _argtn(timespec))
        s = "%04d-%02d-%02d%s%s" % (self._year, self._month, self._day, sep,
                                    _fmt_time(self._hour, self._minute, self._second,
                                              self._microsecond, timespec))
        if self._tzinfo is not None:
            s += _format_off(self.utcoffset(), ":")
        return s

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        if self._microsecond:
            s = "%s(%d, %d, %d, %d, %d, %d, %d)" % (
                _tn(self), self._year, self._month, self._day, self._hour,
                self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%s(%d, %d, %d, %d, %d, %d)" % (
                _tn(self), self._year, self._month, self._day, self._hour,
                self._minute, self._second)
        else:
            s = "%s(%d, %d, %d, %d, %d)" % (
                _tn(self), self._year, self._month, self._day, self._hour, self._minute)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def strftime(self, format):
        """format -> strftime() style string."""
        _check_fmt(format)
        dst = self.dst() if self._tzinfo is not None else None
        isdst = -1 if dst is None else (1 if dst else 0)
        tt = _wrap_tt(self._year, self._month, self._day, self._hour, self._minute,
                      self._second, isdst)
        return _strftime(format, tt, self._microsecond,
                         lambda: _format_off(self.utcoffset(), ""),
                         lambda: (self.tzname() or ""))

    # -- comparisons

    def _cmp(self, other, eq):
        tz1 = self._tzinfo
        tz2 = other._tzinfo
        if tz1 is tz2:
            o1 = o2 = None
        else:
            o1 = self.utcoffset()
            o2 = other.utcoffset()
        if o1 is o2 or (o1 is not None and o2 is not None and o1 == o2):
            a = (self._year, self._month, self._day, self._hour, self._minute,
                 self._second, self._microsecond)
            b = (other._year, other._month, other._day, other._hour, other._minute,
                 other._second, other._microsecond)
            diff = (a > b) - (a < b)
        elif o1 is not None and o2 is not None:
            delta = self - other
            diff = delta._days or (delta._seconds | delta._microseconds)
            diff = (diff > 0) - (diff < 0)
        else:
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if diff == 0 and eq and tz1 is not tz2 and (
                _flip_changes(self, o1) or _flip_changes(other, o2)):
            return 2
        return diff

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def _ordered(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False)
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tn(self), _tn(other)))
        return None

    def __lt__(self, other):
        c = self._ordered(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._ordered(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._ordered(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._ordered(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        h = self._hashcode
        if h == -1:
            t = self
            if self._fold:
                t = self.replace(fold=0)
            off = t.utcoffset() if self._tzinfo is not None else None
            if off is None:
                y = self._year
                us = self._microsecond
                h = hash(bytes((y >> 8, y & 255, self._month, self._day, self._hour,
                                self._minute, self._second, us >> 16, (us >> 8) & 255,
                                us & 255)))
            else:
                days = _ymd2ord(self._year, self._month, self._day)
                secs = self._hour * 3600 + self._minute * 60 + self._second
                h = hash(_td_new(timedelta, (days * 86400 + secs) * 1000000
                                 + self._microsecond) - off)
            self._hashcode = h
        return h

    # -- arithmetic

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        # hot path: inlined normalisation (other's fields are already normalised)
        us = self._microsecond + other._microseconds
        secs = self._hour * 3600 + self._minute * 60 + self._second + other._seconds
        days = other._days
        if us >= 1000000:
            us -= 1000000
            secs += 1
        if secs >= 86400:
            secs -= 86400
            days += 1
        y = self._year
        m = self._month
        d = self._day
        if days:
            d += days
            if d < 1 or (d > 28 and d > _dim(y, m)):
                y, m, d = _shift(y, m, self._day, days)
        hh = secs // 3600
        secs -= hh * 3600
        mi = secs // 60
        if type(self) is not datetime:
            return _dt_for(type(self), y, m, d, hh, mi, secs - mi * 60, us, self._tzinfo)
        r = _obj_new(datetime)
        r._year = y
        r._month = m
        r._day = d
        r._hour = hh
        r._minute = mi
        r._second = secs - mi * 60
        r._microsecond = us
        r._tzinfo = self._tzinfo
        r._fold = 0
        r._hashcode = -1
        return r

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            tz1 = self._tzinfo
            tz2 = other._tzinfo
            o1 = o2 = None
            if tz1 is not tz2:
                o1 = self.utcoffset()
                o2 = other.utcoffset()
                if (o1 is None) != (o2 is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            days = (_ymd2ord(self._year, self._month, self._day)
                    - _ymd2ord(other._year, other._month, other._day))
            secs = (self._hour * 3600 + self._minute * 60 + self._second
                    - other._hour * 3600 - other._minute * 60 - other._second)
            res = _td_new(timedelta, (days * 86400 + secs) * 1000000
                          + self._microsecond - other._microsecond)
            if o1 is not None and o1 != o2:
                res = res - (o1 - o2)
            return res
        if isinstance(other, timedelta):
            return _dt_plus(self, -other._days, -other._seconds, -other._microseconds)
        return NotImplemented

    # -- pickling

    def _getstate(self, protocol=3):
        y = self._year
        us = self._microsecond
        m = self._month
        if self._fold and protocol > 3:
            m += 128
        state = bytes((y >> 8, y & 255, m, self._day, self._hour, self._minute,
                       self._second, us >> 16, (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (state,)
        return (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _flip_changes(dt, off):
    # PEP 495: an aware datetime in a fold/gap never compares equal across zones
    flipped = dt.replace(fold=not dt._fold)
    foff = flipped.utcoffset()
    if foff is off:
        return False
    return foff != off


def _parse_iso_datetime(s):
    n = len(s)
    sep = _find_iso_sep(s)
    if sep < 0:
        return None
    r = _parse_iso_date(s, sep)
    if r is None:
        return None
    if n <= sep:
        return r + (0, 0, 0, 0, None)
    c = ord(s[sep])
    # the separator is one character: skip all of its UTF-8 bytes
    if c < 0x80:
        p = sep + 1
    elif c & 0xF0 == 0xE0:
        p = sep + 3
    elif c & 0xF0 == 0xF0:
        p = sep + 4
    else:
        p = sep + 2
    if p > n:
        return None
    t = _parse_iso_time(s, p)
    if t is None:
        return None
    return r + t


_date_class = date
_time_class = time

datetime.min = _mkdt(1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _mkdt(9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = _td_raw(0, 0, 1)

_EPOCH_UTC = _mkdt(1970, 1, 1, 0, 0, 0, 0, _UTC, 0)
_SECOND = _td_raw(0, 1, 0)

_TYPE_NAMES = {
    timedelta: "datetime.timedelta", date: "datetime.date", time: "datetime.time",
    datetime: "datetime.datetime", timezone: "datetime.timezone",
    tzinfo: "datetime.tzinfo",
}


# -------------------------------------------------------------------- strptime

_SP_NUMERIC = {
    # directive: (max digits, min digits, lowest value, highest value)
    "d": (2, 1, 1, 31), "H": (2, 1, 0, 23), "I": (2, 1, 1, 12),
    "m": (2, 1, 1, 12), "M": (2, 1, 0, 59), "S": (2, 1, 0, 61),
    "U": (2, 1, 0, 53), "W": (2, 1, 0, 53), "V": (2, 1, 0, 53),
    "j": (3, 1, 1, 366), "y": (2, 2, 0, 99), "Y": (4, 4, 0, 9999),
    "G": (4, 4, 0, 9999), "w": (1, 1, 0, 6), "u": (1, 1, 1, 7),
}
_SP_LOCALE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_SP_SPECIAL = ".^$*+?(){}[]|\\"
_WS = " \t\n\r\f\v"


def _sp_tokens(fmt):
    """Format -> list of ("lit", ch) / ("ws",) / ("dir", ch)."""
    toks = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d in _SP_LOCALE:
                toks.extend(_sp_tokens(_SP_LOCALE[d]))
            elif d in _SP_NUMERIC or d in "fzZaAbBp":
                toks.append(("dir", d))
            elif d == "%":
                toks.append(("lit", "%"))
            else:
                if d in _SP_SPECIAL or d.isspace():
                    d = "%"
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            toks.append(("ws",))
        else:
            toks.append(("lit", c))
            i += 1
    return toks


_SP_NAMES = {
    "a": [n.lower() for n in _DAYNAMES],
    "A": [n.lower() for n in _FULLDAYNAMES],
    "b": [n.lower() for n in _MONTHNAMES[1:]],
    "B": [n.lower() for n in _FULLMONTHNAMES[1:]],
    "p": ["am", "pm"],
}


def _sp_zone_names():
    names = {"utc", "gmt"}
    try:
        names.add(_time.tzname[0].lower())
        if getattr(_time, "daylight", 0):
            names.add(_time.tzname[1].lower())
    except AttributeError:
        pass
    return names


def _sp_candidates(d, s, i):
    """End positions the directive d can match at s[i:], most preferred first."""
    n = len(s)
    if d in _SP_NUMERIC:
        hi_digits, lo_digits, lo, hi = _SP_NUMERIC[d]
        ends = []
        k = i
        while k < n and k - i < hi_digits and "0" <= s[k] <= "9":
            k += 1
        for length in range(k - i, lo_digits - 1, -1):
            if length <= 0:
                break
            text = s[i:i + length]
            v = int(text)
            if lo <= v <= hi:
                if d == "j" and length == 3 and v < 1:
                    continue
                if d == "V" and length == 2 and v == 0:
                    continue
                if d in "dImj" and v == 0:
                    continue
                ends.append(i + length)
        if d == "d" and i + 1 < n and s[i] == " " and "1" <= s[i + 1] <= "9":
            ends.append(i + 2)
        return ends
    if d == "f":
        k = i
        while k < n and k - i < 6 and "0" <= s[k] <= "9":
            k += 1
        return list(range(k, i, -1))
    if d in _SP_NAMES or d == "Z":
        low = s[i:i + 12].lower()
        names = _SP_NAMES[d] if d != "Z" else _sp_zone_names()
        found = sorted({len(nm) for nm in names if low.startswith(nm)}, reverse=True)
        return [i + k for k in found]
    if d == "z":
        if i < n and s[i] == "Z":
            return [i + 1]
        if i >= n or s[i] not in "+-":
            return []
        k = i + 1
        if not (k + 1 < n and s[k].isdigit() and s[k + 1].isdigit()):
            return []
        k += 2
        opts = []
        for colon in ((True, False) if k < n and s[k] == ":" else (False,)):
            p = k + 1 if colon else k
            if not (p + 1 < n + 0 and p + 1 <= n - 1 and "0" <= s[p] <= "5" and s[p + 1].isdigit()):
                continue
            p += 2
            base = p
            more = []
            for c2 in ((True, False) if p < n and s[p] == ":" else (False,)):
                q = p + 1 if c2 else p
                if q + 1 <= n - 1 and "0" <= s[q] <= "5" and s[q + 1].isdigit():
                    q += 2
                    fr = []
                    if q < n and s[q] == ".":
                        e = q + 1
                        while e < n and e - q - 1 < 6 and s[e].isdigit():
                            e += 1
                        fr = list(range(e, q + 1, -1))
                    more.extend(fr + [q])
            opts.extend(more + [base])
        return opts
    return []


def _sp_match(toks, s):
    """Anchored backtracking match; returns (end, captures) or None."""
    n = len(s)
    caps = {}

    def go(t, i):
        if t == len(toks):
            return i
        tok = toks[t]
        kind = tok[0]
        if kind == "lit":
            c = tok[1]
            if i < n and (s[i] == c or s[i].lower() == c.lower()):
                return go(t + 1, i + 1)
            return -1
        if kind == "ws":
            k = i
            while k < n and s[k].isspace():
                k += 1
            while k > i:
                r = go(t + 1, k)
                if r >= 0:
                    return r
                k -= 1
            return -1
        d = tok[1]
        for e in _sp_candidates(d, s, i):
            caps[d] = s[i:e]
            r = go(t + 1, e)
            if r >= 0:
                return r
        caps.pop(d, None)
        return -1

    end = go(0, 0)
    if end < 0:
        return None
    return end, caps


def _sp_julian_from_week(year, week, weekday, monday_first):
    first = (_ymd2ord(year, 1, 1) + 6) % 7
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday


def _strptime_fields(data, fmt):
    for k, v in enumerate((data, fmt)):
        if not isinstance(v, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (k + 1, _argtn(v)))
    toks = _sp_tokens(fmt)
    r = _sp_match(toks, data)
    if r is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    end, found = r
    if end != len(data):
        raise ValueError("unconverted data remains: %s" % data[end:])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    gmtoff = None
    gmtoff_fraction = 0
    iso_year = iso_week = None
    week = -1
    monday_first = False
    weekday = julian = None
    order = []
    for tok in toks:
        if tok[0] == "dir" and tok[1] not in order:
            order.append(tok[1])
    for key in order:
        v = found[key]
        if key == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(v)
        elif key == "G":
            iso_year = int(v)
        elif key == "m":
            month = int(v)
        elif key == "B":
            month = _SP_NAMES["B"].index(v.lower()) + 1
        elif key == "b":
            month = _SP_NAMES["b"].index(v.lower()) + 1
        elif key == "d":
            day = int(v)
        elif key == "H":
            hour = int(v)
        elif key == "I":
            hour = int(v)
            ampm = found.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif key == "M":
            minute = int(v)
        elif key == "S":
            second = int(v)
        elif key == "f":
            fraction = int(v + "0" * (6 - len(v)))
        elif key == "A":
            weekday = _SP_NAMES["A"].index(v.lower())
        elif key == "a":
            weekday = _SP_NAMES["a"].index(v.lower())
        elif key == "w":
            weekday = int(v)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == "u":
            weekday = int(v) - 1
        elif key == "j":
            julian = int(v)
        elif key == "U" or key == "W":
            week = int(v)
            monday_first = key == "W"
        elif key == "V":
            iso_week = int(v)
        elif key == "z":
            z = v
            if z == "Z":
                gmtoff = 0
            else:
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % v)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = hours * 3600 + minutes * 60 + seconds
                rest = z[8:]
                gmtoff_fraction = int(rest + "0" * (6 - len(rest)))
                if z[0] == "-":
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', "
                             "'%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with "
                             "ISO year directive '%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', "
                             "'%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")
    leap_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week != -1:
            julian = _sp_julian_from_week(year, week, weekday, monday_first)
        elif iso_year is not None and iso_week is not None:
            o = _iso_week1_monday(iso_year) + (iso_week - 1) * 7 + weekday
            year = iso_year
            julian = o - _days_before_year(iso_year)
            if julian < 1:
                year = iso_year - 1
                julian = o - _days_before_year(year)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        _check_date(year, 1, 1)
        o = julian - 1 + _ymd2ord(year, 1, 1)
        if o < 1:
            raise ValueError("ordinal must be >= 1")
        if o > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(o)[0])
        year, month, day = _ord2ymd(o)
    else:
        _check_date(year, month, day)
    if leap_fix:
        year = 1900
    return (year, month, day, hour, minute, second, fraction, found.get("Z"),
            gmtoff, gmtoff_fraction)


def _strptime_datetime(cls, data, fmt):
    (year, month, day, hour, minute, second, fraction, tzname, gmtoff,
     gmtoff_fraction) = _strptime_fields(data, fmt)
    if gmtoff is None:
        return cls(year, month, day, hour, minute, second, fraction)
    delta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
    tz = timezone(delta, tzname) if tzname else timezone(delta)
    return cls(year, month, day, hour, minute, second, fraction, tz)

# Error messages name these as CPython's C types are named ('datetime.date').
try:
    from _ferrython import set_type_name as _set_type_name
except ImportError:
    pass
else:
    for _cls in (date, time, datetime, timedelta, tzinfo, timezone):
        _set_type_name(_cls, "datetime." + _cls.__name__)
    del _cls, _set_type_name
