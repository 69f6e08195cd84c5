# __mro_entries__ for non-class bases
class Base1: pass
class Base2: pass
class Entry:
    def __init__(self, *bases): self.bases = bases
    def __mro_entries__(self, bases):
        print("mro_entries called with", [getattr(b, "__name__", b) for b in bases])
        return self.bases
e = Entry(Base1)
class C(e): pass
print([k.__name__ for k in C.__mro__], C.__orig_bases__[0] is e, [b.__name__ for b in C.__bases__])
class D(Entry(Base1, Base2), Base2 if False else object): pass
print([k.__name__ for k in D.__mro__])
class Empty(Entry()): pass
print([k.__name__ for k in Empty.__mro__], Empty.__bases__)
class NoEntries: pass
try:
    class X(NoEntries()): pass
except TypeError as ex:
    print(type(ex).__name__, ex)
class BadEntries:
    def __mro_entries__(self, bases): return 5
try:
    class Y(BadEntries()): pass
except TypeError as ex:
    print(type(ex).__name__, ex)
# generic alias as base
class L(list[int]): pass
print(L.__bases__, L.__orig_bases__, L([1]))
from typing import Generic, TypeVar
T = TypeVar("T")
class G(Generic[T]): pass
class GI(G[int]): pass
print([k.__name__ for k in GI.__mro__], GI.__orig_bases__)
