# __slots__ across inheritance
class Base:
    __slots__ = ("a",)
class NoSlots(Base):
    pass
ns = NoSlots()
ns.a = 1
ns.anything = 2
print(ns.a, ns.__dict__, hasattr(ns, "__weakref__"))
class MoreSlots(Base):
    __slots__ = ("b",)
m = MoreSlots()
m.a, m.b = 1, 2
print(m.a, m.b, hasattr(m, "__dict__"))
try:
    m.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(MoreSlots.__slots__, Base.__slots__, [k for k in MoreSlots.__dict__ if not k.startswith("__")])
# redeclaring a parent's slot is allowed (wasteful)
class Redeclare(Base):
    __slots__ = ("a",)
r = Redeclare(); r.a = 5
print(r.a, Redeclare.a is not Base.a)
# slots in a mixin without layout
class Mixin:
    __slots__ = ()
    def hello(self): return "hi " + str(self.a)
class Combined(Mixin, Base):
    __slots__ = ()
c = Combined(); c.a = 9
print(c.hello(), hasattr(c, "__dict__"))
# slots with __dict__ explicitly
class WithDict(Base):
    __slots__ = ("__dict__",)
wd = WithDict()
wd.a = 1; wd.extra = 2
print(wd.a, wd.__dict__)
class WithWeak:
    __slots__ = ("__weakref__",)
print(hasattr(WithWeak(), "__weakref__"), WithWeak().__weakref__, hasattr(WithWeak(), "__dict__"))
# subclass of builtin with slots
class IntSlots(int):
    __slots__ = ()
print(IntSlots(5) + 1, hasattr(IntSlots(5), "__dict__"))
class TupSlots(tuple):
    __slots__ = ()
print(TupSlots((1, 2)), hasattr(TupSlots(), "__dict__"))
# __slots__ attribute itself after class creation is just data
Base.__slots__ = ("zzz",)
b = Base(); b.a = 1
try:
    b.zzz = 1
except AttributeError as e:
    print(type(e).__name__, e)
