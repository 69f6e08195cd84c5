import threading, time
lock = threading.Lock()
shared = []
counts = {}
def worker(n):
    for i in range(1000):
        with lock:
            shared.append(i)
            counts[n] = counts.get(n, 0) + 1
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(shared), sorted(counts.items()))
print(ts[0].name, threading.current_thread().name)
# a CPU-bound thread cannot starve a sleeping one
done = []
def spin():
    x = 0
    while not done:
        x += 1
def sleeper():
    time.sleep(0.05)
    done.append(1)
a = threading.Thread(target=spin); b = threading.Thread(target=sleeper)
t0 = time.monotonic()
a.start(); b.start(); b.join(); a.join()
print("sleeper finished", time.monotonic() - t0 < 1.0)
def hook(args):
    print("excepthook:", args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
def boom():
    raise ValueError("bad")
t = threading.Thread(target=boom); t.start(); t.join()
print("end")
