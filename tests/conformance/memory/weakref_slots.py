# __weakref__ and __slots__: without a __weakref__ slot instances cannot be weakly
# referenced; adding it twice is an error; subclasses without __slots__ get one.
import weakref


class NoWeak:
    __slots__ = ("a",)


class WithWeak:
    __slots__ = ("a", "__weakref__")


class Sub(NoWeak):
    pass


class SubSlots(NoWeak):
    __slots__ = ("b",)


for cls in (NoWeak, WithWeak, Sub, SubSlots):
    try:
        o = cls()
        weakref.ref(o)
        print(cls.__name__, "ok", "__weakref__" in dir(o))
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
try:
    class Twice(WithWeak):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup:
        __slots__ = ("__weakref__", "__weakref__")
except TypeError as e:
    print("TypeError:", e)
w = WithWeak()
print(w.__weakref__)
r = weakref.ref(w)
print(w.__weakref__ is r)
print(type(WithWeak.__dict__["__weakref__"]).__name__)
try:
    w.__weakref__ = None
except AttributeError as e:
    print("AttributeError:", e)
