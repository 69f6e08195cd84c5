# weakref.KeyedRef carries a key; ref subclasses with extra attributes.
import weakref


class C:
    pass


o = C()
kr = weakref.KeyedRef(o, lambda r: print("keyed callback, key =", r.key), "the-key")
print(kr.key, kr() is o, isinstance(kr, weakref.ref), type(kr).__name__)
del o
print("end")


class Named(weakref.ref):
    __slots__ = ("name",)

    def __new__(cls, obj, name):
        self = super().__new__(cls, obj)
        self.name = name
        return self

    def __init__(self, obj, name):
        super().__init__(obj)


x = C()
n = Named(x, "nm")
print(n.name, n() is x, weakref.getweakrefcount(x))
