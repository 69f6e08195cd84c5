"""Conversion between Python values and C structs packed into bytes
(ferrython's implementation; sizes, alignment and messages as CPython 3.11 on
x86-64 Linux).

The first character of a format may give the byte order, size and alignment:
'@' native (default), '=' native order with standard sizes, '<' little-endian,
'>' and '!' big-endian.  Each item is an optional repeat count and a code:
x pad, c char, b/B byte, ? bool, h/H short, i/I int, l/L long, q/Q long long,
n/N ssize_t/size_t (native only), e/f/d half/float/double, s string,
p Pascal string, P pointer (native only).
"""

__all__ = [
    "calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack",
    "Struct", "error",
]


class error(Exception):
    pass


# ---------------------------------------------------------------------------
# Item kinds.  Integers differ in the way range errors are reported (native
# code paths and standard ones say different things), so each (order, code)
# pair maps to a kind:
#   "nbyte" .. "nushort": native checks with their C type's name in the message
#   "nint", "nuint": C long/unsigned long conversion, then "'i' format requires"
#   "nlong", "nulong": C long / unsigned long: "argument out of range"
#   "sint", "suint": standard 2/4-byte: C long conversion, then the 'X' message
#   "sll", "sull": standard 8-byte: overflow is "int too large to convert"
#   "ptr": native pointer

_INT_KINDS = {
    # kind: (signed, named message or None)
    "nbyte": (True, "byte format requires -128 <= number <= 127"),
    "nubyte": (False, "ubyte format requires 0 <= number <= 255"),
    "nshort": (True, "short format requires -32768 <= number <= 32767"),
    "nushort": (False, "ushort format requires 0 <= number <= 65535"),
    "nint": (True, None),
    "nuint": (False, None),
    "nlong": (True, None),
    "nulong": (False, None),
    "sint": (True, None),
    "suint": (False, None),
    "sll": (True, None),
    "sull": (False, None),
    "ptr": (False, None),
}

# code: (size, alignment, kind)
_NATIVE = {
    "x": (1, 0, "pad"), "c": (1, 0, "char"), "b": (1, 0, "nbyte"),
    "B": (1, 0, "nubyte"), "?": (1, 0, "bool"), "h": (2, 2, "nshort"),
    "H": (2, 2, "nushort"), "i": (4, 4, "nint"), "I": (4, 4, "nuint"),
    "l": (8, 8, "nlong"), "L": (8, 8, "nulong"), "q": (8, 8, "nlong"),
    "Q": (8, 8, "nulong"), "n": (8, 8, "nlong"), "N": (8, 8, "nulong"),
    "e": (2, 2, "half"), "f": (4, 4, "nfloat"), "d": (8, 8, "double"),
    "s": (1, 0, "str"), "p": (1, 0, "pascal"), "P": (8, 8, "ptr"),
}
# '<' and '=' on a little-endian machine share the native code where the
# sizes agree
_LITTLE = {
    "x": (1, 0, "pad"), "c": (1, 0, "char"), "b": (1, 0, "nbyte"),
    "B": (1, 0, "nubyte"), "?": (1, 0, "bool"), "h": (2, 0, "nshort"),
    "H": (2, 0, "nushort"), "i": (4, 0, "nint"), "I": (4, 0, "nuint"),
    "l": (4, 0, "sint"), "L": (4, 0, "suint"), "q": (8, 0, "nlong"),
    "Q": (8, 0, "nulong"), "e": (2, 0, "half"), "f": (4, 0, "float"),
    "d": (8, 0, "double"), "s": (1, 0, "str"), "p": (1, 0, "pascal"),
}
_BIG = {
    "x": (1, 0, "pad"), "c": (1, 0, "char"), "b": (1, 0, "nbyte"),
    "B": (1, 0, "nubyte"), "?": (1, 0, "bool"), "h": (2, 0, "sint"),
    "H": (2, 0, "suint"), "i": (4, 0, "sint"), "I": (4, 0, "suint"),
    "l": (4, 0, "sint"), "L": (4, 0, "suint"), "q": (8, 0, "sll"),
    "Q": (8, 0, "sull"), "e": (2, 0, "half"), "f": (4, 0, "float"),
    "d": (8, 0, "double"), "s": (1, 0, "str"), "p": (1, 0, "pascal"),
}
_ORDERS = {
    "@": (_NATIVE, "little"), "=": (_LITTLE, "little"), "<": (_LITTLE, "little"),
    ">": (_BIG, "big"), "!": (_BIG, "big"),
}
_SSIZE_MAX = (1 << 63) - 1


