# async for error messages
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
class AiterNoAnext:
    def __aiter__(self): return self
async def bad6():
    async for x in AiterNoAnext():
        pass
class AnextNotAwaitable:
    def __aiter__(self): return self
    def __anext__(self): return 1
async def bad7():
    async for x in AnextNotAwaitable():
        pass
class AiterNotAsync:
    def __aiter__(self): return 1
async def bad8():
    async for x in AiterNotAsync():
        pass
for b in (bad6, bad7, bad8):
    try:
        run(b())
    except TypeError as e:
        print(b.__name__, type(e).__name__, e)
