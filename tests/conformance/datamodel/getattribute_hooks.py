# __getattribute__, __getattr__, their interplay and recursion avoidance
log = []
class Tracer:
    cls_attr = "ca"
    def __init__(self):
        self.real = 1
    def __getattribute__(self, name):
        log.append(("ga", name))
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        log.append(("gattr", name))
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name!r} here")

t = Tracer()
print(t.real, t.cls_attr, t.dyn_abc)
print(log)
log.clear()
try:
    t.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(log)
log.clear()
print(getattr(t, "missing", "default"), hasattr(t, "dyn_x"), hasattr(t, "zz"))
print(log)

# __getattr__ only for missing attributes
class Fallback:
    a = 1
    def __getattr__(self, name):
        return f"fallback:{name}"
f = Fallback()
f.b = 2
print(f.a, f.b, f.c, getattr(f, "d"))
# __getattribute__ raising AttributeError triggers __getattr__
class Raise:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError("hidden!")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "got " + name
r = Raise()
print(r.hidden, r.other)
# __getattribute__ raising other errors propagates
class Boom:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "never"
try:
    Boom().x
except KeyError as e:
    print(type(e).__name__, e)
try:
    print(hasattr(Boom(), "x"))
except KeyError as e:
    print("hasattr propagates", type(e).__name__, e)
# special method lookup bypasses __getattribute__
class Special:
    def __getattribute__(self, name):
        log.append(name)
        return object.__getattribute__(self, name)
    def __len__(self): return 3
    def __repr__(self): return "Special()"
log.clear()
s = Special()
print(len(s), repr(s), str(s))
print(log)
# instance __getattr__ in instance dict is not used
class Plain: pass
p = Plain()
p.__getattr__ = lambda name: "inst"
try:
    p.foo
except AttributeError as e:
    print(type(e).__name__, e)
# __getattr__ added to class later
Plain.__getattr__ = lambda self, name: "late " + name
print(p.foo)
del Plain.__getattr__
try:
    p.foo
except AttributeError as e:
    print(type(e).__name__, e)
# __getattr__ on a proxy
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
px = Proxy([3, 1, 2])
px.sort()
print(px._target, px.count(1), px.__class__.__name__)
try:
    len(px)
except TypeError as e:
    print(type(e).__name__, e)
