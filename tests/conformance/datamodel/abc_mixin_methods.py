# collections.abc: nominal (not structural) Sequence, and mixin methods
from collections import abc
# Sequence registration is not structural
class SeqLike:
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0
print(isinstance(SeqLike(), abc.Sequence), isinstance(SeqLike(), abc.Sized))
# inheriting mixin methods
class MyMap(abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), m == {"a": 1, "b": 2})
class MySeq(abc.Sequence):
    def __getitem__(self, i): return [10, 20, 30][i]
    def __len__(self): return 3
s = MySeq()
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)))
try:
    class Incomplete(abc.Mapping): pass
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)
