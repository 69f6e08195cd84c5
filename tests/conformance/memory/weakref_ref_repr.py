# repr of live and dead weak references and proxies.
import weakref


class Thing:
    pass


t = Thing()
r = weakref.ref(t)
p = weakref.proxy(t)
print(repr(r))
print(repr(p))
del t
print(repr(r))
print(repr(p))
f = lambda: 0
print(repr(weakref.ref(f)))
