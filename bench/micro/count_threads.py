# The seed's GIL demo: the count loop split over two threads.
import sys
import threading

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def count(n):
    while n > 0:
        n -= 1


N = int(20_000_000 * SCALE)
t1 = threading.Thread(target=count, args=(N // 2,))
t2 = threading.Thread(target=count, args=(N - N // 2,))
t1.start()
t2.start()
t1.join()
t2.join()
print("done", N)
