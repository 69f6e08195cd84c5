# complex() falls back to __float__ and __index__
class OnlyIndex:
    def __index__(self): return 5
class OnlyFloat:
    def __float__(self): return 1.5
class N:
    def __complex__(self): return 1 + 2j
    def __float__(self): return 2.5
print(complex(OnlyIndex()), complex(OnlyFloat()), complex(N()))
print(complex(N(), N()), complex(OnlyFloat(), 1), complex(1, OnlyIndex()))
class MyFloat(float): pass
print(complex(MyFloat(2.0)), complex(real=OnlyFloat(), imag=2))
class BadComplex:
    def __complex__(self): return 1.0
try:
    complex(BadComplex())
except TypeError as e:
    print(type(e).__name__, e)
