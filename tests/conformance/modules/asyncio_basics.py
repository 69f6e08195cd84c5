import asyncio
async def worker(name, q, out):
    while True:
        item = await q.get()
        out.append((name, item))
        q.task_done()
async def main():
    q = asyncio.Queue()
    out = []
    tasks = [asyncio.create_task(worker(f"w{i}", q, out)) for i in range(2)]
    for i in range(4):
        q.put_nowait(i)
    await q.join()
    for t in tasks:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print(sorted(out), [type(r).__name__ for r in res])
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.01)
        ev.set()
    asyncio.create_task(setter())
    print(await ev.wait())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout")
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    results = []
    for coro in asyncio.as_completed([asyncio.sleep(0.02, "slow"), asyncio.sleep(0.01, "fast")]):
        results.append(await coro)
    print(results)
    t = asyncio.current_task()
    print(t.get_name(), asyncio.iscoroutinefunction(main), asyncio.iscoroutine(main()) if False else True)
    return "done"
print(asyncio.run(main()))
