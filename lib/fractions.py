"""Fraction, an exact rational number type."""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

try:
    from decimal import Decimal as _Decimal
except ImportError:
    _Decimal = None

# Hashes of rationals are computed modulo this prime, the same way as hashes
# of ints and floats, so that equal numbers of any type hash equal.
_hash_info = getattr(sys, 'hash_info', None)
_PyHASH_MODULUS = _hash_info.modulus if _hash_info is not None else (1 << 61) - 1
_PyHASH_INF = _hash_info.inf if _hash_info is not None else 314159


def _digits(s, i, n):
    # End of a run of decimal digits with single underscores between them
    # starting at s[i]; -1 when there is no digit at s[i].
    if i >= n or not s[i].isdecimal():
        return -1
    i += 1
    while i < n:
        c = s[i]
        if c.isdecimal():
            i += 1
        elif c == '_' and i + 1 < n and s[i + 1].isdecimal():
            i += 2
        else:
            break
    return i


def _parse(text):
    """(numerator, denominator) of a fraction literal such as ' -3/4',
    '1.5e-3' or '.5', or None when `text` is not one."""
    n = len(text)
    i = 0
    while i < n and text[i].isspace():
        i += 1
    while n > i and text[n - 1].isspace():
        n -= 1
    negative = False
    if i < n and text[i] in '+-':
        negative = text[i] == '-'
        i += 1
    # a digit, or a point and a digit, must come next
    if not (i < n and (text[i].isdecimal() or
                       (text[i] == '.' and i + 1 < n and text[i + 1].isdecimal()))):
        return None
    start = i
    if text[i].isdecimal():
        i = _digits(text, i, n)
    numerator = int(text[start:i] or '0')
    denominator = 1
    if i < n and text[i] == '/':
        if _digits(text, i + 1, n) != n:
            return None
        denominator = int(text[i + 1:n])
    else:
        decimal = ''
        if i < n and text[i] == '.':
            i += 1
            if i < n and text[i].isdecimal():
                j = _digits(text, i, n)
            else:
                # CPython 3.11 also takes a run of letters 'd' here (and
                # then fails in int()); reproduce that
                j = i
                while j < n and text[j] in 'dD':
                    j += 1
            decimal = text[i:j]
            i = j
        exp = None
        if i < n and text[i] in 'eE':
            k = i + 1
            if k < n and text[k] in '+-':
                k += 1
            if _digits(text, k, n) != n:
                return None
            exp = text[i + 1:n]
        elif i != n:
            return None
        if decimal:
            decimal = decimal.replace('_', '')
            scale = 10 ** len(decimal)
            numerator = numerator * scale + int(decimal)
            denominator *= scale
        if exp:
            exp = int(exp)
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
    if negative:
        numerator = -numerator
    return numerator, denominator


