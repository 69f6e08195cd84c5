class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)), 2 in Countdown(3))
class GetItemSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(GetItemSeq()), 20 in GetItemSeq(), list(reversed([1, 2, 3])))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
class Rev:
    def __reversed__(self): return iter("cba")
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())), len(Rev()))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
sentinel = iter([1, 2, 0, 3].pop, 0) if False else iter(iter([3, 2, 1, 0]).__next__, 0)
print(list(sentinel))
print(list(zip("ab", range(5))), list(map(pow, [2, 3], [3, 2])), list(filter(str.isdigit, "a1b2")))
e = enumerate("xy", start=5)
print(next(e), list(e), type(e).__name__)
