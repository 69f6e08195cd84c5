import queue, threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
try:
    q.put(3, block=False)
except queue.Full:
    print("Full")
print(q.get(), q.get_nowait(), q.empty())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty")
lq = queue.LifoQueue(); pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x); pq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
def square(x):
    return x * x
with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(square, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(futs)), list(ex.map(square, [1, 2, 3])))
    f = ex.submit(lambda: 1 / 0)
    done, pending = wait([f])
    print(len(done), type(f.exception()).__name__)
local = threading.local()
local.x = 1
def show():
    print("thread sees x:", hasattr(local, "x"))
t = threading.Thread(target=show); t.start(); t.join()
try:
    local.y
except AttributeError as e:
    print(e)
ev = threading.Event()
res = []
def waiter():
    ev.wait()
    res.append("woke")
t = threading.Thread(target=waiter); t.start(); ev.set(); t.join(); print(res)
sem = threading.Semaphore(2)
with sem:
    print("in semaphore", sem._value)
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
b = threading.Barrier(2)
out = []
def at_barrier(n):
    b.wait()
    out.append(n)
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(2)]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(out), threading.active_count() >= 1, threading.main_thread().name)
