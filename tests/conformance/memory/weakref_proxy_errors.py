# Proxies are unhashable; using a dead proxy raises ReferenceError; a proxy's
# callback receives the proxy; proxies cannot be weakly referenced.
import weakref


class C:
    x = 1


o = C()
p = weakref.proxy(o, lambda pr: print("callback got proxy:", type(pr).__name__))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print(weakref.proxy(o) is weakref.proxy(o), isinstance(p, C), type(p) is C)
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)
del o
for action in (lambda: p.x, lambda: str(p), lambda: bool(p), lambda: setattr(p, "y", 1)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
print(issubclass(ReferenceError, Exception), ReferenceError.__mro__[1].__name__)
try:
    weakref.proxy(1)
except TypeError as e:
    print("TypeError:", e)
