# A class is part of a reference cycle (its __mro__ and descriptors refer back to
# it), so a dynamically created class is freed by the collector, not at del.
import gc
import weakref

gc.collect()


def make():
    class Temp:
        def method(self):
            pass
    return Temp


T = make()
w = weakref.ref(T)
del T
print("after del:", w() is not None)
gc.collect()
print("after collect:", w())
E = type("E", (), {})
we = weakref.ref(E)
del E
gc.collect()
print(we())
