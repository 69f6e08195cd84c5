print([x * y for x in range(3) for y in range(3) if x != y])
print({x % 3 for x in range(10)}, {x: x ** 2 for x in range(4)}, list(x for x in "ab"))
print([[j for j in range(i)] for i in range(4)])
matrix = [[1, 2], [3, 4]]
print([row[i] for i in range(2) for row in matrix], list(zip(*matrix)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib()
print([next(g) for _ in range(10)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())))
def echo():
    received = []
    while True:
        v = yield received
        if v is None:
            break
        received.append(v)
e = echo(); next(e); e.send(1); print(e.send(2))
def delegator():
    result = yield from subgen()
    yield f"sub returned {result}"
def subgen():
    yield 1
    yield 2
    return "R"
print(list(delegator()))
gen = (i for i in range(3))
print(gen.__name__ if hasattr(gen, "__name__") else "", next(gen), list(gen))
def g2():
    yield 1
x = g2()
print(type(x).__name__, iter(x) is x, x.gi_running if hasattr(x, "gi_running") else False)
print(sum(i * i for i in range(10)), max((len(w), w) for w in ["a", "bbb", "cc"]))
