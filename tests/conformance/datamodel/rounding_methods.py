# __round__, __trunc__, __floor__, __ceil__ and the builtins/math functions
import math
class R:
    def __round__(self, ndigits=None): return ("round", ndigits)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
r = R()
print(round(r), round(r, 2), round(r, None), round(r, ndigits=-1))
print(math.trunc(r), math.floor(r), math.ceil(r))
class F:
    def __float__(self): return 2.5
print(math.floor(F()), math.ceil(F()))
for fn in (round, math.trunc):
    try:
        fn(F())
    except TypeError as e:
        print(type(e).__name__, e)
class Nothing: pass
for fn in (round, math.trunc, math.floor, math.ceil):
    try:
        fn(Nothing())
    except TypeError as e:
        print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(-1350, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5), math.floor(10**20))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(1.5, 300))
try:
    round(1.5, "2")
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(int):
    def __round__(self, nd=None): return "MyInt.round"
print(round(MyInt(5)), round(MyInt(5), 1), math.floor(MyInt(3)), type(math.floor(MyInt(3))).__name__)
