# collections.abc.Hashable / Iterable / Sized / Container against None-d special methods
from collections.abc import Hashable, Iterable, Sized, Container, Callable
class EqOnly:
    def __eq__(self, o): return True
class NoHash:
    __hash__ = None
class WithHash:
    def __hash__(self): return 1
print(isinstance(NoHash(), Hashable), isinstance(EqOnly(), Hashable), isinstance(WithHash(), Hashable))
print(isinstance([], Hashable), isinstance((), Hashable), isinstance(1, Hashable))
class NoIter:
    __iter__ = None
print(isinstance(NoIter(), Iterable), issubclass(NoIter, Iterable))
class SubNone(WithHash):
    __hash__ = None
print(isinstance(SubNone(), Hashable))
