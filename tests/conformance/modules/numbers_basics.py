import numbers

for c in [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]:
    print(c.__name__, sorted(c.__abstractmethods__))
    print("  ", sorted(k for k in c.__dict__ if not k.startswith("_abc") and k not in ("__abstractmethods__", "__doc__")))
    print("  ", [isinstance(v, c) for v in [1, True, 1.5, 2j, "x", None]], [issubclass(t, c) for t in [int, bool, float, complex, str]])
print(numbers.__all__, numbers.Number.__hash__, numbers.Complex.__hash__)

class MyInt(numbers.Integral):
    def __init__(self, v):
        self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return MyInt(int(o) & self.v)
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return MyInt(int(o) ^ self.v)
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return MyInt(int(o) | self.v)
    def __invert__(self): return MyInt(~self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __rpow__(self, b): return int(b) ** self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __repr__(self): return f"MyInt({self.v})"

m = MyInt(7)
print(m, m - 2, 10 - m, divmod(m, 3), divmod(20, m), float(m), complex(m), m.real, m.imag, m.conjugate())
print(m.numerator, m.denominator, bool(m), bool(MyInt(0)), [10, 20, 30, 40, 50, 60, 70, 80][m], m.__index__())
print(isinstance(m, numbers.Rational), isinstance(m, numbers.Complex))

class Half(numbers.Rational):
    numerator = 1
    denominator = 2
    for name in ["__abs__", "__add__", "__ceil__", "__eq__", "__floor__", "__floordiv__", "__le__", "__lt__",
                 "__mod__", "__mul__", "__neg__", "__pos__", "__pow__", "__radd__", "__rfloordiv__", "__rmod__",
                 "__rmul__", "__round__", "__rpow__", "__rtruediv__", "__truediv__", "__trunc__"]:
        locals()[name] = lambda self, *a: NotImplemented
    del name
print(float(Half()), complex(Half()), Half.__abstractmethods__)

try:
    numbers.Real()
except TypeError as e:
    print("TypeError", e)
class Partial(numbers.Complex):
    def __complex__(self): return 0j
try:
    Partial()
except TypeError as e:
    print("TypeError", str(e).split(" with")[0])
try:
    numbers.Number().x = 1
except AttributeError as e:
    print("AttributeError", e)
print(isinstance(numbers.Number(), numbers.Number), hash(numbers.Number) == hash(numbers.Number))
numbers.Real.register(MyInt)
print(issubclass(type(m), numbers.Real))