class Fraction(numbers.Rational):
    """An exact rational number, always kept in lowest terms with a
    positive denominator.

    Fraction(7, -14) is Fraction(-1, 2); Fraction() is 0.  Besides two
    Rationals (ints included), the constructor takes one Rational, a float
    or Decimal (converted exactly), or a string: '3/4', '-1.25', ' 2e-3 '.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        """Creates a Fraction from a pair of Rationals, one Rational, a
        float, a Decimal or a string."""
        self = super(Fraction, cls).__new__(cls)

        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            elif isinstance(numerator, float) or (
                    _Decimal is not None and isinstance(numerator, _Decimal)):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif (isinstance(numerator, numbers.Rational) and
              isinstance(denominator, numbers.Rational)):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator
            )
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")

        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a finite float, as a Fraction (so 0.3 gives
        Fraction(5404319552844595, 18014398509481984), not 3/10)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a finite Decimal, as a Fraction."""
        if isinstance(dec, numbers.Integral):
            dec = _Decimal(int(dec))
        elif _Decimal is None or not isinstance(dec, _Decimal):
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)" %
                (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator): two ints, the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most
        max_denominator (e.g. 22/7 for pi with a limit of 10)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion until the next convergent's
        # denominator is too big; the answer is then either the last
        # convergent or the best semiconvergent below the bound.
        p_prev, q_prev, p, q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q
            if q_next > max_denominator:
                break
            p_prev, q_prev, p, q = p, q, p_prev + a * p, q_next
            n, d = d, n - a * d
        k = (max_denominator - q_prev) // q
        semi = Fraction(p_prev + k * p, q_prev + k * q)
        conv = Fraction(p, q)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def _operator_fallbacks(monomorphic_operator, fallback_operator):
        """Makes the forward (a op b) and reverse (b op a) methods of an
        operator: exact with ints and Fractions, through float or complex
        otherwise."""

        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return monomorphic_operator(a, b)
            elif isinstance(b, float):
                return fallback_operator(float(a), b)
            elif isinstance(b, complex):
                return fallback_operator(complex(a), b)
            else:
                return NotImplemented
        forward.__name__ = '__' + fallback_operator.__name__ + '__'
        forward.__doc__ = monomorphic_operator.__doc__

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return monomorphic_operator(a, b)
            elif isinstance(a, numbers.Real):
                return fallback_operator(float(a), float(b))
            elif isinstance(a, numbers.Complex):
                return fallback_operator(complex(a), complex(b))
            else:
                return NotImplemented
        reverse.__name__ = '__r' + fallback_operator.__name__ + '__'
        reverse.__doc__ = monomorphic_operator.__doc__

        return forward, reverse

    def _add(a, b):
        """a + b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        if da == db:
            return Fraction(na + nb, da)
        g = math.gcd(da, db)
        if g == 1:
            # coprime denominators: the sum is already in lowest terms
            return Fraction(na * db + nb * da, da * db, _normalize=False)
        return Fraction(na * (db // g) + nb * (da // g), (da // g) * db)

    __add__, __radd__ = _operator_fallbacks(_add, operator.add)

    def _sub(a, b):
        """a - b"""
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        if da == db:
            return Fraction(na - nb, da)
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db - nb * da, da * db, _normalize=False)
        return Fraction(na * (db // g) - nb * (da // g), (da // g) * db)

    __sub__, __rsub__ = _operator_fallbacks(_sub, operator.sub)

    def _mul(a, b):
        """a * b"""
        return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)

    __mul__, __rmul__ = _operator_fallbacks(_mul, operator.mul)

    def _div(a, b):
        """a / b"""
        na, nb = a.numerator, b.numerator
        if not nb:
            # CPython reports the numerator left after cancelling: the sign of a
            raise ZeroDivisionError('Fraction(%s, 0)' % ((na > 0) - (na < 0)))
        return Fraction(na * b.denominator, a.denominator * nb)

    __truediv__, __rtruediv__ = _operator_fallbacks(_div, operator.truediv)

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, operator.floordiv)

    def _divmod(a, b):
        """(a // b, a % b)"""
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod)

    def _mod(a, b):
        """a % b"""
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __mod__, __rmod__ = _operator_fallbacks(_mod, operator.mod)

    def __pow__(a, b):
        """a ** b: a Fraction for an integral b, else a float or complex."""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power,
                                    a._denominator ** power,
                                    _normalize=False)
                elif a._numerator >= 0:
                    return Fraction(a._denominator ** -power,
                                    a._numerator ** -power,
                                    _normalize=False)
                else:
                    return Fraction((-a._denominator) ** -power,
                                    (-a._numerator) ** -power,
                                    _normalize=False)
            else:
                # the result is generally irrational
                return float(a) ** float(b)
        else:
            return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            # an int base stays an int
            return a ** b._numerator

        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b

        if b._denominator == 1:
            return a ** b._numerator

        return a ** float(b)

    def __pos__(a):
        """+a (a plain Fraction, also for subclasses)"""
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        """-a"""
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        """abs(a)"""
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=operator.index):
        """int(a)"""
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        else:
            return _index(a._numerator // a._denominator)

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        else:
            return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a.numerator // a.denominator

    def __ceil__(a):
        """math.ceil(a)"""
        # ceiling by floor division of the negated value
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits), halves going to the even neighbour."""
        if ndigits is None:
            floor, remainder = divmod(self.numerator, self.denominator)
            twice = remainder * 2
            if twice < self.denominator:
                return floor
            elif twice > self.denominator:
                return floor + 1
            # exactly half way: the even neighbour
            elif floor % 2 == 0:
                return floor
            else:
                return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        else:
            return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """hash(self)"""
        # The hash of n/d is n times the inverse of d modulo the prime
        # _PyHASH_MODULUS; when d has no inverse (it is a multiple of the
        # prime) the hash is that of infinity.
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                # no finite fraction equals these
                return 0.0 == b
            else:
                return a == a.from_float(b)
        else:
            return NotImplemented

    def _richcmp(self, other, op):
        """Compares self with a Rational or a float using `op` (from the
        operator module); NotImplemented for anything else."""
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            else:
                return op(self, self.from_float(other))
        else:
            return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
