def gen():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
    except ValueError as e:
        print("caught in gen", e)
        yield 99
    return "done"
g = gen()
print(next(g), g.send("hello"), g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def sub():
    r = yield from gen2()
    print("sub got", r)
def gen2():
    yield "a"
    return "ret"
print(list(sub()))
def closing():
    try:
        yield 1
    finally:
        print("closed")
c = closing(); next(c); c.close()
def bad():
    raise StopIteration
    yield
try:
    next(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
ge = (i * 2 for i in range(4))
print(type(ge).__name__, list(ge), list(ge))
x = 10
print([x for x in range(3)], x)
class K:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(K.doubled)
async def co(n):
    return n * 2
async def main():
    a = await co(2)
    return a + 1
m = main()
try:
    m.send(None)
except StopIteration as e:
    print("coroutine result", e.value)
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
class ACM:
    async def __aenter__(self): print("aenter"); return "v"
    async def __aexit__(self, *a): print("aexit", a[0]); return False
async def amain():
    out = []
    async for v in AIter():
        out.append(v)
    async with ACM() as v:
        out.append(v)
    return out
try:
    amain().send(None)
except StopIteration as e:
    print(e.value)
def m_(v):
    match v:
        case 0 | 1:
            return "small"
        case int(n) if n > 100:
            return f"big {n}"
        case [a, b, *rest]:
            return f"seq {a} {b} {rest}"
        case {"k": val, **others}:
            return f"map {val} {others}"
        case str() as s:
            return f"str {s}"
        case K():
            return "K instance"
        case None:
            return "none"
        case _:
            return "other"
for v in [0, 500, [1, 2, 3, 4], {"k": 1, "z": 2}, "hi", K(), None, 3.5, (1,)]:
    print(m_(v))
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
match Pt(1, 2):
    case Pt(1, y=yy):
        print("pt", yy)
match Pt(3, 4):
    case Pt(a, b):
        print("pos", a, b)
