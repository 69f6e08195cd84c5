# math.frexp/ldexp at the subnormal and overflow edges (C library semantics, as CPython).
import math
for x in [5e-324, 1e308, 1.0, -3.5, 0.1, 2.0**-1030, 1.7976931348623157e308, -0.0, 0.0]:
    print(x, math.frexp(x))
for x, e in [(3.0, -1075), (1.5, -1060), (1.0, 1023), (1.0, -1074), (1.0, -1075), (5e-324, 1), (-2.0, 5)]:
    print(x, e, math.ldexp(x, e))
for x, e in [(1.0, 1024), (1.0, 10**30)]:
    try:
        print(math.ldexp(x, e))
    except OverflowError as ex:
        print("OverflowError", ex)
print(math.ldexp(1.0, -10**30), math.ldexp(float("inf"), 5), math.frexp(float("inf")), math.frexp(float("nan")))
