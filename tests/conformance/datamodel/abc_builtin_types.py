# isinstance/issubclass with collections.abc for builtin and user types
from collections import abc
checks = [abc.Iterable, abc.Iterator, abc.Sized, abc.Container, abc.Callable,
          abc.Sequence, abc.MutableSequence, abc.Mapping, abc.MutableMapping,
          abc.Set, abc.MutableSet, abc.Generator]
values = [[1], (1,), "s", b"b", {1: 2}, {1}, frozenset(), range(3), iter([]), (x for x in ()), len, 5, None]
for v in values:
    print(type(v).__name__, [c.__name__ for c in checks if isinstance(v, c)])
