# type(obj), type(name, bases, ns), metaclass=, and the class creation sequence
print(type(1), type(int), type(type), type(object), type(None).__name__, type(type(None)))
T = type("T", (), {"x": 1, "hello": lambda self: "hi"})
print(T.__name__, T.__qualname__, T.__module__, T.__bases__, T().x, T().hello())
U = type("U", (T,), {})
print(U.__mro__, isinstance(U(), T))
for args in ((), ("a", "b"), ("N", (), {}, 1), (1, (), {}), ("N", [], {}), ("N", (), [])):
    try:
        r = type(*args)
        print("ok", r)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type("N", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)
# metaclass receives name, bases, namespace
log = []
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", cls.__name__, kw))
        super().__init__(name, bases, ns)
class A(metaclass=Meta):
    a = 1
    def f(self): pass
class B(A, flag=True):
    b = 2
for entry in log: print(entry)
print(type(A).__name__, type(B).__name__, isinstance(B, Meta), isinstance(A(), Meta))
# namespace contains __module__ and __qualname__
class Spy(type):
    def __new__(mcls, name, bases, ns):
        print(name, sorted(ns))
        return super().__new__(mcls, name, bases, ns)
class S(metaclass=Spy):
    "doc"
    x: int = 1
    def m(self): pass
class Outer:
    class Inner(metaclass=Spy):
        pass
print(Outer.Inner.__qualname__)
# metaclass can be any callable
def func_meta(name, bases, ns):
    return f"made {name} with {sorted(k for k in ns if not k.startswith('__'))}"
class NotAClass(metaclass=func_meta):
    z = 1
print(NotAClass)
# metaclass methods are available on the class but not instances
class WithMethods(type):
    def describe(cls): return f"class {cls.__name__}"
    @property
    def upper_name(cls): return cls.__name__.upper()
class W(metaclass=WithMethods): pass
print(W.describe(), W.upper_name, hasattr(W(), "describe"))
# type.__call__ calls __new__ then __init__
print(type.__call__(W).__class__.__name__)
