# practical descriptors: validation, caching, method-like callables
class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
        self.public = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("deleting", self.public)
        delattr(obj, self.private)
class Rect:
    w = Positive()
    h = Positive()
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self): return self.w * self.h
r = Rect(2, 3)
print(r.w, r.h, r.area, sorted(vars(r)))
try:
    r.w = -1
except ValueError as e:
    print(type(e).__name__, e)
del r.h
try:
    r.h
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Rect.w).__name__, Rect.w.public)
# cached property-like non-data descriptor
class cached:
    def __init__(self, fn): self.fn = fn; self.__doc__ = fn.__doc__
    def __get__(self, obj, owner):
        if obj is None: return self
        val = obj.__dict__[self.fn.__name__] = self.fn(obj)
        return val
class Data:
    calls = 0
    @cached
    def expensive(self):
        "docs"
        Data.calls += 1
        return sum(range(100))
d = Data()
print(d.expensive, d.expensive, Data.calls, Data.expensive.__doc__)
del d.expensive
print(d.expensive, Data.calls)
# functools.cached_property
from functools import cached_property
class CP:
    @cached_property
    def val(self):
        print("computing")
        return 42
cp = CP()
print(cp.val, cp.val, cp.__dict__)
cp.val = 1
print(cp.val)
# descriptor returning bound callables (like functions)
class Method:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, owner):
        if obj is None: return self
        return lambda *a: self.fn(obj, *a)
class UsesMethod:
    @Method
    def hello(self, name): return f"hello {name} from {type(self).__name__}"
print(UsesMethod().hello("bob"))
# descriptor __get__ raising AttributeError falls back to __getattr__
class Fails:
    def __get__(self, obj, owner): raise AttributeError("desc failed")
class FB:
    f = Fails()
    def __getattr__(self, name): return "getattr " + name
print(FB().f)
# class-level access to instance-only descriptor
class InstOnly:
    def __get__(self, obj, owner):
        if obj is None:
            raise AttributeError("instance only")
        return 1
class IO:
    x = InstOnly()
print(IO().x, hasattr(IO, "x"))
