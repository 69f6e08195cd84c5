# subclassing set, frozenset and tuple
class MySet(set):
    def __repr__(self): return f"MySet({sorted(self)})"
s = MySet([3, 1, 2])
print(s, type(s | {4}).__name__, type(s & {1}).__name__, type(s - {1}).__name__, type(s.copy()).__name__, type(s.union([9])).__name__)
s.add(5)
print(sorted(s), 5 in s, len(s), s == {1, 2, 3, 5}, s <= {1, 2, 3, 5, 6})
class MyFrozen(frozenset):
    pass
f = MyFrozen([1, 2])
print(type(f).__name__, hash(f) == hash(frozenset([1, 2])), type(f | {3}).__name__, {f: 1}[frozenset([1, 2])], type(f.copy()).__name__, f.copy() is f)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
    def __repr__(self): return f"Point({self.x}, {self.y})"
p = Point(1, 2)
print(p, p.x, p.y, len(p), p == (1, 2), type(p + (3,)).__name__, type(p[:1]).__name__, tuple(p), hash(p) == hash((1, 2)))
a, b = p
print(a, b, list(p), sorted(Point(3, 1)), max(p), p * 2, isinstance(p, tuple))
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
from collections import namedtuple
NT = namedtuple("NT", "a b")
class NTSub(NT):
    __slots__ = ()
    def total(self): return self.a + self.b
n = NTSub(1, b=2)
print(n, n.total(), n._replace(a=5), type(n._replace(a=5)).__name__, n._asdict(), NTSub._fields, n._make([7, 8]))
class Tup(tuple):
    def __len__(self): return 100
    def __iter__(self): return iter("xy")
t = Tup((1, 2, 3))
print(len(t), list(t), t[0], tuple(t), t == (1, 2, 3), [*t], " ".join(map(str, t)))
