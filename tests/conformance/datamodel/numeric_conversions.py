# __int__, __float__, __complex__, __index__ fallbacks and result checks
import warnings
warnings.simplefilter("ignore")
class N:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 2j
n = N()
print(int(n), float(n), complex(n))
class OnlyIndex:
    def __index__(self): return 5
print(int(OnlyIndex()), float(OnlyIndex()))
class OnlyFloat:
    def __float__(self): return 1.5
print(float(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)
class Nothing: pass
for fn in (int, float, complex):
    try:
        fn(Nothing())
    except TypeError as e:
        print(type(e).__name__, e)
class BadInt:
    def __int__(self): return "7"
class BadFloat:
    def __float__(self): return 1
for fn, obj in ((int, BadInt()), (float, BadFloat())):
    try:
        fn(obj)
    except TypeError as e:
        print(type(e).__name__, e)
# int subclass returned from __int__
class MyInt(int): pass
# float subclass returned from __float__
class MyFloat(float): pass
class RetFloatSub:
    def __float__(self): return MyFloat(0.5)
r = float(RetFloatSub())
print(r, type(r).__name__)
# int(x) of subclasses of int keeps the value, returns exact int
print(type(int(MyInt(4))).__name__, type(float(MyFloat(1.0))).__name__, type(int(True)).__name__)
# __trunc__ for int() is deprecated but still used
class T:
    def __trunc__(self): return 9
print(int(T()))
# math functions use __float__ / __index__
import math
print(math.sqrt(N()), math.floor(2.7), math.factorial(OnlyIndex()), math.isqrt(OnlyIndex()))
# string conversions do not use __int__
try:
    int("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float("1.2.3")
except ValueError as e:
    print(type(e).__name__, e)
print(int("  -0x1f ", 16) if False else int(" -31 "), float(" 1e3 "), int("1_000"), float("inf"), complex("1+2j"))
