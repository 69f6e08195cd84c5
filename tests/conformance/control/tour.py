"""A short tour of what ferrython runs today. Compare: python3 examples/tour.py"""

import sys
import threading


# Classes, properties, dunder methods, super()
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2


class Named(Vector):
    def __init__(self, name, *args):
        super().__init__(*args)
        self.name = name


v = Vector(1, 2) + Named("n", 3, 4)
print(v, v.norm2)

# Generators, yield from, comprehensions, closures
def countdown(n):
    while n:
        yield n
        n -= 1

def chain(*its):
    for it in its:
        yield from it

print(list(chain(countdown(3), "ab")), {k: k * k for k in range(4)})

def counter():
    total = 0
    def add(n=1):
        nonlocal total
        total += n
        return total
    return add

c = counter(); c(); print(c(5))

# Exceptions with chaining and notes
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("lookup failed") from e
except ValueError as e:
    print(type(e).__name__, e, "<-", repr(e.__cause__))

# Pattern matching
def describe(p):
    match p:
        case (0, 0):
            return "origin"
        case (x, 0) | (0, x):
            return f"on an axis at {x}"
        case {"x": x, "y": y}:
            return f"mapping {x},{y}"
        case _:
            return "elsewhere"

print([describe(p) for p in [(0, 0), (5, 0), {"x": 1, "y": 2}, (1, 1)]])

# Arbitrary precision ints and float reprs
print(2 ** 100, 0.1 + 0.2, 1 / 3)

# Threads under the GIL
lock = threading.Lock()
hits = []

def work(n):
    for i in range(1000):
        with lock:
            hits.append(n)

threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(hits), sys.version_info[:2])

# Coroutines driven by hand
async def answer():
    return 42

coro = answer()
try:
    coro.send(None)
except StopIteration as stop:
    print("coroutine returned", stop.value)