def _compile(fmt):
    """Parses a format into (size, item count, ops, byte order).

    ops is a list of (kind, offset, size, count, code): for "str"/"pascal"
    size is the field length and count 1; for the others size is the item
    size and count the repeat count; pads are dropped."""
    if isinstance(fmt, str):
        text = fmt
    else:
        text = fmt.decode("ascii")
    if "\0" in text:
        raise error("embedded null character")
    table, order = _NATIVE, "little"
    pos = 0
    if text and text[0] in _ORDERS:
        table, order = _ORDERS[text[0]]
        pos = 1
    native = table is _NATIVE
    size = 0
    nitems = 0
    ops = []
    n = len(text)
    while pos < n:
        c = text[pos]
        pos += 1
        if c in " \t\n\r\x0b\x0c":
            continue
        if "0" <= c <= "9":
            num = ord(c) - 48
            while True:
                c = text[pos] if pos < n else "\0"
                pos += 1
                if not ("0" <= c <= "9"):
                    break
                num = num * 10 + ord(c) - 48
                if num > _SSIZE_MAX:
                    raise error("total struct size too long")
            if c == "\0":
                raise error("repeat count given without format specifier")
        else:
            num = 1
        entry = table.get(c)
        if entry is None:
            raise error("bad char in struct format")
        itemsize, align, kind = entry
        if native and align and size > 0:
            size += (align - 1) - (size - 1) % align
        if kind == "str" or kind == "pascal":
            nitems += 1
            ops.append((kind, size, num, 1, c, None))
        elif kind != "pad":
            nitems += num
            if num:
                ops.append((kind, size, itemsize, num, c, _int_range(kind, itemsize)))
        if num > (_SSIZE_MAX - size) // itemsize:
            raise error("total struct size too long")
        size += num * itemsize
    return size, nitems, ops, order


def _int_range(kind, size):
    """(lo, end, signed) of the integers an item of this kind holds, or None."""
    info = _INT_KINDS.get(kind)
    if info is None:
        return None
    if kind == "ptr":
        return (0, 1 << 64, False)
    bits = size * 8
    if info[0]:
        return (-(1 << (bits - 1)), 1 << (bits - 1), True)
    return (0, 1 << bits, False)


_cache = {}


def _get(fmt):
    try:
        return _cache[fmt]
    except (KeyError, TypeError):
        pass
    if not isinstance(fmt, (str, bytes)):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    s = Struct(fmt)
    if len(_cache) >= 100:
        _cache.clear()
    _cache[fmt] = s
    return s


# ---------------------------------------------------------------------------
# Argument conversion


def _to_int(v):
    if type(v) is int:
        return v
    if isinstance(v, int):
        return _index(v)
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise error("required argument is not an integer")
    return _index(v)


def _index(v):
    import operator
    return operator.index(v)


def _range_message(code, size, signed):
    if signed:
        bound = 1 << (size * 8 - 1)
        return "'%s' format requires %d <= number <= %d" % (code, -bound, bound - 1)
    return "'%s' format requires 0 <= number <= %d" % (code, (1 << (size * 8)) - 1)


_LONG_MIN = -(1 << 63)
_LONG_END = 1 << 63
_ULONG_END = 1 << 64
_GET_LONG = frozenset(("nbyte", "nubyte", "nshort", "nushort", "nint", "nlong", "sint"))
_GET_ULONG = frozenset(("nuint", "nulong", "suint"))


def _int_bytes(kind, v, size, code, order):
    """The size bytes of integer v for an item of this kind (checks its range)."""
    x = v if type(v) is int else _to_int(v)
    if kind in _GET_LONG:
        # converted to a C long first
        if not _LONG_MIN <= x < _LONG_END:
            raise error("argument out of range")
    elif kind in _GET_ULONG:
        if not 0 <= x < _ULONG_END:
            raise error("argument out of range")
    elif kind == "sll":
        if not _LONG_MIN <= x < _LONG_END:
            raise _too_large(v)
    elif kind == "sull":
        if not 0 <= x < _ULONG_END:
            raise _too_large(v)
    else:  # ptr: negative numbers wrap around
        if not _LONG_MIN <= x < _ULONG_END:
            raise _too_large(v)
        if x < 0:
            x += _ULONG_END
        return x.to_bytes(size, order)
    signed, message = _INT_KINDS[kind]
    bits = size * 8
    if signed:
        ok = -(1 << (bits - 1)) <= x < (1 << (bits - 1))
    else:
        ok = 0 <= x < (1 << bits)
    if not ok:
        if message is None:
            message = _range_message(code, size, signed)
        raise error(message)
    return x.to_bytes(size, order, signed=signed)


