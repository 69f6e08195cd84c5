import asyncio, timeit
async def agen():
    yield 1
    yield 2
async def main():
    it = aiter(agen())
    print(await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        aiter(5)
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
print(type(timeit.timeit("x = 1", number=1000)).__name__, len(timeit.repeat("pass", number=10, repeat=4)), timeit.Timer(lambda: None).timeit(5) >= 0)
