# class attributes and methods mutated after creation
class Shape:
    sides = 0
    def describe(self): return f"{type(self).__name__} with {self.sides} sides"
class Tri(Shape):
    sides = 3
t = Tri()
print(t.describe())
Shape.describe = lambda self: "patched " + str(self.sides)
print(t.describe())
Tri.describe = lambda self: "tri-patched"
print(t.describe(), Shape().describe())
del Tri.describe
print(t.describe())
# adding special methods after creation
class Num:
    def __init__(self, v): self.v = v
n = Num(3)
try:
    n + 1
except TypeError as e:
    print(type(e).__name__, e)
Num.__add__ = lambda self, o: Num(self.v + o)
Num.__repr__ = lambda self: f"Num({self.v})"
print(n + 1, repr(n))
Num.__len__ = lambda self: self.v
Num.__bool__ = lambda self: False
print(len(n), bool(n), "yes" if n else "no")
del Num.__bool__
print(bool(n))
Num.__eq__ = lambda self, o: True
Num.__hash__ = lambda self: 42
print(n == 0, hash(n))
Num.__iter__ = lambda self: iter(range(self.v))
print(list(n))
Num.__call__ = lambda self, x: x * self.v
print(n(5), callable(n))
del Num.__call__
print(callable(n))
Num.__getitem__ = lambda self, i: i + 100
print(n[1])
Num.__contains__ = lambda self, x: x == 1
print(1 in n, 2 in n)
# change base class attribute seen by subclass instances
class A:
    def f(self): return "A"
class B(A): pass
class C(B): pass
c = C()
print(c.f())
B.f = lambda self: "B"
print(c.f())
A.f = lambda self: "A2"
print(c.f(), A().f())
del B.f
print(c.f())
# classmethod/staticmethod added later
C.cm = classmethod(lambda cls: cls.__name__)
C.sm = staticmethod(lambda: "static")
print(c.cm(), C.cm(), c.sm(), C.sm())
# __class__ assignment
class P:
    def who(self): return "P"
class Q:
    def who(self): return "Q"
p = P()
p.__class__ = Q
print(p.who(), type(p).__name__, isinstance(p, Q))
class R:
    __slots__ = ("a",)
try:
    p.__class__ = R
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)
