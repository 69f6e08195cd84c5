import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
    print("agen done")
async def main():
    print([x async for x in agen(3)])
    g = agen(5)
    print(await g.__anext__(), await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    async def thrower():
        try:
            yield 1
        except ValueError as e:
            yield f"caught {e}"
    t = thrower()
    print(await t.__anext__(), await t.athrow(ValueError("v")))
    print(type(agen(1)).__name__, type(g.__anext__()).__name__)
asyncio.run(main())
def by_hand():
    async def ag():
        yield "a"
        yield "b"
    g = ag()
    step = g.__anext__()
    try:
        step.send(None)
    except StopIteration as e:
        print("by hand", e.value)
by_hand()
