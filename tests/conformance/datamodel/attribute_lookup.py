# class vs instance attribute lookup, instance __dict__
class C:
    shared = []
    x = "class x"
    def method(self): return "method"

a, b = C(), C()
print(a.x, b.x)
a.x = "inst x"
print(a.x, b.x, C.x, a.__dict__, b.__dict__)
del a.x
print(a.x, a.__dict__)
try:
    del a.x
except AttributeError as e:
    print(type(e).__name__, e)
a.shared.append(1)
print(b.shared, C.shared)
a.shared = [2]
print(a.shared, b.shared)
# instance attribute shadows method
a.method = lambda: "shadow"
print(a.method(), b.method())
# __dict__ manipulation
a.__dict__["y"] = 10
print(a.y, "y" in vars(a), sorted(vars(a)))
a.__dict__.clear()
print(a.x, vars(a))
a.__dict__ = {"z": 3}
print(a.z, vars(a))
try:
    a.__dict__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
# missing attribute message
try:
    b.nope
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj is b)
try:
    C.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.x = 1
except TypeError as e:
    print(type(e).__name__, e)
# getattr/setattr/hasattr/delattr builtins
setattr(b, "q", 7)
print(getattr(b, "q"), getattr(b, "missing", "dflt"), hasattr(b, "q"), hasattr(b, "missing"))
delattr(b, "q")
print(hasattr(b, "q"))
# non-identifier names work through setattr
setattr(b, "not an id", 1)
print(getattr(b, "not an id"), vars(b))
# class attribute lookup goes through the type's MRO, not metaclass for instances
class Meta(type):
    meta_attr = "meta"
class M(metaclass=Meta): pass
print(M.meta_attr, hasattr(M(), "meta_attr"))
