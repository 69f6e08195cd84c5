def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def add(a, b=2, *args, c, d=4, **kw):
    return a + b + c + d + sum(args) + sum(kw.values())
print(add(1, c=3), add(1, 2, 3, 4, c=5, e=6))
def po(a, b, /, c, *, d):
    return (a, b, c, d)
print(po(1, 2, 3, d=4), po(1, 2, c=3, d=4))
for bad in [lambda: po(1, b=2, c=3, d=4), lambda: po(1, 2, 3), lambda: po(1, 2, 3, 4), lambda: add(), lambda: add(1, c=1, c2=2, a=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def ann(x: int, y: "str" = "s") -> list:
    pass
print(ann.__annotations__, ann.__defaults__, ann.__name__, ann.__qualname__)
sq = lambda x: x * x
print(sq(5), (lambda *a, **k: (a, k))(1, z=2))
def outer():
    v = []
    def inner(x):
        v.append(x)
        return len(v)
    return inner
inn = outer(); inn(1); print(inn(2), inn.__qualname__)
g = 0
def setg():
    global g
    g = 5
setg(); print(g)
def mk():
    fns = [lambda i=i: i for i in range(3)]
    return [f() for f in fns]
print(mk())
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag", "none")
        return super().__new__(mcls, name, bases, ns)
class Base(metaclass=Meta, tag="T"):
    cls_attr = 1
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
    @classmethod
    def make(cls):
        return cls(0)
    @staticmethod
    def st(x):
        return x + 1
    def __repr__(self):
        return f"Base({self._v})"
class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
b = Base(3); b.v = 5
print(b.v, Base.make(), Base.st(1), Base.tag, type(Base).__name__)
c = Child(1, 2)
print(c, c.w, isinstance(c, Base), issubclass(Child, Base), Child.__mro__)
@dataclass_like if False else (lambda c: c)
class Deco:
    pass
print(Deco.__name__, Deco.__qualname__, Deco.__module__)
class Slotted:
    __slots__ = ("a",)
s = Slotted(); s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
class WithInit:
    def __init_subclass__(cls, **kw):
        cls.registered = kw
class Sub(WithInit, key="v"):
    pass
print(Sub.registered)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, typ=None):
        return f"desc {self.name}"
class UsesDesc:
    attr = Desc()
print(UsesDesc().attr, UsesDesc.attr)
class Priv:
    def __init__(self):
        self.__secret = 1
    def get(self):
        return self.__secret
p = Priv(); print(p.get(), p._Priv__secret)
