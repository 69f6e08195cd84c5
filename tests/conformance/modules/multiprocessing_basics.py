# multiprocessing on fork: Process exit codes, Pipe and Queue between processes,
# Pool.map/starmap/apply/apply_async, errors raised in workers.
import multiprocessing as mp
import os


def square(x):
    return x * x


def add(a, b):
    return a + b


def fail(x):
    if x == 3:
        raise ValueError("bad input %d" % x)
    return x


def child(conn, q):
    conn.send(("hello from child", os.getpid() != PARENT))
    q.put([1, 2, {"k": "v"}])
    conn.close()


def exits(code):
    raise SystemExit(code)


PARENT = os.getpid()

if __name__ == "__main__":
    parent, child_end = mp.Pipe()
    q = mp.Queue()
    p = mp.Process(target=child, args=(child_end, q))
    print(p.is_alive(), p.exitcode)
    p.start()
    print(parent.recv())
    print(q.get())
    p.join()
    print(p.exitcode, p.is_alive())
    for code in (0, 3):
        e = mp.Process(target=exits, args=(code,))
        e.start()
        e.join()
        print("exit code", e.exitcode)
    with mp.Pool(3) as pool:
        print(pool.map(square, range(10)))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        print(pool.apply(add, (5, 6)))
        r = pool.apply_async(square, (7,))
        print(r.get(), r.successful())
        try:
            pool.map(fail, range(5))
        except ValueError as e:
            print("ValueError:", e)
    print(mp.current_process().name, mp.cpu_count() >= 1)
