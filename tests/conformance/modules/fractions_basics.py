from fractions import Fraction as F
import fractions
import math
import copy
import pickle

print(F(3, 4), repr(F(3, 4)), F(6, -8), F(-6, -8), F(), F(5), F(0, 7), F(True), F(2**70, 6))
print(F(1.5), F(0.1), F(-0.0), F(1e300).denominator, F(2.5e-10), F(F(3, 4)), F(F(1, 2), F(3, 4)), F(3, F(6, 5)))
for s in ["3/4", " -1.5e3 ", "1.", ".5", "5.e3", "1_0/2_0", "+.5e-1_0", "-0", "007/014", "1E2", "2.5E-2",
          "\u00a01/2\u2003", "10/4\n", "3 / 4", "1/-2", "1e", "1__0", "", " ", "0b1", "1 .5", "inf", "nan", ".",
          "1.5/2", "/2", "1/", "1.d", "_1", "1_", "--1", "+-1", "1e+5", "1e-0", "-.25", "1.2.3"]:
    try:
        print(repr(s), repr(F(s)))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)
for args in [(1, 0), ("1/0",), (F(1, 2), 0), (1, 2.0), ([],), (1.5, 2), (float("inf"),), (float("nan"),), ("1", 2), (None,)]:
    try:
        print(F(*args))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(args, type(e).__name__, e)

a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, b ** -3, b ** 3, a ** 0)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 3, 3 / a, a // 1, 7 // a, a % 1, 7 % a, divmod(7, a), divmod(a, 2))
print(a + 0.5, 0.5 + a, a * 2.0, a / 0.25, 1.5 // a, a % 0.5, divmod(a, 0.5), a + 1j, 1j * a, a ** 0.5, 4 ** F(1, 2), 2 ** F(3))
print(2 ** F(-1), F(-8) ** F(1, 3) if False else "", (-2) ** F(-2), 2.0 ** F(2), a ** 1j if False else "", F(2) ** F(10), F(-3, 2) ** -3)
print(a + True, a == 0.75, a == 0.7, a == F(6, 8), a == 1j, F(1) == 1, F(1, 2) == 0.5 + 0j, a != b, a == "x", F(0) == float("nan"), F(5) == float("inf"))
print(a < b, a > b, a <= 0.75, a >= 1, a < 1, 1 < a, a < float("inf"), a > float("-inf"), a < float("nan"), a > float("nan"))
print(sorted([F(1, 3), 0.3, 1, F(-1, 2), 0, True]), max(F(1, 3), 0.33), min(F(7, 2), 3))
for z in [0, F(0), 0.0]:
    for op in ["/", "//", "%", "divmod"]:
        try:
            r = divmod(a, z) if op == "divmod" else eval("a %s z" % op)
            print(op, z, r)
        except ZeroDivisionError as e:
            print(op, repr(z), "ZeroDivisionError", e)
for x, y in [(F(-3, 4), 0), (F(0), 0), (F(-6, 4), F(0, 5)), (5, F(0)), (-5, F(0))]:
    try:
        x / y
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F(0) ** -3
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    a + "x"
except TypeError as e:
    print("TypeError", e)
try:
    a < "x"
except TypeError as e:
    print("TypeError", e)
try:
    a < 1j
except TypeError as e:
    print("TypeError", e)

print(-a, +a, abs(b), int(b), int(F(7, 2)), math.trunc(b), math.floor(b), math.ceil(b), float(b), complex(a), bool(F(0)), bool(b))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3)), round(F(2, 3)), round(F(12345, 100), 1), round(F(12345, 100), -2), round(F(-1, 3), 2), type(round(F(1, 2))))
print(F(3, 4).as_integer_ratio(), F.from_float(0.3), F.from_float(3), a.numerator, a.denominator, a.real, a.imag, a.conjugate())
for bad in ["x", 1j, F(1, 2)]:
    try:
        F.from_float(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    F.from_decimal("1.5")
except TypeError as e:
    print("TypeError", e)
pi = F(math.pi)
for m in [1, 2, 7, 10, 100, 113, 1000, 10**6, 10**20]:
    print(m, pi.limit_denominator(m), F(1, 3).limit_denominator(m), F(-22, 7).limit_denominator(m))
print(F("0.333333333").limit_denominator(10), F(3, 10).limit_denominator(3), F(1, 4).limit_denominator(3), F(5, 8).limit_denominator(3))
try:
    a.limit_denominator(0)
except ValueError as e:
    print("ValueError", e)

vals = [F(1, 2), F(-1, 2), F(3), F(-3), F(1, 3), F(2**64, 3), F(-7, 2**61 - 1), F(1, 2**61 - 1), F(5, (2**61 - 1) * 2), F(0), F(10**30, 7)]
print([hash(v) for v in vals])
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)), {F(1, 2): "a", 0.5: "b"}, {F(2): 1, 2: 2, 2.0: 3})
print(copy.copy(a) is a, copy.deepcopy(a) is a, pickle.loads(pickle.dumps(a)) == a, a.__reduce__())

class Sub(F):
    pass
s = Sub(3, 9)
print(repr(s), repr(s + 1), repr(-s), repr(+s), repr(copy.copy(s)), type(copy.copy(s)).__name__, Sub.from_float(0.5).__class__.__name__)
print(F.__add__.__name__, F.__radd__.__name__, F.__divmod__.__name__, F.__rdivmod__.__name__, F.__floordiv__.__doc__, F.__slots__, fractions.__all__)
import numbers
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Integral), issubclass(F, numbers.Real))
print(sum([F(1, n) for n in range(1, 20)]), math.prod([F(n, n + 1) for n in range(1, 30)]), F(1, 3) * 3 == 1)
print(str(F(-7, 3)), f"{F(1, 3)!s:>8}|{F(1, 3)!r}", "%s" % F(5, 10))
