"""HMAC (Keyed-Hashing for Message Authentication, RFC 2104)
(ferrython's implementation)."""

import hashlib as _hashlib

__all__ = ["HMAC", "new", "digest", "compare_digest", "digest_size"]

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests returned by HMAC depends on the underlying
# hashing module used.  Use digest_size from the instance of HMAC instead.
digest_size = None


def compare_digest(a, b, /):
    """Return 'a == b'.

This function uses an approach designed to prevent
timing analysis, making it appropriate for cryptography.

a and b must both be of the same type: either str (ASCII only),
or any bytes-like object.

Note: If a and b are of different lengths, or if an error occurs,
a timing attack could theoretically reveal information about the
types and lengths of a and b--but not their values."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is "
                            "not supported")
        x = a.encode("ascii")
        y = b.encode("ascii")
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    else:
        x = _buffer(a)
        y = _buffer(b)
        if x is None or y is None:
            raise TypeError("unsupported operand types(s) or combination of "
                            "types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
    result = len(x) ^ len(y)
    if result:
        y = x
    for p, q in zip(x, y):
        result |= p ^ q
    return result == 0


def _buffer(v):
    if isinstance(v, bytes):
        return v
    if isinstance(v, (bytearray, memoryview)):
        return bytes(v)
    tobytes = getattr(type(v), "tobytes", None)
    if tobytes is not None:
        return tobytes(v)
    return None


def _digest_cons(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b"": _hashlib.new(digestmod, d)
    return lambda d=b"": digestmod.new(d)


class HMAC:
    """RFC 2104 HMAC class.  Also complies with RFC 4231.

    This supports the API for Cryptographic Hash Functions (PEP 247).
    """
    blocksize = 64  # 512-bit HMAC; can be changed in subclasses.

    __slots__ = ("_hmac", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=""):
        """Create a new HMAC object.

        key: bytes or buffer, key for the keyed hash object.
        msg: bytes or buffer, Initial input for the hash or None.
        digestmod: A hash name suitable for hashlib.new(), a hashlib
                   constructor or a module supporting PEP 247.  Required.
        """
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._hmac = None
        cons = _digest_cons(digestmod)
        self._outer = cons()
        self._inner = cons()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, "block_size", self.blocksize)
        if blocksize < 16:
            import warnings
            warnings.warn("block_size of %d seems too small; using our "
                          "default of %d." % (blocksize, self.blocksize),
                          RuntimeWarning, 2)
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = cons(key).digest()
        self.block_size = blocksize
        key = bytes(key) + b"\0" * (blocksize - len(key))
        self._outer.update(bytes([trans_5C[x] for x in key]))
        self._inner.update(bytes([trans_36[x] for x in key]))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object.

        An update to this copy won't affect the original object.
        """
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._hmac = None
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """Return the hash value of this hashing object.

        This returns the hmac value as bytes.  The object is
        not altered in any way by this function; you can continue
        updating the object after calling this function.
        """
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), but returns a string of hexadecimal digits instead.
        """
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    """Create a new hashing object and return it.

    key: bytes or buffer, The starting key for the hash.
    msg: bytes or buffer, Initial input for the hash, or None.
    digestmod: A hash name suitable for hashlib.new(), a hashlib
               constructor or a module supporting PEP 247.  Required.

    You can now feed arbitrary bytes into the object using its update()
    method, and can ask for the hash value at any time by calling its digest()
    or hexdigest() methods.
    """
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Fast inline implementation of HMAC.

    key: bytes or buffer, The key for the keyed hash object.
    msg: bytes or buffer, Input message.
    digest: A hash name suitable for hashlib.new() for best performance. *OR*
            A hashlib constructor returning a new hash object. *OR*
            A module supporting PEP 247.
    """
    cons = _digest_cons(digest)
    inner = cons()
    outer = cons()
    blocksize = getattr(inner, "block_size", 64)
    if len(key) > blocksize:
        key = cons(key).digest()
    key = bytes(key) + b"\0" * (blocksize - len(key))
    inner.update(bytes([trans_36[x] for x in key]))
    outer.update(bytes([trans_5C[x] for x in key]))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()
