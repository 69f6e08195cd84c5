# Closures: creating them, calling them, and nonlocal updates.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def make_adder(k):
    def adder(x):
        return x + k
    return adder


def make_counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    return inc


def run(n):
    inc = make_counter()
    add3 = make_adder(3)
    total = 0
    for i in range(n):
        total = add3(total)
        inc()
        if i % 8 == 0:
            total = make_adder(i)(total) & 0xFFFFFF
        f = lambda y: y * 2
        total = f(total) & 0xFFFFFF
    return total, inc()


print(*run(int(1_500_000 * SCALE)))
