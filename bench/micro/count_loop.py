# The seed's GIL demo, single-threaded: a tight while loop with an in-place decrement.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def count(n):
    while n > 0:
        n -= 1
    return n


N = int(20_000_000 * SCALE)
print(count(N), N)
