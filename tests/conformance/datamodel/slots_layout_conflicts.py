# instance layout conflicts detected at class creation
class Base:
    __slots__ = ("a",)
class Other:
    __slots__ = ("o",)
try:
    class Both(Base, Other): pass
except TypeError as e:
    print(type(e).__name__, e)
class NoSlots(Base): pass
class WithDict(Base):
    __slots__ = ("__dict__",)
try:
    class DictAgain(WithDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class WeakAgain(NoSlots):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class IntNonEmpty(int):
        __slots__ = ("x",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class I:
        __slots__ = ["__weakref__", "__weakref__"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    class J:
        __slots__ = ["__dict__", "__dict__"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    class K(int, Base): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class L(dict, list): pass
except TypeError as e:
    print(type(e).__name__, e)
