# __await__, __aenter__/__aexit__, __aiter__/__anext__ driven by a manual loop
class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield ("suspend", self.v)
        return f"awaited {self.v} got {got}"
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "resource"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None, ev)
        return et is KeyError
class ARange:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    r = await Awaitable(1)
    print(r)
    async with ACM() as res:
        print("inside", res)
    async with ACM():
        raise KeyError("suppressed")
    try:
        async with ACM():
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    total = []
    async for x in ARange(3):
        total.append(x)
    print(total, [x async for x in ARange(2)])
    return "done"
def run(coro):
    send = None
    while True:
        try:
            req = coro.send(send)
        except StopIteration as e:
            return e.value
        print("loop got", req)
        send = "resumed"
print(run(main()))
# errors
class NotAwaitable: pass
async def bad1():
    await NotAwaitable()
async def bad2():
    async with NotAwaitable():
        pass
async def bad3():
    async for x in NotAwaitable():
        pass
async def bad4():
    async for x in [1, 2]:
        pass
class AwaitReturnsNonIter:
    def __await__(self): return 5
async def bad5():
    await AwaitReturnsNonIter()
async def bad8():
    with ACM():
        pass
for b in (bad1, bad2, bad3, bad4, bad5, bad8):
    try:
        run(b())
    except (TypeError, AttributeError) as e:
        print(b.__name__, type(e).__name__, e)
