"""Secure hashes and message digests (ferrython's pure-Python implementation
of MD5 (RFC 1321), SHA-1 and the SHA-2 family (FIPS 180-4)).

Constructors: md5(), sha1(), sha224(), sha256(), sha384(), sha512() and
new(name).  Each returns a hash object with update(data), digest(),
hexdigest() and copy(), and the attributes name, digest_size, block_size.
"""

from math import sin as _sin, isqrt as _isqrt

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512",
           "new", "algorithms_guaranteed", "algorithms_available",
           "pbkdf2_hmac", "file_digest")

algorithms_guaranteed = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"}
algorithms_available = set(algorithms_guaranteed)

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


class UnsupportedDigestmodError(ValueError):
    pass


UnsupportedDigestmodError.__module__ = "_hashlib"


def _data_arg(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    tobytes = getattr(type(data), "tobytes", None)
    if tobytes is not None:
        return tobytes(data)
    raise TypeError("object supporting the buffer API required")


# ---------------------------------------------------------------------------
# Constants

_PRIMES = []
_n = 2
while len(_PRIMES) < 80:
    if all(_n % _p for _p in _PRIMES if _p * _p <= _n):
        _PRIMES.append(_n)
    _n += 1
del _n


def _icbrt(n):
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            return x
        x = y


# fractional parts of square and cube roots of the first primes
_K256 = [_icbrt(p << 96) & _M32 for p in _PRIMES[:64]]
_K512 = [_icbrt(p << 192) & _M64 for p in _PRIMES]
_IV256 = [_isqrt(p << 64) & _M32 for p in _PRIMES[:8]]
_IV512 = [_isqrt(p << 128) & _M64 for p in _PRIMES[:8]]
_IV384 = [_isqrt(p << 128) & _M64 for p in _PRIMES[8:16]]
_IV224 = [v & _M32 for v in _IV384]

_KMD5 = [int(abs(_sin(i + 1)) * 4294967296.0) & _M32 for i in range(64)]
_SMD5 = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + \
    [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
_GMD5 = [i for i in range(16)] + [(5 * i + 1) % 16 for i in range(16)] + \
    [(3 * i + 5) % 16 for i in range(16)] + [(7 * i) % 16 for i in range(16)]


# ---------------------------------------------------------------------------
# Compression functions: (state tuple, data, offset) -> new state tuple

def _md5_compress(state, data, off):
    from_bytes = int.from_bytes
    X = [from_bytes(data[off + j:off + j + 4], "little") for j in range(0, 64, 4)]
    a, b, c, d = state
    K = _KMD5
    S = _SMD5
    G = _GMD5
    M = _M32
    for i in range(16):
        f = (d ^ (b & (c ^ d))) + a + K[i] + X[i]
        f &= M
        s = S[i]
        a = d
        d = c
        c = b
        b = (b + (((f << s) | (f >> (32 - s))) & M)) & M
    for i in range(16, 32):
        f = (c ^ (d & (b ^ c))) + a + K[i] + X[G[i]]
        f &= M
        s = S[i]
        a = d
        d = c
        c = b
        b = (b + (((f << s) | (f >> (32 - s))) & M)) & M
    for i in range(32, 48):
        f = (b ^ c ^ d) + a + K[i] + X[G[i]]
        f &= M
        s = S[i]
        a = d
        d = c
        c = b
        b = (b + (((f << s) | (f >> (32 - s))) & M)) & M
    for i in range(48, 64):
        f = (c ^ (b | (~d & M))) + a + K[i] + X[G[i]]
        f &= M
        s = S[i]
        a = d
        d = c
        c = b
        b = (b + (((f << s) | (f >> (32 - s))) & M)) & M
    return ((state[0] + a) & M, (state[1] + b) & M,
            (state[2] + c) & M, (state[3] + d) & M)


def _sha1_compress(state, data, off):
    from_bytes = int.from_bytes
    M = _M32
    w = [from_bytes(data[off + j:off + j + 4], "big") for j in range(0, 64, 4)]
    for i in range(16, 80):
        x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
        w.append(((x << 1) | (x >> 31)) & M)
    a, b, c, d, e = state
    for i in range(20):
        t = (((a << 5) | (a >> 27)) & M) + (d ^ (b & (c ^ d))) + e + 0x5A827999 + w[i]
        e = d
        d = c
        c = ((b << 30) | (b >> 2)) & M
        b = a
        a = t & M
    for i in range(20, 40):
        t = (((a << 5) | (a >> 27)) & M) + (b ^ c ^ d) + e + 0x6ED9EBA1 + w[i]
        e = d
        d = c
        c = ((b << 30) | (b >> 2)) & M
        b = a
        a = t & M
    for i in range(40, 60):
        t = (((a << 5) | (a >> 27)) & M) + ((b & c) | (d & (b | c))) + e + 0x8F1BBCDC + w[i]
        e = d
        d = c
        c = ((b << 30) | (b >> 2)) & M
        b = a
        a = t & M
    for i in range(60, 80):
        t = (((a << 5) | (a >> 27)) & M) + (b ^ c ^ d) + e + 0xCA62C1D6 + w[i]
        e = d
        d = c
        c = ((b << 30) | (b >> 2)) & M
        b = a
        a = t & M
    return ((state[0] + a) & M, (state[1] + b) & M, (state[2] + c) & M,
            (state[3] + d) & M, (state[4] + e) & M)


def _sha256_compress(state, data, off):
    from_bytes = int.from_bytes
    M = _M32
    w = [from_bytes(data[off + j:off + j + 4], "big") for j in range(0, 64, 4)]
    for i in range(16, 64):
        x = w[i - 15]
        y = w[i - 2]
        s0 = ((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3)
        s1 = ((y >> 17) | (y << 15)) ^ ((y >> 19) | (y << 13)) ^ (y >> 10)
        w.append((w[i - 16] + s0 + w[i - 7] + s1) & M)
    a, b, c, d, e, f, g, h = state
    K = _K256
    for i in range(64):
        s1 = ((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7))
        t1 = h + (s1 & M) + (g ^ (e & (f ^ g))) + K[i] + w[i]
        s0 = ((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10))
        t2 = (s0 & M) + ((a & b) | (c & (a | b)))
        h = g
        g = f
        f = e
        e = (d + t1) & M
        d = c
        c = b
        b = a
        a = (t1 + t2) & M
    return ((state[0] + a) & M, (state[1] + b) & M, (state[2] + c) & M,
            (state[3] + d) & M, (state[4] + e) & M, (state[5] + f) & M,
            (state[6] + g) & M, (state[7] + h) & M)


def _sha512_compress(state, data, off):
    from_bytes = int.from_bytes
    M = _M64
    w = [from_bytes(data[off + j:off + j + 8], "big") for j in range(0, 128, 8)]
    for i in range(16, 80):
        x = w[i - 15]
        y = w[i - 2]
        s0 = ((x >> 1) | (x << 63)) ^ ((x >> 8) | (x << 56)) ^ (x >> 7)
        s1 = ((y >> 19) | (y << 45)) ^ ((y >> 61) | (y << 3)) ^ (y >> 6)
        w.append((w[i - 16] + s0 + w[i - 7] + s1) & M)
    a, b, c, d, e, f, g, h = state
    K = _K512
    for i in range(80):
        s1 = ((e >> 14) | (e << 50)) ^ ((e >> 18) | (e << 46)) ^ ((e >> 41) | (e << 23))
        t1 = h + (s1 & M) + (g ^ (e & (f ^ g))) + K[i] + w[i]
        s0 = ((a >> 28) | (a << 36)) ^ ((a >> 34) | (a << 30)) ^ ((a >> 39) | (a << 25))
        t2 = (s0 & M) + ((a & b) | (c & (a | b)))
        h = g
        g = f
        f = e
        e = (d + t1) & M
        d = c
        c = b
        b = a
        a = (t1 + t2) & M
    return ((state[0] + a) & M, (state[1] + b) & M, (state[2] + c) & M,
            (state[3] + d) & M, (state[4] + e) & M, (state[5] + f) & M,
            (state[6] + g) & M, (state[7] + h) & M)


# ---------------------------------------------------------------------------
# Hash objects

class _Hash:
    __slots__ = ("_h", "_buf", "_len")

    # set by each algorithm
    name = None
    digest_size = 0
    block_size = 64
    _iv = ()
    _compress = None
    _wordsize = 4
    _lenbytes = 8
    _order = "big"
    _outwords = 8

    def __init__(self, string=b"", *, usedforsecurity=True):
        self._h = self._iv
        self._buf = b""
        self._len = 0
        self.update(string)

    def update(self, obj, /):
        """Update this hash object's state with the provided string."""
        data = _data_arg(obj)
        self._len += len(data)
        buf = self._buf + data if self._buf else data
        bs = self.block_size
        n = len(buf) - len(buf) % bs
        if n:
            compress = self._compress
            h = self._h
            for i in range(0, n, bs):
                h = compress(h, buf, i)
            self._h = h
            buf = buf[n:]
        self._buf = buf

    def copy(self):
        """Return a copy of the hash object."""
        other = object.__new__(type(self))
        other._h = self._h
        other._buf = self._buf
        other._len = self._len
        return other

    def digest(self):
        """Return the digest value as a bytes object."""
        bs = self.block_size
        lenbytes = self._lenbytes
        buf = self._buf + b"\x80"
        buf += b"\0" * ((-len(buf) - lenbytes) % bs)
        buf += ((self._len * 8) & ((1 << (8 * lenbytes)) - 1)).to_bytes(
            lenbytes, self._order)
        h = self._h
        compress = self._compress
        for i in range(0, len(buf), bs):
            h = compress(h, buf, i)
        ws = self._wordsize
        order = self._order
        out = b"".join([v.to_bytes(ws, order) for v in h[:self._outwords]])
        return out[:self.digest_size]

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return self.digest().hex()

    def __repr__(self):
        return "<%s _hashlib.HASH object @ %s>" % (self.name, hex(id(self)))


def _algorithm(name, digest_size, block_size, iv, compress, wordsize,
               order="big", outwords=None):
    cls = type("HASH", (_Hash,), {
        "__slots__": (),
        "name": name,
        "digest_size": digest_size,
        "block_size": block_size,
        "_iv": tuple(iv),
        "_compress": staticmethod(compress),
        "_wordsize": wordsize,
        "_lenbytes": 2 * wordsize if block_size == 128 else 8,
        "_order": order,
        "_outwords": outwords if outwords is not None else len(iv),
    })
    cls.__module__ = "_hashlib"
    cls.__qualname__ = "HASH"
    return cls


_MD5 = _algorithm("md5", 16, 64, (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476),
                  _md5_compress, 4, "little")
_SHA1 = _algorithm("sha1", 20, 64, (0x67452301, 0xEFCDAB89, 0x98BADCFE,
                                    0x10325476, 0xC3D2E1F0), _sha1_compress, 4)
_SHA224 = _algorithm("sha224", 28, 64, _IV224, _sha256_compress, 4, outwords=7)
_SHA256 = _algorithm("sha256", 32, 64, _IV256, _sha256_compress, 4)
_SHA384 = _algorithm("sha384", 48, 128, _IV384, _sha512_compress, 8, outwords=6)
_SHA512 = _algorithm("sha512", 64, 128, _IV512, _sha512_compress, 8)

_CONSTRUCTORS = {"md5": _MD5, "sha1": _SHA1, "sha224": _SHA224,
                 "sha256": _SHA256, "sha384": _SHA384, "sha512": _SHA512}


def md5(string=b"", *, usedforsecurity=True):
    """Returns a md5 hash object; optionally initialized with a string"""
    return _MD5(string)


def sha1(string=b"", *, usedforsecurity=True):
    """Returns a sha1 hash object; optionally initialized with a string"""
    return _SHA1(string)


def sha224(string=b"", *, usedforsecurity=True):
    """Returns a sha224 hash object; optionally initialized with a string"""
    return _SHA224(string)


def sha256(string=b"", *, usedforsecurity=True):
    """Returns a sha256 hash object; optionally initialized with a string"""
    return _SHA256(string)


def sha384(string=b"", *, usedforsecurity=True):
    """Returns a sha384 hash object; optionally initialized with a string"""
    return _SHA384(string)


def sha512(string=b"", *, usedforsecurity=True):
    """Returns a sha512 hash object; optionally initialized with a string"""
    return _SHA512(string)


def _lookup(name):
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    cls = _CONSTRUCTORS.get(name)
    if cls is None:
        cls = _CONSTRUCTORS.get(name.lower())
    return cls


def new(name, data=b"", **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    cls = _lookup(name)
    if cls is None:
        raise ValueError("unsupported hash type " + name)
    if "string" in kwargs:
        data = kwargs.pop("string")
    return cls(data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    cls = _lookup(hash_name)
    password = _bytes_like(password)
    salt = _bytes_like(salt)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if cls is None:
        raise UnsupportedDigestmodError("[digital envelope routines] unsupported")
    if dklen is None:
        dklen = cls.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    bs = cls.block_size
    if len(password) > bs:
        password = cls(password).digest()
    password = password + b"\0" * (bs - len(password))
    inner = cls()
    outer = cls()
    inner.update(bytes([x ^ 0x36 for x in password]))
    outer.update(bytes([x ^ 0x5C for x in password]))

    def prf(msg):
        icpy = inner.copy()
        ocpy = outer.copy()
        icpy.update(msg)
        ocpy.update(icpy.digest())
        return ocpy.digest()

    size = cls.digest_size
    dkey = b""
    loop = 1
    while len(dkey) < dklen:
        prev = prf(salt + loop.to_bytes(4, "big"))
        rkey = int.from_bytes(prev, "big")
        for _ in range(iterations - 1):
            prev = prf(prev)
            rkey ^= int.from_bytes(prev, "big")
        loop += 1
        dkey += rkey.to_bytes(size, "big")
    return dkey[:dklen]


def _bytes_like(v):
    if isinstance(v, bytes):
        return v
    if isinstance(v, (bytearray, memoryview)):
        return bytes(v)
    tobytes = getattr(type(v), "tobytes", None)
    if tobytes is not None and not isinstance(v, str):
        return tobytes(v)
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(v).__name__)


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hash the contents of a file-like object. Returns a digest object.

    *fileobj* must be a file-like object opened for reading in binary mode.
    *digest* must either be a hash algorithm name as a *str*, a hash
    constructor, or a callable that returns a hash object.
    """
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, "getbuffer"):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, "readable") and fileobj.readable()
            and (hasattr(fileobj, "readinto") or hasattr(fileobj, "read"))
            and "b" in getattr(fileobj, "mode", "b")):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