def _too_large(v):
    if isinstance(v, int):
        return error("int too large to convert")
    return OverflowError("int too large to convert")


def _to_float(v):
    if type(v) is float:
        return v
    try:
        if isinstance(v, (int, float)):
            return float(v)
        tp = type(v)
        if getattr(tp, "__float__", None) is not None:
            return float(v)
        if getattr(tp, "__index__", None) is not None:
            return float(_index(v))
    except Exception:
        pass
    raise error("required argument is not a float")


def _decompose(x):
    """(negative, mantissa, exponent) with abs(x) == mantissa * 2**exponent
    exactly, for a finite float (mantissa 0 for zeros)."""
    h = x.hex()
    negative = h[0] == "-"
    if negative:
        h = h[1:]
    p = h.index("p")
    frac = h[4:p]
    mant = int(h[2] + frac, 16)
    return negative, mant, int(h[p + 1:]) - 4 * len(frac)


def _pack_binary(x, mant_bits, exp_bits, code, check_overflow):
    """IEEE 754 bits of x in a format with mant_bits fraction bits and
    exp_bits exponent bits, rounding half to even."""
    bias = (1 << (exp_bits - 1)) - 1
    emax_field = (1 << exp_bits) - 1
    sign_bit = 1 << (mant_bits + exp_bits)
    if x != x:
        sign = sign_bit if _copysign_negative(x) else 0
        return sign | (emax_field << mant_bits) | (1 << (mant_bits - 1))
    if x in (_INF, _NINF):
        return (sign_bit if x < 0 else 0) | (emax_field << mant_bits)
    negative, m, e = _decompose(x)
    sign = sign_bit if negative else 0
    if m == 0:
        return sign
    # smallest exponent of a unit in the last place
    min_q = 1 - bias - mant_bits
    top = m.bit_length() + e - 1           # floor(log2(abs(x)))
    q = top - mant_bits
    if q < min_q:
        q = min_q
    if e >= q:
        n = m << (e - q)
    else:
        shift = q - e
        n = m >> shift
        rem = m & ((1 << shift) - 1)
        half = 1 << (shift - 1)
        if rem > half or (rem == half and n & 1):
            n += 1
    if n >= (1 << (mant_bits + 1)):
        n >>= 1
        q += 1
    if n < (1 << mant_bits):
        # subnormal (or rounded to zero)
        return sign | n
    field = q + mant_bits + bias
    if field >= emax_field:
        if check_overflow:
            raise OverflowError("float too large to pack with %s format" % code)
        return sign | (emax_field << mant_bits)
    return sign | (field << mant_bits) | (n - (1 << mant_bits))


_INF = float("inf")
_NINF = float("-inf")
_NAN = float("nan")


def _copysign_negative(x):
    import math
    return math.copysign(1.0, x) < 0


def _pack_double(x):
    if x != x:
        return (0xFFF8 if _copysign_negative(x) else 0x7FF8) << 48
    if x == _INF:
        return 0x7FF << 52
    if x == _NINF:
        return 0xFFF << 52
    h = x.hex()
    sign = 0
    if h[0] == "-":
        sign = 1 << 63
        h = h[1:]
    p = h.index("p")
    frac = h[4:p]
    mant = int(frac, 16) << (4 * (13 - len(frac))) if frac else 0
    if h[2] == "1":
        return sign | ((int(h[p + 1:]) + 1023) << 52) | mant
    return sign | mant


def _unpack_binary(bits, mant_bits, exp_bits):
    bias = (1 << (exp_bits - 1)) - 1
    emax_field = (1 << exp_bits) - 1
    field = (bits >> mant_bits) & emax_field
    mant = bits & ((1 << mant_bits) - 1)
    negative = bits >> (mant_bits + exp_bits)
    if field == emax_field:
        if mant:
            return -_NAN if negative else _NAN
        return _NINF if negative else _INF
    if field == 0:
        value = mant * 2.0 ** (1 - bias - mant_bits)
    else:
        value = (mant | (1 << mant_bits)) * 2.0 ** (field - bias - mant_bits)
    return -value if negative else value


# ---------------------------------------------------------------------------
# Packing and unpacking with a compiled format


