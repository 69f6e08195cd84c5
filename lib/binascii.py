"""Conversions between binary data and ASCII encodings (hex, base64, uu)
and the CRC-32 / CRC-CCITT checksums (ferrython's implementation)."""

__all__ = ["Error", "Incomplete", "a2b_base64", "a2b_hex", "a2b_uu",
           "b2a_base64", "b2a_hex", "b2a_uu", "crc32", "crc_hqx",
           "hexlify", "unhexlify"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = "binascii"
Incomplete.__module__ = "binascii"


def _buffer(data):
    """The bytes of a bytes-like object (what a C 'y*' argument accepts)."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    tobytes = getattr(type(data), "tobytes", None)
    if tobytes is not None and not isinstance(data, str):
        return tobytes(data)
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(data).__name__)


def _ascii(data):
    """Input of the a2b_* functions: bytes-like or an ASCII-only str."""
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII "
                             "characters") from None
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    tobytes = getattr(type(data), "tobytes", None)
    if tobytes is not None:
        return tobytes(data)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


# ---------------------------------------------------------------------------
# hex

_HEXPAIRS = ["%02x" % i for i in range(256)]
_HEXVAL = {}
for _i, _c in enumerate(b"0123456789abcdef"):
    _HEXVAL[_c] = _i
for _i, _c in enumerate(b"ABCDEF"):
    _HEXVAL[_c] = _i + 10
del _i, _c


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data.

  sep
    An optional single character or byte to separate hex bytes.
  bytes_per_sep
    How many bytes between separators.  Positive values count from the
    right, negative values count from the left.

The return value is a bytes object.  This function is also
available as "b2a_hex()"."""
    data = _buffer(data)
    pairs = [_HEXPAIRS[b] for b in data]
    if sep is None or not pairs:
        return "".join(pairs).encode("ascii")
    if isinstance(sep, str):
        if len(sep) != 1:
            raise ValueError("sep must be length 1.")
        sepb = sep.encode("latin-1")
    else:
        sepb = _buffer(sep)
        if len(sepb) != 1:
            raise ValueError("sep must be length 1.")
    n = bytes_per_sep
    if n == 0:
        return "".join(pairs).encode("ascii")
    k = abs(n)
    groups = []
    total = len(pairs)
    if n > 0:
        first = total % k
        if first:
            groups.append("".join(pairs[:first]))
        for i in range(first, total, k):
            groups.append("".join(pairs[i:i + k]))
    else:
        for i in range(0, total, k):
            groups.append("".join(pairs[i:i + k]))
    return sepb.join([g.encode("ascii") for g in groups])


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data (same as hexlify())."""
    return hexlify(data, sep, bytes_per_sep)


def unhexlify(hexstr):
    """Binary data of hexadecimal representation.

hexstr must contain an even number of hex digits (upper or lower case).
This function is also available as "a2b_hex()"."""
    data = _ascii(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    hv = _HEXVAL
    try:
        for i in range(0, len(data), 2):
            out.append(hv[data[i]] * 16 + hv[data[i + 1]])
    except KeyError:
        raise Error("Non-hexadecimal digit found") from None
    return bytes(out)


def a2b_hex(hexstr):
    """Binary data of hexadecimal representation (same as unhexlify())."""
    return unhexlify(hexstr)


# ---------------------------------------------------------------------------
# base64

_B64CHARS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64VAL = [255] * 256
for _i, _c in enumerate(_B64CHARS):
    _B64VAL[_c] = _i
del _i, _c
_B64CHR = [bytes([c]) for c in _B64CHARS]


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    data = _buffer(data)
    chars = _B64CHARS
    out = bytearray()
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(chars[v >> 18])
        out.append(chars[(v >> 12) & 63])
        out.append(chars[(v >> 6) & 63])
        out.append(chars[v & 63])
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes([chars[v >> 18], chars[(v >> 12) & 63], 61, 61])
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes([chars[v >> 18], chars[(v >> 12) & 63],
                      chars[(v >> 6) & 63], 61])
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode a line of base64 data.

  strict_mode
    When set to True, bytes that are not part of the base64 standard are not allowed.
    The same applies to excess data after padding (= / ==)."""
    data = _ascii(data)
    strict = bool(strict_mode)
    table = _B64VAL
    out = bytearray()
    quad = 0
    left = 0
    pads = 0
    padding_started = False
    n = len(data)
    if strict and n and data[0] == 61:
        raise Error("Leading padding not allowed")
    for i in range(n):
        c = data[i]
        if c == 61:
            padding_started = True
            if strict and quad == 0:
                raise Error("Excess padding not allowed")
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        v = table[c]
        if v == 255:
            if strict:
                raise Error("Only base64 data is allowed")
            continue
        if strict and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad == 0:
            quad = 1
            left = v
        elif quad == 1:
            quad = 2
            out.append(((left << 2) | (v >> 4)) & 0xFF)
            left = v & 0x0F
        elif quad == 2:
            quad = 3
            out.append(((left << 4) | (v >> 2)) & 0xFF)
            left = v & 0x03
        else:
            quad = 0
            out.append(((left << 6) | v) & 0xFF)
            left = 0
    if quad != 0:
        if quad == 1:
            raise Error("Invalid base64-encoded string: number of data "
                        "characters (%d) cannot be 1 more than a multiple of 4"
                        % (len(out) // 3 * 4 + 1))
        raise Error("Incorrect padding")
    return bytes(out)


# ---------------------------------------------------------------------------
# uu

def b2a_uu(data, *, backtick=False):
    """Uuencode line of data."""
    data = _buffer(data)
    n = len(data)
    if n > 45:
        raise Error("At most 45 bytes at once")
    out = bytearray()
    out.append(96 if (backtick and n == 0) else 32 + n)
    padded = data + b"\0" * ((-n) % 3)
    for i in range(0, len(padded), 3):
        v = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        for shift in (18, 12, 6, 0):
            d = (v >> shift) & 63
            out.append(96 if (backtick and d == 0) else 32 + d)
    out.append(10)
    return bytes(out)


def a2b_uu(data):
    """Decode a line of uuencoded data."""
    data = _ascii(data)
    if not data:
        return b"\0" * 32
    n = (data[0] - 32) & 63
    body = data[1:]
    out = bytearray()
    vals = []
    for c in body:
        if c in (10, 13):
            break
        if c == 96 or c == 32:
            d = 0
        elif 32 < c < 96 + 1:
            d = (c - 32) & 63
        else:
            raise Error("Illegal char")
        vals.append(d)
    while len(vals) % 4:
        vals.append(0)
    for i in range(0, len(vals), 4):
        v = (vals[i] << 18) | (vals[i + 1] << 12) | (vals[i + 2] << 6) | vals[i + 3]
        out += bytes([(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF])
    if len(out) < n:
        out += b"\0" * (n - len(out))
    else:
        for c in body[(n * 4 + 2) // 3:]:
            if c not in (32, 96, 10, 13):
                raise Error("Trailing garbage")
    return bytes(out[:n])


# ---------------------------------------------------------------------------
# checksums

def _make_crc32_table():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            if c & 1:
                c = (c >> 1) ^ 0xEDB88320
            else:
                c >>= 1
        table.append(c)
    return table


def _make_hqx_table():
    table = []
    for i in range(256):
        c = i << 8
        for _ in range(8):
            if c & 0x8000:
                c = ((c << 1) ^ 0x1021) & 0xFFFF
            else:
                c = (c << 1) & 0xFFFF
        table.append(c)
    return table


_CRC32 = _make_crc32_table()
_HQX = _make_hqx_table()


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    data = _buffer(data)
    table = _CRC32
    c = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for b in data:
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def crc_hqx(data, crc, /):
    """Compute CRC-CCITT incrementally."""
    data = _buffer(data)
    table = _HQX
    c = crc & 0xFFFF
    for b in data:
        c = ((c << 8) & 0xFF00) ^ table[(c >> 8) ^ b]
    return c
