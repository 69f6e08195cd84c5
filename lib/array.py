"""Arrays of numeric values or characters with a fixed item type
(ferrython's implementation; item sizes as CPython 3.11 on x86-64 Linux).

array(typecode [, initializer]) makes an array whose items all have the C
type named by typecode:

    b signed char (1)   B unsigned char (1)   u wchar_t character (4)
    h short (2)         H unsigned short (2)  i int (4)     I unsigned int (4)
    l long (8)          L unsigned long (8)   q long long (8)
    Q unsigned long long (8)                  f float (4)   d double (8)

Items are kept as Python objects in a list (ints, floats or 1-character
strings) and checked/converted when stored; the machine representation is
only produced by tobytes()/tofile() and read by frombytes()/fromfile().
"""

from math import frexp as _frexp, ldexp as _ldexp, isinf as _isinf
from operator import index as _index
import struct as _struct

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_list = list

_ITEMSIZE = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4,
             "l": 8, "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8}

_BAD_TYPECODE = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"

_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1


# ---------------------------------------------------------------------------
# Item conversion: one function per typecode turning a Python object into the
# value stored, raising CPython's errors.

def _as_int(v):
    if v.__class__ is int:
        return v
    if isinstance(v, int):
        return int(v)
    return _index(v)


def _signed_conv(lo, hi, name):
    lo_msg = name + " is less than minimum"
    hi_msg = name + " is greater than maximum"

    def conv(v):
        if v.__class__ is not int:
            v = _as_int(v)
        if lo <= v <= hi:
            return v
        if v < _LONG_MIN or v > _LONG_MAX:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError(lo_msg if v < lo else hi_msg)
    return conv


def _conv_I(v):
    if v.__class__ is not int:
        v = _as_int(v)
    if 0 <= v <= 0xFFFFFFFF:
        return v
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v > _ULONG_MAX:
        raise OverflowError("Python int too large to convert to C unsigned long")
    raise OverflowError("unsigned int is greater than maximum")


def _conv_l(v):
    if v.__class__ is not int:
        v = _as_int(v)
    if _LONG_MIN <= v <= _LONG_MAX:
        return v
    raise OverflowError("Python int too large to convert to C long")


def _conv_L(v):
    if v.__class__ is not int:
        v = _as_int(v)
    if 0 <= v <= _ULONG_MAX:
        return v
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    raise OverflowError("Python int too large to convert to C unsigned long")


def _conv_q(v):
    if v.__class__ is not int:
        v = _as_int(v)
    if _LONG_MIN <= v <= _LONG_MAX:
        return v
    raise OverflowError("int too big to convert")


def _conv_Q(v):
    if v.__class__ is not int:
        v = _as_int(v)
    if 0 <= v <= _ULONG_MAX:
        return v
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    raise OverflowError("int too big to convert")


def _conv_d(v):
    if v.__class__ is float:
        return v
    if isinstance(v, float):
        return float(v)
    if isinstance(v, int):
        return float(v)
    t = type(v)
    if hasattr(t, "__float__"):
        return float(v)
    if hasattr(t, "__index__"):
        return float(_index(v))
    raise TypeError("must be real number, not %s" % t.__name__)


_F32_MAX = 3.4028234663852886e38
_INF = float("inf")


def _round_f32(x):
    """x rounded to the nearest IEEE single (ties to even); inf on overflow."""
    if x == 0.0 or x != x or _isinf(x):
        return x
    m, e = _frexp(x)
    shift = e - 24
    if shift < -149:
        shift = -149
    r = _ldexp(float(round(_ldexp(x, -shift))), shift)
    if r > _F32_MAX:
        return _INF
    if r < -_F32_MAX:
        return -_INF
    return r


def _conv_f(v):
    if v.__class__ is not float:
        v = _conv_d(v)
    return _round_f32(v)


def _conv_u(v):
    if v.__class__ is str and len(v) == 1:
        return v
    if isinstance(v, str) and len(v) == 1:
        return str(v)
    raise TypeError("array item must be unicode character")


_CONV = {
    "b": _signed_conv(-128, 127, "signed char"),
    "B": _signed_conv(0, 255, "unsigned byte integer"),
    "h": _signed_conv(-32768, 32767, "signed short integer"),
    "H": _signed_conv(0, 65535, "unsigned short"),
    "i": _signed_conv(-(1 << 31), (1 << 31) - 1, "signed integer"),
    "I": _conv_I, "l": _conv_l, "L": _conv_L, "q": _conv_q, "Q": _conv_Q,
    "f": _conv_f, "d": _conv_d, "u": _conv_u,
}

_SIGNED = {"b": True, "B": False, "h": True, "H": False, "i": True,
           "I": False, "l": True, "L": False, "q": True, "Q": False}