def _pack_ops(ops, order, args, out, base):
    """Writes args into the bytearray out from index base."""
    i = 0
    for kind, offset, size, count, code, irange in ops:
        pos = base + offset
        if irange is not None:
            lo, end, signed = irange
            for _ in range(count):
                v = args[i]
                i += 1
                if type(v) is int and lo <= v < end:
                    out[pos:pos + size] = v.to_bytes(size, order, signed=signed)
                else:
                    out[pos:pos + size] = _int_bytes(kind, v, size, code, order)
                pos += size
            continue
        if kind == "str" or kind == "pascal":
            v = args[i]
            i += 1
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % code)
            if kind == "str":
                data = bytes(v[:size])
                out[pos:pos + len(data)] = data
            elif size:
                n = len(v)
                if n > size - 1:
                    n = size - 1
                out[pos + 1:pos + 1 + n] = bytes(v[:n])
                out[pos] = n if n < 255 else 255
            continue
        for _ in range(count):
            v = args[i]
            i += 1
            if kind == "double":
                out[pos:pos + 8] = _pack_double(_to_float(v)).to_bytes(8, order)
            elif kind == "float" or kind == "nfloat":
                bits = _pack_binary(_to_float(v), 23, 8, "f", kind == "float")
                out[pos:pos + 4] = bits.to_bytes(4, order)
            elif kind == "half":
                bits = _pack_binary(_to_float(v), 10, 5, "e", True)
                out[pos:pos + 2] = bits.to_bytes(2, order)
            elif kind == "bool":
                out[pos] = 1 if v else 0
            elif kind == "char":
                if not isinstance(v, bytes) or len(v) != 1:
                    raise error("char format requires a bytes object of length 1")
                out[pos] = v[0]
            pos += size
    return out


def _unpack_ops(ops, order, data, base):
    result = []
    append = result.append
    from_bytes = int.from_bytes
    for kind, offset, size, count, code, irange in ops:
        pos = base + offset
        if irange is not None:
            signed = irange[2]
            for _ in range(count):
                append(from_bytes(data[pos:pos + size], order, signed=signed))
                pos += size
            continue
        if kind == "str":
            append(bytes(data[pos:pos + size]))
            continue
        if kind == "pascal":
            if size:
                n = data[pos]
                if n >= size:
                    n = size - 1
                append(bytes(data[pos + 1:pos + 1 + n]))
            else:
                append(b"")
            continue
        for _ in range(count):
            if kind == "double":
                bits = from_bytes(data[pos:pos + 8], order)
                field = (bits >> 52) & 0x7FF
                mant = bits & 0xFFFFFFFFFFFFF
                if field == 0x7FF:
                    if mant:
                        value = -_NAN if bits >> 63 else _NAN
                    else:
                        value = _NINF if bits >> 63 else _INF
                elif field:
                    value = (mant | 0x10000000000000) * 2.0 ** (field - 1075)
                else:
                    value = mant * 5e-324
                if bits >> 63 and field != 0x7FF:
                    value = -value
                append(value)
            elif kind == "float" or kind == "nfloat":
                append(_unpack_binary(from_bytes(data[pos:pos + 4], order), 23, 8))
            elif kind == "half":
                append(_unpack_binary(from_bytes(data[pos:pos + 2], order), 10, 5))
            elif kind == "bool":
                append(data[pos] != 0)
            elif kind == "char":
                append(bytes(data[pos:pos + 1]))
            pos += size
    return tuple(result)


def _readable(buffer):
    if type(buffer) is bytes or type(buffer) is bytearray:
        return buffer
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    try:
        return memoryview(buffer)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(buffer).__name__) from None

# ---------------------------------------------------------------------------
# Specialised pack/unpack functions: for formats with few items, Python source
# for straight-line code is generated once per format (no per-item dispatch).

_MAX_GENERATED_ITEMS = 64


def _p_double(v, order):
    return _pack_double(_to_float(v)).to_bytes(8, order)


def _p_float(v, order):
    return _pack_binary(_to_float(v), 23, 8, "f", True).to_bytes(4, order)


def _p_nfloat(v, order):
    return _pack_binary(_to_float(v), 23, 8, "f", False).to_bytes(4, order)


def _p_half(v, order):
    return _pack_binary(_to_float(v), 10, 5, "e", True).to_bytes(2, order)


def _p_char(v):
    if not isinstance(v, bytes) or len(v) != 1:
        raise error("char format requires a bytes object of length 1")
    return bytes(v)


