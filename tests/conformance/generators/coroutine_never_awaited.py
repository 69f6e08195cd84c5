# "coroutine ... was never awaited": a RuntimeWarning when a coroutine object that
# never started is freed (at the statement that drops it, or at exit).
import asyncio


async def compute(x):
    return x * 2


c = compute(1)
c.close()
print("closed: no warning")

c = compute(2)
print(asyncio.run(c))

c = compute(3)
del c
print("after del")


def make():
    compute(4)


make()
print("after make")

leftover = compute(5)
print("end")
