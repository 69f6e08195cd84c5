# rich comparisons: reflection, NotImplemented, defaults, identity shortcut
log = []
class C:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"C{self.n}"
for op, refl in [("lt", "gt"), ("le", "ge"), ("gt", "lt"), ("ge", "le"), ("eq", "eq"), ("ne", "ne")]:
    def f(self, other, op=op):
        log.append(f"{self!r}.{op}({other!r})")
        return NotImplemented
    setattr(C, f"__{op}__", f)
a, b = C(1), C(2)
for expr in ("a < b", "a <= b", "a > b", "a >= b"):
    log.clear()
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)
    print(log)
log.clear()
print(a == b, a == a, a != b, a != a)
print(log)
# default comparisons
class D: pass
d1, d2 = D(), D()
print(d1 == d1, d1 == d2, d1 != d2, d1 != d1)
try:
    d1 < d2
except TypeError as e:
    print(type(e).__name__, e)
try:
    d1 >= 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] <= (1,)
except TypeError as e:
    print(type(e).__name__, e)
# __ne__ defaults to inverse of __eq__
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("E.eq")
        return self.v == o.v
print(E(1) != E(1), E(1) != E(2))
# __eq__ returning non-bool
class Weird:
    def __eq__(self, o): return "yes"
    def __lt__(self, o): return [1]
print(Weird() == 1, Weird() != 1, Weird() < 1, 1 > Weird())
# subclass reflected comparison first
class Base:
    def __lt__(self, o): return "Base.lt"
    def __gt__(self, o): return "Base.gt"
class Sub(Base):
    def __gt__(self, o): return "Sub.gt"
print(Base() < Sub(), Sub() < Base())
# comparison chaining
class Loud:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f"{self.v}<{o.v}")
        return self.v < o.v
x, y, z = Loud(1), Loud(2), Loud(0)
print(x < y < z)
print(z < x < y)
# identity implies equality in containers
class NeverEq:
    def __eq__(self, o): return False
ne = NeverEq()
print(ne == ne, ne in [ne], [ne] == [ne], [ne].count(ne), [ne].index(ne))
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan], (nan,) == (nan,))
# sorting uses __lt__ only
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"L{self.v}"
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]), max([OnlyLt(3), OnlyLt(5)]), min(OnlyLt(3), OnlyLt(5)))
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"G{self.v}"
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
