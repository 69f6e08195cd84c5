class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __iadd__(self, o): self.x += o; return self
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __hash__(self): return hash(self.x)
    def __repr__(self): return f"V({self.x})"
    def __str__(self): return f"<{self.x}>"
    def __len__(self): return self.x
    def __bool__(self): return self.x != 0
    def __getitem__(self, i): return i * 2
    def __call__(self, *a): return ("called", a)
    def __contains__(self, v): return v == self.x
    def __iter__(self): return iter(range(self.x))
    def __neg__(self): return V(-self.x)
    def __format__(self, spec): return f"V[{spec}]"
v = V(3)
print(v + 1, 1 + v, v + V(1), v == V(3), v != V(4), v < V(5), sorted([V(2), V(1)]), str(v), repr(v), len(v), bool(V(0)), v[5], v(1, 2), 3 in v, list(v), -v, f"{v:abc}")
v += 2; print(v, {V(1): "a"}[V(1)])
class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__, NoHash() == 1)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
class Base:
    def __init_subclass__(cls, **kw): cls.kw = kw
class D(Base, flag=1): pass
print(D.kw, D.__mro__, D.__bases__, D.__name__, D.__qualname__)
class WithSlots:
    __slots__ = ("a", "b")
w = WithSlots(); w.a = 1
try:
    w.c = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    w.b
except AttributeError as e:
    print("AttributeError", e)
class P:
    @property
    def val(self): return 1
try:
    P().val = 2
except AttributeError as e:
    print("AttributeError", e)
class GA:
    def __getattr__(self, n): return f"dyn_{n}"
print(GA().anything)
class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class M(metaclass=Meta):
    def __init__(self, v): self.v = v
print(M(5).v, type(M).__name__, isinstance(M, Meta))
T = type("T", (object,), {"a": 1, "f": lambda self: self.a + 1})
print(T().f(), T.__name__)
class Abstract:
    def method(self): raise NotImplementedError("subclass must implement")
try:
    Abstract().method()
except NotImplementedError as e:
    print("NotImplementedError", e)
print(object().__class__, V.__dict__["__init__"].__name__, V(1).__dict__)