def _p_str(v, size, code):
    if not isinstance(v, (bytes, bytearray)):
        raise error("argument for '%s' must be a bytes object" % code)
    data = bytes(v[:size])
    if len(data) < size:
        data += bytes(size - len(data))
    return data


def _p_pascal(v, size):
    if not isinstance(v, (bytes, bytearray)):
        raise error("argument for 'p' must be a bytes object")
    if not size:
        return b""
    n = len(v)
    if n > size - 1:
        n = size - 1
    return bytes((n if n < 255 else 255,)) + bytes(v[:n]) + bytes(size - 1 - n)


def _u_double(chunk, order):
    bits = int.from_bytes(chunk, order)
    field = (bits >> 52) & 0x7FF
    mant = bits & 0xFFFFFFFFFFFFF
    if field == 0x7FF:
        if mant:
            return -_NAN if bits >> 63 else _NAN
        return _NINF if bits >> 63 else _INF
    if field:
        value = (mant | 0x10000000000000) * 2.0 ** (field - 1075)
    else:
        value = mant * 5e-324
    return -value if bits >> 63 else value


def _u_pascal(data, pos, size):
    if not size:
        return b""
    n = data[pos]
    if n >= size:
        n = size - 1
    return bytes(data[pos + 1:pos + 1 + n])


def _generate(size, nitems, ops, order):
    """(pack, unpack) functions for a compiled format, or None if too big."""
    if nitems > _MAX_GENERATED_ITEMS or size > 4096:
        return None
    o = repr(order)
    args = ["a%d" % i for i in range(nitems)]
    body = []
    pieces = []
    exprs = []
    cur = 0
    i = 0
    for kind, offset, isize, count, code, irange in ops:
        if offset > cur:
            pieces.append(repr(bytes(offset - cur)))
        if kind == "str" or kind == "pascal":
            a = args[i]
            i += 1
            if kind == "str":
                pieces.append("_p_str(%s, %d, %r)" % (a, isize, code))
                exprs.append("bytes(data[b + %d:b + %d])" % (offset, offset + isize))
            else:
                pieces.append("_p_pascal(%s, %d)" % (a, isize))
                exprs.append("_u_pascal(data, b + %d, %d)" % (offset, isize))
            cur = offset + isize
            continue
        pos = offset
        for _ in range(count):
            a = args[i]
            i += 1
            sl = "data[b + %d:b + %d]" % (pos, pos + isize)
            if irange is not None:
                lo, end, signed = irange
                var = "p%d" % i
                body.append("    if type(%s) is int and %d <= %s < %d:" % (a, lo, a, end))
                body.append("        %s = %s.to_bytes(%d, %s, signed=%s)" % (var, a, isize, o, signed))
                body.append("    else:")
                body.append("        %s = _int_bytes(%r, %s, %d, %r, %s)" % (var, kind, a, isize, code, o))
                pieces.append(var)
                exprs.append("from_bytes(%s, %s, signed=%s)" % (sl, o, signed))
            elif kind == "double":
                pieces.append("_p_double(%s, %s)" % (a, o))
                exprs.append("_u_double(%s, %s)" % (sl, o))
            elif kind == "float" or kind == "nfloat":
                pieces.append("_p_%s(%s, %s)" % (kind, a, o))
                exprs.append("_unpack_binary(from_bytes(%s, %s), 23, 8)" % (sl, o))
            elif kind == "half":
                pieces.append("_p_half(%s, %s)" % (a, o))
                exprs.append("_unpack_binary(from_bytes(%s, %s), 10, 5)" % (sl, o))
            elif kind == "bool":
                pieces.append("(b'\\x01' if %s else b'\\x00')" % a)
                exprs.append("data[b + %d] != 0" % pos)
            else:  # char
                pieces.append("_p_char(%s)" % a)
                exprs.append("bytes(%s)" % sl)
            pos += isize
        cur = pos
    if size > cur:
        pieces.append(repr(bytes(size - cur)))
    # evaluate the pieces in order (the first bad argument raises)
    lines = ["def pack(%s):" % ", ".join(args)]
    lines.extend(body)
    lines.append("    return b''.join((%s,))" % ", ".join(pieces) if pieces else "    return b''")
    lines.append("def unpack(data, b):")
    lines.append("    return (%s)" % "".join(e + ", " for e in exprs))
    namespace = dict(globals())
    namespace["from_bytes"] = int.from_bytes
    exec("\n".join(lines), namespace)
    return namespace["pack"], namespace["unpack"]