# ---------------------------------------------------------------------------
# Machine representation (little-endian, as on x86-64)

def _encode(tc, items):
    if tc == "d" or tc == "f":
        return _struct.pack("<%d%s" % (len(items), tc), *items)
    if tc == "u":
        return b"".join([ord(c).to_bytes(4, "little") for c in items])
    if tc == "B":
        return bytes(items)
    size = _ITEMSIZE[tc]
    signed = _SIGNED[tc]
    return b"".join([v.to_bytes(size, "little", signed=signed) for v in items])


def _decode(tc, data):
    """bytes (a multiple of the item size) -> list of items."""
    n = len(data)
    if tc == "B":
        return list(data)
    if tc == "b":
        return [x - 256 if x > 127 else x for x in data]
    size = _ITEMSIZE[tc]
    if tc == "d" or tc == "f":
        return list(_struct.unpack("<%d%s" % (n // size, tc), data))
    if tc == "u":
        out = []
        for i in range(0, n, 4):
            c = int.from_bytes(data[i:i + 4], "little")
            if c > 0x10FFFF:
                raise ValueError(
                    "character U+%x is not in range [U+0000; U+10ffff]" % c)
            out.append(chr(c))
        return out
    signed = _SIGNED[tc]
    from_bytes = int.from_bytes
    return [from_bytes(data[i:i + size], "little", signed=signed)
            for i in range(0, n, size)]


def _bytes_of(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    if isinstance(b, array):
        return b.tobytes()
    if isinstance(b, memoryview):
        return b.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(b).__name__)


def _new(cls, tc, items):
    a = object.__new__(cls)
    a._tc = tc
    a._a = items
    return a


def _check_typecode(tc):
    if tc.__class__ is not str or len(tc) != 1:
        if isinstance(tc, str):
            raise TypeError("array() argument 1 must be a unicode character, not str")
        raise TypeError("array() argument 1 must be a unicode character, not %s"
                        % type(tc).__name__)
    if tc not in _ITEMSIZE:
        raise ValueError(_BAD_TYPECODE)


def _order(x, y):
    """The first differing pair of items, else the two lengths."""
    a = x._a
    b = y._a
    for i in range(min(len(a), len(b))):
        p = a[i]
        q = b[i]
        if not (p == q):
            return p, q, False
    return len(a), len(b), True


class array:
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type."""

    __slots__ = ("_tc", "_a", "__weakref__")

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError("array.array() takes no keyword arguments")
        n = len(args)
        if n < 1:
            raise TypeError("array() takes at least 1 argument (0 given)")
        if n > 2:
            raise TypeError("array() takes at most 2 arguments (%d given)" % n)
        tc = args[0]
        _check_typecode(tc)
        self = object.__new__(cls)
        self._tc = tc
        self._a = items = []
        if n == 2:
            init = args[1]
            if isinstance(init, str):
                if tc != "u":
                    raise TypeError("cannot use a str to initialize an array "
                                    "with typecode '%s'" % tc)
                self._a = list(init)
            elif isinstance(init, array):
                if init._tc == "u" and tc != "u":
                    raise TypeError("cannot use a unicode array to initialize "
                                    "an array with typecode '%s'" % tc)
                if init._tc == tc:
                    self._a = list(init._a)
                else:
                    conv = _CONV[tc]
                    self._a = [conv(v) for v in init._a]
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            else:
                conv = _CONV[tc]
                if tc == "d":
                    for v in init:
                        items.append(v if v.__class__ is float else conv(v))
                else:
                    for v in init:
                        items.append(conv(v))
        return self

    # -- attributes --------------------------------------------------------
    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._tc

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _ITEMSIZE[self._tc]

    # -- sequence protocol -------------------------------------------------
    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(self._a)

    def __getitem__(self, i):
        if i.__class__ is int:
            try:
                return self._a[i]
            except IndexError:
                raise IndexError("array index out of range") from None
        if i.__class__ is slice:
            return _new(array, self._tc, self._a[i])
        try:
            i = _index(i)
        except TypeError:
            raise TypeError("array indices must be integers") from None
        try:
            return self._a[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if i.__class__ is int:
            tc = self._tc
            if tc == "d":
                if v.__class__ is not float:
                    v = _conv_d(v)
            else:
                v = _CONV[tc](v)
            try:
                self._a[i] = v
            except IndexError:
                raise IndexError("array assignment index out of range") from None
            return
        if i.__class__ is slice:
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            a = self._a
            start, stop, step = i.indices(len(a))
            if step == 1:
                a[start:stop] = v._a
            else:
                want = len(range(start, stop, step))
                if len(v._a) != want:
                    raise ValueError("attempt to assign array of size %d to "
                                     "extended slice of size %d"
                                     % (len(v._a), want))
                a[i] = list(v._a)
            return
        try:
            i = _index(i)
        except TypeError:
            raise TypeError("array indices must be integers") from None
        self.__setitem__(i, v)

    def __delitem__(self, i):
        if i.__class__ is slice:
            del self._a[i]
            return
        try:
            i = _index(i)
        except TypeError:
            raise TypeError("array indices must be integers") from None
        try:
            del self._a[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __contains__(self, v):
        if v != v:
            return False
        return v in self._a

    # -- methods -----------------------------------------------------------
    def append(self, v, /):
        """Append new value v to the end of the array."""
        tc = self._tc
        if tc == "d" and v.__class__ is float:
            self._a.append(v)
        else:
            self._a.append(_CONV[tc](v))

    def extend(self, bb, /):
        """Append items to the end of the array."""
        if isinstance(bb, array):
            if bb._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._a.extend(bb._a)
            return
        conv = _CONV[self._tc]
        append = self._a.append
        for v in bb:
            append(conv(v))

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        self._a.insert(_index(i), _CONV[self._tc](v))

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array.

i defaults to -1."""
        a = self._a
        i = _index(i)
        if not a:
            raise IndexError("pop from empty array")
        try:
            return a.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        try:
            if v != v:
                raise ValueError
            self._a.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None, /):
        """Return index of first occurrence of v in the array.

Raise ValueError if the value is not present."""
        a = self._a
        n = len(a)
        start = _index(start)
        stop = n if stop is None else _index(stop)
        try:
            if v != v:
                raise ValueError
            return a.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        if v != v:
            return 0
        return self._a.count(v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._a.reverse()

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address
and the length in items of the buffer used to hold array's contents."""
        return (id(self._a), len(self._a))

    def byteswap(self):
        """Byteswap all items of the array."""
        tc = self._tc
        size = _ITEMSIZE[tc]
        if size == 1:
            return
        data = _encode(tc, self._a)
        swapped = b"".join([data[i:i + size][::-1]
                            for i in range(0, len(data), size)])
        self._a = _decode(tc, swapped)

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        return _encode(self._tc, self._a)

    def frombytes(self, buffer, /):
        """Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."""
        data = _bytes_of(buffer)
        if len(data) % _ITEMSIZE[self._tc]:
            raise ValueError("bytes length not a multiple of item size")
        self._a.extend(_decode(self._tc, data))

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._a)

    def fromlist(self, list, /):
        """Append items to array from list."""
        if not isinstance(list, _list):
            raise TypeError("arg must be list")
        conv = _CONV[self._tc]
        self._a.extend([conv(v) for v in list])

    def tounicode(self):
        """Extends this array with data from the unicode string ustr.

Convert the array to a unicode string.  The array must be a unicode type array;
otherwise a ValueError is raised."""
        if self._tc != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._a)

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr."""
        if not isinstance(ustr, str):
            raise TypeError("fromunicode() argument must be str, not %s"
                            % type(ustr).__name__)
        if self._tc != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._a.extend(ustr)

    def tofile(self, f, /):
        """Write all items (as machine values) to the file object f."""
        data = self.tobytes()
        block = 64 * 1024
        for i in range(0, len(data), block):
            f.write(data[i:i + block])

    def fromfile(self, f, n, /):
        """Read n objects from the file object f and append them to the end of the array."""
        n = _index(n)
        if n < 0:
            raise ValueError("negative count")
        size = _ITEMSIZE[self._tc]
        want = n * size
        data = f.read(want)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        full = len(data) - len(data) % size
        self._a.extend(_decode(self._tc, data[:full]))
        if len(data) != want:
            raise EOFError("read() didn't return enough bytes")

    # -- copying and pickling ----------------------------------------------
    def __copy__(self):
        """Return a copy of the array."""
        return _new(array, self._tc, list(self._a))

    def __deepcopy__(self, unused, /):
        """Return a copy of the array."""
        return _new(array, self._tc, list(self._a))

    def __reduce_ex__(self, protocol, /):
        """Return state information for pickling."""
        cls = type(self)
        try:
            d = object.__getattribute__(self, "__dict__")
        except AttributeError:
            d = None
        if _index(protocol) < 3:
            return (cls, (self._tc, list(self._a)), d)
        tc = self._tc
        return (_array_reconstructor,
                (cls, tc, _NATIVE_MFORMAT[tc], self.tobytes()), d)

    def __sizeof__(self):
        """Size of the array in memory, in bytes."""
        return 64 + len(self._a) * _ITEMSIZE[self._tc]

    def __bytes__(self):
        return _encode(self._tc, self._a)

    # -- operators ---------------------------------------------------------
    def __repr__(self):
        tc = self._tc
        name = type(self).__name__
        if not self._a:
            return "%s('%s')" % (name, tc)
        if tc == "u":
            return "%s('%s', %r)" % (name, tc, "".join(self._a))
        return "%s('%s', %r)" % (name, tc, self._a)

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        return _new(array, self._tc, self._a + other._a)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("can only extend with array of same kind")
        self._a.extend(other._a)
        return self

    def __mul__(self, n):
        try:
            n = _index(n)
        except TypeError:
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__) from None
        return _new(array, self._tc, self._a * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        try:
            n = _index(n)
        except TypeError:
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__) from None
        if n <= 0:
            self._a.clear()
        else:
            self._a *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if len(self._a) != len(other._a):
            return False
        a = self._a
        b = other._a
        for i in range(len(a)):
            if not (a[i] == b[i]):
                return False
        return True

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return not self.__eq__(other)

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        x, y, _ = _order(self, other)
        return x < y

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        x, y, _ = _order(self, other)
        return x <= y

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        x, y, _ = _order(self, other)
        return x > y

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        x, y, _ = _order(self, other)
        return x >= y

    __hash__ = None


array.__module__ = "array"
ArrayType = array


# machine format codes used by pickle (protocol 3 and later)
# code: (typecode-like kind, size, signed, byte order)
_MFORMATS = {
    0: ("int", 1, False, "little"), 1: ("int", 1, True, "little"),
    2: ("int", 2, False, "little"), 3: ("int", 2, False, "big"),
    4: ("int", 2, True, "little"), 5: ("int", 2, True, "big"),
    6: ("int", 4, False, "little"), 7: ("int", 4, False, "big"),
    8: ("int", 4, True, "little"), 9: ("int", 4, True, "big"),
    10: ("int", 8, False, "little"), 11: ("int", 8, False, "big"),
    12: ("int", 8, True, "little"), 13: ("int", 8, True, "big"),
    14: ("f", 4, None, "little"), 15: ("f", 4, None, "big"),
    16: ("d", 8, None, "little"), 17: ("d", 8, None, "big"),
    18: ("utf-16", 2, None, "little"), 19: ("utf-16", 2, None, "big"),
    20: ("utf-32", 4, None, "little"), 21: ("utf-32", 4, None, "big"),
}

_NATIVE_MFORMAT = {"b": 1, "B": 0, "u": 20, "h": 4, "H": 2, "i": 8, "I": 6,
                   "l": 12, "L": 10, "q": 12, "Q": 10, "f": 14, "d": 16}


def _array_reconstructor(arraytype, typecode, mformat_code, items, /):
    """Internal. Used for pickling support."""
    if not isinstance(arraytype, type):
        raise TypeError("first argument must be a type object, not %s"
                        % type(arraytype).__name__)
    if not issubclass(arraytype, array):
        raise TypeError("%s is not a subtype of array.array"
                        % arraytype.__name__)
    if not isinstance(typecode, str) or len(typecode) != 1 \
            or typecode not in _ITEMSIZE:
        raise ValueError("second argument must be a valid type code")
    mformat_code = _index(mformat_code)
    if mformat_code not in _MFORMATS:
        raise ValueError("third argument must be a valid machine format code.")
    if not isinstance(items, bytes):
        raise TypeError("fourth argument should be bytes, not %s"
                        % type(items).__name__)
    if _NATIVE_MFORMAT[typecode] == mformat_code:
        return arraytype(typecode, items)
    kind, size, signed, order = _MFORMATS[mformat_code]
    if len(items) % size:
        raise ValueError("string length not a multiple of item size")
    if kind == "int":
        values = [int.from_bytes(items[i:i + size], order, signed=signed)
                  for i in range(0, len(items), size)]
    elif kind in ("f", "d"):
        fmt = ("<" if order == "little" else ">") + "%d%s" % (len(items) // size, kind)
        values = list(_struct.unpack(fmt, items))
    else:
        values = []
        i = 0
        n = len(items)
        while i < n:
            c = int.from_bytes(items[i:i + size], order)
            i += size
            if kind == "utf-16" and 0xD800 <= c < 0xDC00 and i < n:
                c2 = int.from_bytes(items[i:i + size], order)
                if 0xDC00 <= c2 < 0xE000:
                    c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00)
                    i += size
            values.append(chr(c))
    return arraytype(typecode, values)

# Error messages name the type as CPython's C type is named ('array.array').
try:
    from _ferrython import set_type_name as _set_type_name
except ImportError:
    pass
else:
    _set_type_name(array, "array.array")
    del _set_type_name
