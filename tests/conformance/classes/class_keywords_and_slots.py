class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Base(metaclass=Meta, debug=True):
    pass
class Child(Base, debug=False, extra=1):
    pass
print(Base.options, Child.options, type(Child).__name__)
class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slots()
print(s.a, hasattr(s, "b"), hasattr(s, "__dict__"), Slots.__slots__)
class WithDict:
    __slots__ = ("x", "__dict__")
w = WithDict(); w.x = 1; w.y = 2
print(w.x, w.y, w.__dict__)
class Ordered:
    z = 1
    a = 2
    def m(self): pass
print([k for k in Ordered.__dict__ if not k.startswith("__")])
class Init:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, *a):
        print("init", a)
Init(1, 2)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
class NoInit: pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
