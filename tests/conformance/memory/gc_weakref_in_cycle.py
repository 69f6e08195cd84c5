# Weak references to objects in a collected cycle are cleared and their callbacks
# run; __del__ runs before the callbacks.
import gc
import weakref


class N:
    def __init__(self, name):
        self.name = name


class F(N):
    def __del__(self):
        print("__del__", self.name)


gc.collect()
a, b = N("a"), N("b")
a.o, b.o = b, a
wa = weakref.ref(a, lambda r: print("callback a"))
del a, b
print("before:", wa() is not None)
gc.collect()
print("after:", wa())
c = F("c")
c.self = c
wc = weakref.ref(c, lambda r: print("callback c"))
del c
gc.collect()
print("end")
