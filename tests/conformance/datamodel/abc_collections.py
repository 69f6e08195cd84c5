# isinstance/issubclass with collections.abc for builtin and user types
from collections import abc
checks = [abc.Iterable, abc.Iterator, abc.Sized, abc.Container, abc.Callable,
          abc.Sequence, abc.MutableSequence, abc.Mapping, abc.MutableMapping,
          abc.Set, abc.MutableSet, abc.Generator]
class MyIter:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class MySized:
    def __len__(self): return 0
class MyContainer:
    def __contains__(self, x): return False
class MyCall:
    def __call__(self): pass
for cls in (MyIter, MySized, MyContainer, MyCall):
    print(cls.__name__, [c.__name__ for c in checks if issubclass(cls, c)])
