# weakref.finalize: called once (with its arguments) when the object dies or when
# called directly; alive/peek/detach/atexit.
import weakref


class R:
    pass


def cleanup(*args, **kwargs):
    print("cleanup", args, kwargs)
    return "result"


r = R()
f = weakref.finalize(r, cleanup, 1, 2, key="v")
print(f.alive, f.atexit, f.peek()[0] is r, f.peek()[2:])
print(f())
print(f(), f.alive, f.peek(), f.detach())
r2 = R()
g = weakref.finalize(r2, cleanup, "by death")
print("deleting")
del r2
print(g.alive)
r3 = R()
h = weakref.finalize(r3, cleanup, "detached")
obj, func, args, kwargs = h.detach()
print(obj is r3, func is cleanup, args, kwargs, h.alive, h.detach())
del obj, r3
try:
    weakref.finalize(1, cleanup)
except TypeError as e:
    print("TypeError:", e)
print("end")
