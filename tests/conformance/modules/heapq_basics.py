import heapq
import random

rng = random.Random(12345)

# heappush / heappop keep CPython's exact list layout
h = []
for v in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0, 6, 4]:
    heapq.heappush(h, v)
    print("push", v, h)
while h:
    print("pop", heapq.heappop(h), h)

# heapify on many lists
for n in [0, 1, 2, 3, 7, 10, 31, 64]:
    data = [rng.randrange(50) for _ in range(n)]
    heapq.heapify(data)
    print(n, data)

big = [rng.randrange(100000) for _ in range(6000)]
b2 = list(big)
heapq.heapify(b2)
print(hash(tuple(b2)) == hash(tuple(b2)), b2[:20], b2[-20:], sum(i * v for i, v in enumerate(b2)) % 1000003)

h = [rng.randrange(100) for _ in range(20)]
heapq.heapify(h)
for item in [50, -1, 99, 10, 10]:
    print("replace", item, heapq.heapreplace(h, item), h)
for item in [-5, 50, 3, 200]:
    print("pushpop", item, heapq.heappushpop(h, item), h)
print(heapq.heappushpop([], 4))

# tuples and strings
h = []
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "z"), (0, "q")]:
    heapq.heappush(h, item)
print(h, [heapq.heappop(h) for _ in range(len(h))])
words = "the quick brown fox jumps over the lazy dog".split()
heapq.heapify(words)
print(words)

# errors
for f, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1)),
                (heapq.heapify, ((1, 2),)), (heapq.heappop, ("ab",))]:
    try:
        f(*args)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    heapq.heappush([1, "a"], 2)
except TypeError as e:
    print("TypeError", e)

# nlargest / nsmallest
data = [rng.randrange(30) for _ in range(40)]
for n in [-1, 0, 1, 2, 5, 39, 40, 41, 100]:
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
    print(n, heapq.nsmallest(n, iter(data)), heapq.nlargest(n, iter(data)))
pairs = [(rng.randrange(5), i) for i in range(25)]
for n in [1, 3, 7, 30]:
    print(heapq.nsmallest(n, pairs, key=lambda p: p[0]))
    print(heapq.nlargest(n, pairs, key=lambda p: p[0]))
    print(heapq.nsmallest(n, iter(pairs), key=lambda p: -p[0]))
    print(heapq.nlargest(n, iter(pairs), key=lambda p: -p[0]))
print(heapq.nlargest(3, []), heapq.nsmallest(3, iter([])), heapq.nsmallest(1, []), heapq.nlargest(1, iter([])))
print(heapq.nlargest(2, "hello world"), heapq.nsmallest(4, {"b": 1, "a": 2, "c": 3}))

# merge
a = sorted(rng.randrange(20) for _ in range(8))
b = sorted(rng.randrange(20) for _ in range(5))
c = sorted(rng.randrange(20) for _ in range(11))
print(list(heapq.merge(a, b, c)))
print(list(heapq.merge()), list(heapq.merge([], [1], [])), list(heapq.merge([2, 4])))
print(list(heapq.merge(sorted(a, reverse=True), sorted(c, reverse=True), reverse=True)))
ka = [(x, "a") for x in a]
kb = [(x, "b") for x in b]
kc = [(x, "c") for x in c]
print(list(heapq.merge(ka, kb, kc, key=lambda t: t[0])))
print(list(heapq.merge(ka[::-1], kb[::-1], kc[::-1], key=lambda t: t[0], reverse=True)))
print(list(heapq.merge(["apple", "Banana"], ["cherry", "Date"], key=str.lower)))
g = heapq.merge([1, 3], [2, 4])
print(type(g).__name__, next(g), next(g), list(g))

# laziness: what gets pulled when
def noisy(name, items):
    for x in items:
        print("  pull", name, x)
        yield x
m = heapq.merge(noisy("A", [1, 4, 6]), noisy("B", [2, 3, 7]))
for v in m:
    print("got", v)

class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"I{self.v}"
h = []
for v in [4, 1, 3, 1, 2]:
    heapq.heappush(h, Item(v))
print(h, heapq.nsmallest(3, [Item(v) for v in [5, 2, 9, 2, 1]]))
print(heapq.__all__)
