# binary operators: forward, reflected, NotImplemented, subclass priority
class Tag:
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name

ops = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow",
       "lshift", "rshift", "and", "xor", "or"]

def make(name, forward=True, reflected=True, result_ni=False):
    ns = {}
    for op in ops:
        if forward:
            ns[f"__{op}__"] = (lambda op: lambda self, other: NotImplemented if result_ni else f"{self.name}.{op}({other!r})")(op)
        if reflected:
            ns[f"__r{op}__"] = (lambda op: lambda self, other: f"{self.name}.r{op}({other!r})")(op)
    ns["__repr__"] = lambda self: self.name
    ns["__init__"] = lambda self, n: setattr(self, "name", n)
    return type(name, (), ns)

Both = make("Both")
OnlyR = make("OnlyR", forward=False)
NI = make("NI", result_ni=True)
a, r, n = Both("a"), OnlyR("r"), NI("n")
import operator
fns = [operator.add, operator.sub, operator.mul, operator.matmul, operator.truediv,
       operator.floordiv, operator.mod, divmod, pow, operator.lshift, operator.rshift,
       operator.and_, operator.xor, operator.or_]
for fn in fns:
    print(fn(a, 1), fn(1, a), fn(a, r), fn(r, a), fn(n, a), fn(1, r))

# Neither side supports it
class Nothing: pass
for fn, sym in [(operator.add, "+"), (operator.sub, "-"), (operator.matmul, "@"), (divmod, "divmod"), (pow, "**"), (operator.or_, "|")]:
    try:
        fn(Nothing(), 1)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        fn(1, Nothing())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    n + n
except TypeError as e:
    print(type(e).__name__, e)

# subclass with overriding reflected method goes first
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Sub(Base):
    def __radd__(self, o): return "Sub.radd"
class SubNoOverride(Base): pass
print(Base() + Sub(), Sub() + Base(), Base() + SubNoOverride())
class SubNI(Base):
    def __radd__(self, o): return NotImplemented
print(Base() + SubNI())
# int subclass with __radd__
class MyInt(int):
    def __radd__(self, o): return "MyInt.radd"
    def __rsub__(self, o): return "MyInt.rsub"
print(1 + MyInt(2), 5 - MyInt(2), MyInt(2) + 1, MyInt(2) - 1)
class MyFloat(float):
    def __rmul__(self, o): return "MyFloat.rmul"
print(2 * MyFloat(1.5), 2.0 * MyFloat(1.5), MyFloat(1.5) * 2)
# pow with three arguments uses __pow__ only
class P3:
    def __pow__(self, e, mod=None): return ("pow", e, mod)
    def __rpow__(self, b, mod=None): return ("rpow", b, mod)
print(pow(P3(), 2, 5), pow(P3(), 2), 2 ** P3())
try:
    pow(2, P3(), 5)
except TypeError as e:
    print(type(e).__name__, e)