class Struct:
    """A compiled format: Struct(format) packs and unpacks like the functions."""

    def __init__(self, format):
        if not isinstance(format, (str, bytes)):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                            % type(format).__name__)
        self._size, self._nitems, self._ops, self._order = _compile(format)
        self._format = format if isinstance(format, str) else format.decode("ascii")
        fns = _generate(self._size, self._nitems, self._ops, self._order)
        self._packfn, self._unpackfn = fns if fns is not None else (None, None)

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def pack(self, *args):
        if len(args) != self._nitems:
            raise error("pack expected %d items for packing (got %d)"
                        % (self._nitems, len(args)))
        if self._packfn is not None:
            return self._packfn(*args)
        out = bytearray(self._size)
        _pack_ops(self._ops, self._order, args, out, 0)
        return bytes(out)

    def pack_into(self, /, *args):
        if len(args) != self._nitems + 2:
            if not args:
                raise error("pack_into expected buffer argument")
            if len(args) == 1:
                raise error("pack_into expected offset argument")
            raise error("pack_into expected %d items for packing (got %d)"
                        % (self._nitems, len(args) - 2))
        buffer, offset = args[0], args[1]
        args = args[2:]
        if isinstance(buffer, bytearray):
            target = buffer
        else:
            try:
                target = memoryview(buffer)
            except TypeError:
                raise TypeError("argument must be read-write bytes-like object, not %s"
                                % type(buffer).__name__) from None
            if target.readonly:
                raise TypeError("argument must be read-write bytes-like object, not %s"
                                % type(buffer).__name__)
        offset = _index(offset)
        buflen = len(target)
        size = self._size
        if offset < 0:
            if offset + size > 0:
                raise error("no space to pack %d bytes at offset %d" % (size, offset))
            if offset + buflen < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, buflen))
            offset += buflen
        if buflen - offset < size:
            raise error("pack_into requires a buffer of at least %d bytes for packing "
                        "%d bytes at offset %d (actual buffer size is %d)"
                        % (size + offset, size, offset, buflen))
        if self._packfn is not None:
            out = self._packfn(*args)
        else:
            out = bytearray(size)
            _pack_ops(self._ops, self._order, args, out, 0)
        target[offset:offset + size] = out

    def unpack(self, buffer, /):
        data = _readable(buffer)
        if len(data) != self._size:
            raise error("unpack requires a buffer of %d bytes" % self._size)
        if self._unpackfn is not None:
            return self._unpackfn(data, 0)
        return _unpack_ops(self._ops, self._order, data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _readable(buffer)
        offset = _index(offset)
        buflen = len(data)
        size = self._size
        if offset < 0:
            if offset + buflen < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, buflen))
            offset += buflen
            if buflen - offset < size:
                raise error("not enough data to unpack %d bytes at offset %d"
                            % (size, offset - buflen))
        if buflen - offset < size:
            raise error("unpack_from requires a buffer of at least %d bytes for "
                        "unpacking %d bytes at offset %d (actual buffer size is %d)"
                        % (size + offset, size, offset, buflen))
        return _unpack_ops(self._ops, self._order, data, offset)

    def iter_unpack(self, buffer, /):
        data = _readable(buffer)
        if self._size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self._size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self._size)
        return unpack_iterator(self, data)

    def __sizeof__(self):
        return 48 + 16 * (len(self._ops) + 1)


Struct.__module__ = "_struct"


class unpack_iterator:
    """Iterator returned by iter_unpack."""

    def __init__(self, st, data):
        self._st = st
        self._data = data
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        st = self._st
        if st is None:
            raise StopIteration
        if self._pos >= len(self._data):
            self._st = None
            self._data = None
            raise StopIteration
        pos = self._pos
        self._pos = pos + st._size
        if st._unpackfn is not None:
            return st._unpackfn(self._data, pos)
        return _unpack_ops(st._ops, st._order, self._data, pos)

    def __length_hint__(self):
        if self._st is None:
            return 0
        return (len(self._data) - self._pos) // self._st._size


unpack_iterator.__module__ = "_struct"


def _clearcache():
    _cache.clear()


def calcsize(format, /):
    return _get(format)._size


def pack(format, /, *args):
    return _get(format).pack(*args)


def pack_into(format, /, *args):
    return _get(format).pack_into(*args)


def unpack(format, buffer, /):
    return _get(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    return _get(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    return _get(format).iter_unpack(buffer)
