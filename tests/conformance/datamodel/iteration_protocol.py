# __iter__/__next__, the __getitem__ fallback, iter() with sentinel, errors
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(list(c), list(c), iter(c) is c)
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * i
s = Seq()
print(list(s), tuple(s), sorted(s, reverse=True), sum(s), max(s))
it = iter(s)
print(type(it).__name__, next(it), next(it), list(it))
a, b, *rest = Seq()
print(a, b, rest)
class SeqStopIter:
    def __getitem__(self, i):
        if i >= 2: raise StopIteration
        return i
print(list(SeqStopIter()))
class SeqKeyError:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(SeqKeyError())
except KeyError as e:
    print(type(e).__name__, e)
class IterReturnsNonIter:
    def __iter__(self): return 5
try:
    iter(IterReturnsNonIter())
except TypeError as e:
    print(type(e).__name__, e)
class IterReturnsList:
    def __iter__(self): return [1, 2]
try:
    for x in IterReturnsList(): pass
except TypeError as e:
    print(type(e).__name__, e)
class NextOnly:
    def __next__(self): return 1
try:
    iter(NextOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(Seq())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
print(next(iter([]), "default"))
# iter(callable, sentinel)
vals = [3, 2, 1, 0, 5]
f = lambda: vals.pop(0)
print(list(iter(f, 0)), vals)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
# iterator exhausted stays exhausted for builtins
li = iter([1, 2])
print(list(li), list(li), next(li, "done"))
# __iter__ being a generator function
class GenIter:
    def __init__(self, n): self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * 2
g = GenIter(3)
print(list(g), list(g), 4 in g, [x for x in g if x])
print(dict(zip(GenIter(2), Seq())), list(enumerate(Seq(), 1)), list(map(str, GenIter(2))))
