"""Random variable generators (ferrython's own implementation).

The core generator is the Mersenne Twister MT19937 with the same seeding
(init_by_array over the 32-bit words of the seed), the same 53-bit float
construction and the same integer/sampling algorithms as CPython 3.11, so a
given integer, str or bytes seed yields CPython's exact sequence for every
function in this module.

Implementation notes: the generator keeps the raw 624-word state (needed for
getstate/setstate) plus a list holding the tempered outputs of the current
block, so drawing a word is an index and a list read.  String and bytes seeds
(version 2) hash with SHA-512, computed here in pure Python when no hashlib
is available.
"""

from math import (log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil,
                  sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin,
                  floor as _floor, isfinite as _isfinite)
from itertools import accumulate as _accumulate, repeat as _repeat

try:
    from os import urandom as _urandom
except ImportError:  # pragma: no cover
    _urandom = None

__all__ = [
    "Random", "SystemRandom", "betavariate", "choice", "choices",
    "expovariate", "gammavariate", "gauss", "getrandbits", "getstate",
    "lognormvariate", "normalvariate", "paretovariate", "randbytes",
    "randint", "random", "randrange", "sample", "seed", "setstate",
    "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF


# ---------------------------------------------------------------------------
# SHA-512 (FIPS 180-4), used by seed(str/bytes) when hashlib is missing.

_SHA_CONSTANTS = None


def _icbrt(n):
    x = 1 << ((n.bit_length() + 2) // 3 + 1)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            break
        x = y
    while x * x * x > n:
        x -= 1
    while (x + 1) ** 3 <= n:
        x += 1
    return x


def _sha_constants():
    global _SHA_CONSTANTS
    if _SHA_CONSTANTS is None:
        from math import isqrt
        primes = []
        c = 2
        while len(primes) < 80:
            if all(c % p for p in primes if p * p <= c):
                primes.append(c)
            c += 1
        m = (1 << 64) - 1
        h0 = [isqrt(p << 128) & m for p in primes[:8]]
        k = [_icbrt(p << 192) & m for p in primes]
        _SHA_CONSTANTS = (h0, k)
    return _SHA_CONSTANTS


def _sha512(data):
    h0, K = _sha_constants()
    M = 0xFFFFFFFFFFFFFFFF
    data = bytes(data)
    bitlen = len(data) * 8
    data += b"\x80" + b"\x00" * ((111 - len(data)) % 128) + bitlen.to_bytes(16, "big")
    h = list(h0)
    for off in range(0, len(data), 128):
        w = [int.from_bytes(data[off + 8 * i:off + 8 * i + 8], "big") for i in range(16)]
        for t in range(16, 80):
            x = w[t - 15]
            s0 = ((x >> 1) | (x << 63)) ^ ((x >> 8) | (x << 56)) ^ (x >> 7)
            x = w[t - 2]
            s1 = ((x >> 19) | (x << 45)) ^ ((x >> 61) | (x << 3)) ^ (x >> 6)
            w.append((w[t - 16] + (s0 & M) + w[t - 7] + (s1 & M)) & M)
        a, b, c, d, e, f, g, hh = h
        for t in range(80):
            S1 = (((e >> 14) | (e << 50)) ^ ((e >> 18) | (e << 46)) ^ ((e >> 41) | (e << 23))) & M
            ch = (e & f) ^ (~e & g)
            t1 = (hh + S1 + ch + K[t] + w[t]) & M
            S0 = (((a >> 28) | (a << 36)) ^ ((a >> 34) | (a << 30)) ^ ((a >> 39) | (a << 25))) & M
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & M
            hh = g
            g = f
            f = e
            e = (d + t1) & M
            d = c
            c = b
            b = a
            a = (t1 + t2) & M
        h = [(x + y) & M for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    return b"".join(x.to_bytes(8, "big") for x in h)


def _sha512_digest(data):
    try:
        import hashlib
    except ImportError:
        return _sha512(data)
    return hashlib.sha512(data).digest()


# ---------------------------------------------------------------------------
# The Mersenne Twister core.

# The 624-word state is kept packed in one int, word 0 most significant
# ("lane" i holds word i in bits 32*(623-i) .. 32*(624-i)-1).  A twist is then
# a handful of whole-int operations (each lane computes independently; the
# masks keep shifted bits from leaking into a neighbouring lane), and so is
# tempering.  Draws read the tempered block from bytes: word i is bytes
# 4*i .. 4*i+4 (big-endian), and random() reads a precomputed 53-bit value
# for the pair of words starting at i.

def _rep(pattern, lanes, width=32):
    """pattern repeated in `lanes` lanes of `width` bits."""
    return pattern * (((1 << (width * lanes)) - 1) // ((1 << width) - 1))


_HI227 = _rep(0x80000000, 227)
_LO227 = _rep(0x7FFFFFFE, 227)
_ONE227 = _rep(1, 227)
_HI169 = _rep(0x80000000, 169)
_LO169 = _rep(0x7FFFFFFE, 169)
_ONE169 = _rep(1, 169)
_M227 = (1 << (32 * 227)) - 1
_M169 = (1 << (32 * 169)) - 1
_M622 = (1 << (32 * 622)) - 1
_TM1 = _rep(0x001FFFFF, 624)
_TM2 = _rep(0x9D2C5680, 624)
_TM3 = _rep(0xEFC60000, 624)
_TM4 = _rep(0x00003FFF, 624)
_A312 = _rep(0x7FFFFFF, 312, 64)
_B312 = _rep(0x3FFFFFF, 312, 64)
_A311 = _rep(0x7FFFFFF, 311, 64)
_B311 = _rep(0x3FFFFFF, 311, 64)
_BS8 = _rep(0x00FF00FF, 624)
_BS16 = _rep(0x0000FFFF, 624)
_fb = int.from_bytes


def _twist(S):
    """The next 624-word state of packed state S."""
    # new[k] = old[k+397] ^ f(old[k], old[k+1])                 k < 227
    # new[k] = new[k-227] ^ f(old[k], old[k+1])                 227 <= k < 623
    # new[623] = new[396] ^ f(old[623], new[0])
    # f(x, z) = ((x & 0x80000000) | (z & 0x7fffffff)) >> 1 ^ (0x9908b0df if z & 1)
    z = (S >> 12672) & _M227                    # old[1:228]
    n1 = (S & _M227) ^ (((((S >> 12704) & _HI227) | (z & _LO227)) >> 1)
                        ^ ((z & _ONE227) * 0x9908B0DF))
    x = (S >> 5440) & _M227                     # old[227:454]
    z = (S >> 5408) & _M227                     # old[228:455]
    n2 = n1 ^ ((((x & _HI227) | (z & _LO227)) >> 1) ^ ((z & _ONE227) * 0x9908B0DF))
    x = (S >> 32) & _M169                       # old[454:623]
    z = S & _M169                               # old[455:624]
    n3 = (n2 >> 1856) ^ ((((x & _HI169) | (z & _LO169)) >> 1)
                         ^ ((z & _ONE169) * 0x9908B0DF))
    z = n1 >> 7232                              # new[0]
    y = (S & 0x80000000) | (z & 0x7FFFFFFE)
    last = ((n2 >> 1824) & 0xFFFFFFFF) ^ (y >> 1) ^ ((z & 1) * 0x9908B0DF)
    return (n1 << 12704) | (n2 << 5440) | (n3 << 32) | last


def _tempered(S):
    """(tempered block as bytes, 53-bit values of the even word pairs as bytes)."""
    S ^= (S >> 11) & _TM1
    S ^= (S << 7) & _TM2
    S ^= (S << 15) & _TM3
    S ^= (S >> 18) & _TM4
    v = (((S >> 37) & _A312) << 26) | ((S >> 6) & _B312)
    return S.to_bytes(2496, "big"), v.to_bytes(2496, "big")


def _odd_values(block):
    """53-bit values of the word pairs (1, 2), (3, 4) ... (621, 622) as bytes."""
    S = (_fb(block, "big") >> 32) & _M622
    v = (((S >> 37) & _A311) << 26) | ((S >> 6) & _B311)
    return v.to_bytes(2488, "big")


def _pack(words):
    return int("".join(map("%08x".__mod__, words)), 16)


def _unpack(S):
    return list(map(_fb, map(bytes, zip(*[iter(S.to_bytes(2496, "big"))] * 4))))


def _init_genrand(s):
    mt = [0] * 624
    mt[0] = s
    prev = s
    for i in range(1, 624):
        prev = (1812433253 * (prev ^ (prev >> 30)) + i) & 0xFFFFFFFF
        mt[i] = prev
    return mt


_GENRAND_19650218 = None


def _init_by_array(key):
    """The packed state init_by_array(key) produces."""
    global _GENRAND_19650218
    if _GENRAND_19650218 is None:
        _GENRAND_19650218 = _init_genrand(19650218)
    mt = _GENRAND_19650218[:]
    n = len(key)
    i = 1
    j = 0
    p = mt[0]
    # p is always the word written last (mt[i - 1], also after wrapping).
    for _ in range(max(624, n)):
        p = ((mt[i] ^ ((p ^ (p >> 30)) * 1664525)) + key[j] + j) & 0xFFFFFFFF
        mt[i] = p
        i += 1
        j += 1
        if i >= 624:
            mt[0] = p
            i = 1
        if j >= n:
            j = 0
    for _ in range(623):
        p = ((mt[i] ^ ((p ^ (p >> 30)) * 1566083941)) - i) & 0xFFFFFFFF
        mt[i] = p
        i += 1
        if i >= 624:
            mt[0] = p
            i = 1
    mt[0] = 0x80000000
    return _pack(mt)


def _int_key(n):
    key = []
    while n:
        key.append(n & 0xFFFFFFFF)
        n >>= 32
    return key or [0]


def _bisect_right(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _index(x):
    return type(x).__index__(x) if hasattr(type(x), "__index__") else _raise_index(x)


def _raise_index(x):
    raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")


def _warn(msg):
    import warnings
    warnings.warn(msg, DeprecationWarning, 3)


class Random:
    """Random number generator base class used by bound module functions.

    Used to instantiate instances of Random to get generators that don't
    share state.

    Class Random can also be subclassed if you want to use a different basic
    generator of your own devising: in that case, override the following
    methods:  random(), seed(), getstate(), and setstate().
    Optionally, implement a getrandbits() method so that randrange()
    can cover arbitrarily large ranges.
    """

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # A subclass overriding random() but not getrandbits() cannot rely on
        # the word generator, so _randbelow then works from random() alone.
        for c in cls.__mro__:
            d = c.__dict__
            if "_randbelow" in d:
                break
            if "getrandbits" in d:
                # The inlined fast path reads Random's own words, so a class
                # with its own getrandbits gets the plain algorithm.
                cls._randbelow = cls._randbelow_generic
                break
            if "random" in d:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    # -- core generator -----------------------------------------------------

    def _seed_words(self, key):
        self._state = _init_by_array(key)
        self._idx = 624
        self._block = self._even = self._odd = None

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed.

        The only supported seed types are None, int, float,
        str, bytes, and bytearray.

        None or no argument seeds from current time or from an operating
        system specific randomness source if available.

        If *a* is an int, all bits are used.

        For version 2 (the default), all of the bits are used if *a* is a str,
        bytes, or bytearray.  For version 1 (provided for reproducing random
        sequences from older versions of Python), the algorithm for str and
        bytes generates a narrower range of seeds.
        """
        if version == 1 and isinstance(a, (str, bytes)):
            if isinstance(a, bytes):
                a = a.decode("latin-1")
            x = ord(a[0]) << 7 if a else 0
            for ch in a:
                x = ((1000003 * x) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            if isinstance(a, str):
                a = a.encode()
            else:
                a = bytes(a)
            a = int.from_bytes(a + _sha512_digest(a), "big")
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        self._seed_core(a)
        self.gauss_next = None

    def _seed_core(self, a):
        if a is None:
            key = None
            if _urandom is not None:
                try:
                    raw = _urandom(624 * 4)
                except (NotImplementedError, OSError):
                    raw = None
                if raw is not None:
                    key = [int.from_bytes(raw[i:i + 4], "little") for i in range(0, len(raw), 4)]
            if key is None:
                import time
                try:
                    import os
                    pid = os.getpid()
                except Exception:
                    pid = 0
                t = time.time_ns() if hasattr(time, "time_ns") else int(time.time() * 1e9)
                key = [t & 0xFFFFFFFF, (t >> 32) & 0xFFFFFFFF, pid & 0xFFFFFFFF,
                       int(time.perf_counter() * 1e9) & 0xFFFFFFFF]
            self._seed_words(key)
            return
        if isinstance(a, int):
            n = abs(a)
        else:
            n = hash(a)
            if n < 0:
                n += 1 << 64
        self._seed_words(_int_key(int(n)))

    def _next_block(self):
        self._state = S = _twist(self._state)
        self._block, self._even = _tempered(S)
        self._odd = None

    def _next32(self):
        i = self._idx
        if i >= 624:
            self._next_block()
            i = 0
        self._idx = i + 1
        return _fb(self._block[4 * i:4 * i + 4], "big")

    def random(self):
        """random() -> x in the interval [0, 1)."""
        i = self._idx
        if i < 623:
            self._idx = i + 2
            if i & 1:
                v = self._odd
                if v is None:
                    v = self._odd = _odd_values(self._block)
                return _fb(v[4 * i - 4:4 * i + 4], "big") * 1.1102230246251565e-16
            return _fb(self._even[4 * i:4 * i + 8], "big") * 1.1102230246251565e-16
        a = self._next32() >> 5
        b = self._next32() >> 6
        return (a * 67108864.0 + b) * 1.1102230246251565e-16

    def getrandbits(self, k, /):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if type(k) is not int:
            k = _index(k)
        if k <= 32:
            if k < 0:
                raise ValueError("number of bits must be non-negative")
            if k == 0:
                return 0
            i = self._idx
            if i >= 624:
                self._next_block()
                i = 0
            self._idx = i + 1
            return _fb(self._block[4 * i:4 * i + 4], "big") >> (32 - k)
        # CPython fills the result from successive words, least significant
        # first; a partial last word keeps its top bits.  Reading the block
        # bytes little-endian gives the words in that order, each byte-swapped.
        words = (k - 1) // 32 + 1
        i = self._idx
        if i + words <= 624:
            self._idx = i + words
            x = _fb(self._block[4 * i:4 * (i + words)], "little")
        else:
            parts = []
            left = words
            while left:
                if i >= 624:
                    self._next_block()
                    i = 0
                take = min(left, 624 - i)
                parts.append(self._block[4 * i:4 * (i + take)])
                i += take
                left -= take
            self._idx = i
            x = _fb(b"".join(parts), "little")
        if words <= 624:
            m = (1 << (32 * words)) - 1
            b8 = _BS8 & m
            b16 = _BS16 & m
        else:
            b8 = _rep(0x00FF00FF, words)
            b16 = _rep(0x0000FFFF, words)
        x = ((x & b8) << 8) | ((x >> 8) & b8)
        x = ((x & b16) << 16) | ((x >> 16) & b16)
        extra = 32 * words - k
        if extra:
            low = 32 * (words - 1)
            x = (x & ((1 << low) - 1)) | ((x >> (low + extra)) << low)
        return x

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return self.VERSION, tuple(_unpack(self._state)) + (self._idx,), self.gauss_next

    def setstate(self, state):
        """Restore internal state from object returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            self._setstate_core(internalstate)
        elif version == 2:
            version, internalstate, self.gauss_next = state
            try:
                internalstate = tuple(x % (2 ** 32) for x in internalstate)
            except ValueError as e:
                raise TypeError from e
            self._setstate_core(internalstate)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))

    def _setstate_core(self, internalstate):
        if not isinstance(internalstate, tuple):
            raise TypeError("state vector must be a tuple")
        if len(internalstate) != 625:
            raise ValueError("state vector is the wrong size")
        mt = []
        for x in internalstate[:624]:
            if not isinstance(x, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
            mt.append(x & 0xFFFFFFFF)
        idx = internalstate[624]
        if not isinstance(idx, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(idx).__name__)
        if idx < 0 or idx > 624:
            raise ValueError("invalid state")
        self._state = S = _pack(mt)
        self._idx = idx
        self._odd = None
        if idx < 624:
            self._block, self._even = _tempered(S)
        else:
            self._block = self._even = None

    # -- pickling / copying -------------------------------------------------

    def __getstate__(self):  # for pickle
        return self.getstate()

    def __setstate__(self, state):  # for pickle
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # -- integers -----------------------------------------------------------

    def _randbelow_with_getrandbits(self, n):
        """Return a random int in the range [0,n).  Defined for n > 0."""
        # Random's own getrandbits, inlined for k <= 32 (the common case).
        k = n.bit_length()
        if 0 < k <= 32:
            shift = 32 - k
            i = self._idx
            while True:
                if i >= 624:
                    self._next_block()
                    i = 0
                r = _fb(self._block[4 * i:4 * i + 4]) >> shift
                i += 1
                if r < n:
                    self._idx = i
                    return r
        getrandbits = self.getrandbits
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_generic(self, n):
        """Return a random int in the range [0,n), drawing with self.getrandbits."""
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Return a random int in the range [0,n).  Defined for n > 0.

        The implementation does not use getrandbits, but only random.
        """
        random = self.random
        if n >= maxsize:
            import warnings
            warnings.warn("Underlying random() generator does not supply \n"
                          "enough bits to choose from a population range this large.\n"
                          "To remove the range limitation, add a getrandbits() method.")
            return _floor(random() * n)
        if n == 0:
            return 0
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, "little")

    def randrange(self, start, stop=None, step=1):
        """Choose a random item from range(stop) or range(start, stop[, step]).

        Roughly equivalent to ``choice(range(start, stop, step))`` but
        supports arbitrarily large ranges and is optimized for common cases.
        """
        if type(start) is int:
            istart = start
        else:
            try:
                istart = _index(start)
            except TypeError:
                istart = int(start)
                if istart != start:
                    _warn("randrange() will raise TypeError in the future")
                    raise ValueError("non-integer arg 1 for randrange()")
                _warn("non-integer arguments to randrange() have been deprecated "
                      "since Python 3.10 and will be removed in a subsequent "
                      "version")
        if stop is None:
            if type(step) is not int or step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")

        if type(stop) is int:
            istop = stop
        else:
            try:
                istop = _index(stop)
            except TypeError:
                istop = int(stop)
                if istop != stop:
                    _warn("randrange() will raise TypeError in the future")
                    raise ValueError("non-integer stop for randrange()")
                _warn("non-integer arguments to randrange() have been deprecated "
                      "since Python 3.10 and will be removed in a subsequent "
                      "version")
        width = istop - istart
        if type(step) is int:
            istep = step
        else:
            try:
                istep = _index(step)
            except TypeError:
                istep = int(step)
                if istep != step:
                    _warn("randrange() will raise TypeError in the future")
                    raise ValueError("non-integer step for randrange()")
                _warn("non-integer arguments to randrange() have been deprecated "
                      "since Python 3.10 and will be removed in a subsequent "
                      "version")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points.
        """
        return self.randrange(a, b + 1)

    # -- sequences ----------------------------------------------------------

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence.

        Returns a new list containing elements from the population while
        leaving the original population unchanged.
        """
        from collections.abc import Sequence
        if not isinstance(population, Sequence):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = list(_accumulate(counts))
            if len(cum_counts) != n:
                raise ValueError("The number of counts does not match the population")
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            selections = self.sample(range(total), k=k)
            last = len(cum_counts)
            return [population[_bisect_right(cum_counts, s, 0, last)] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            selected_add = selected.add
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected_add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement.

        If the relative weights or cumulative weights are not specified,
        the selections are made with equal probability.
        """
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                nf = n + 0.0
                return [population[_floor(random() * nf)] for _ in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f"The number of choices must be a keyword argument: k={k!r}") from None
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _isfinite(total):
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        return [population[_bisect_right(cum_weights, random() * total, 0, hi)]
                for _ in _repeat(None, k)]

    # -- real-valued distributions -------------------------------------------

    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b] depending on rounding."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution.

        Continuous distribution bounded by given lower and upper limits,
        and having a given mode value in-between.
        """
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution.

        mu is the mean, and sigma is the standard deviation.
        """
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution.

        mu is the mean, and sigma is the standard deviation.  This is
        slightly faster than the normalvariate() function.

        Not thread-safe without a lock around calls.
        """
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            random = self.random
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution.

        lambd is 1.0 divided by the desired mean.
        """
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution.

        mu is the mean angle, expressed in radians between 0 and 2*pi, and
        kappa is the concentration parameter, which must be greater than or
        equal to zero.
        """
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution.  Not the gamma function!

        Conditions on the parameters are alpha > 0 and beta > 0.
        """
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        random = self.random
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - random()) * beta
        while True:
            u = random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution.

        Conditions on the parameters are alpha > 0 and beta > 0.
        Returned values range between 0 and 1.
        """
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution.  alpha is the shape parameter."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution.

        alpha is the scale parameter and beta is the shape parameter.
        """
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


# Classes with their own getrandbits get this one under CPython's name.
Random._randbelow_generic.__name__ = "_randbelow_with_getrandbits"
Random._randbelow_generic.__qualname__ = "Random._randbelow_with_getrandbits"


class SystemRandom(Random):
    """Alternate random number generator using sources provided
    by the operating system (such as /dev/urandom on Unix or
    CryptGenRandom on Windows).

     Not available on all systems (see os.urandom() for details).
    """

    def random(self):
        """Get the next random number in the range 0.0 <= X < 1.0."""
        return (int.from_bytes(_urandom(7), "big") >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes), "big")
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        """Generate n random bytes."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        "Stub method.  Not used for a system random number generator."
        return None

    def _notimplemented(self, *args, **kwds):
        "Method should not be called for a system random number generator."
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _notimplemented


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
