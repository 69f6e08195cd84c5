# Many small function calls: positional, keyword, defaults, *args, **kwargs.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def add(a, b):
    return a + b


def with_default(a, b=2, c=3):
    return a + b + c


def kw_only(a, *, step=1):
    return a + step


def star(*args):
    return len(args)


def starstar(a, **kw):
    return a + len(kw)


def run(n):
    total = 0
    for i in range(n):
        total = add(total, i)
        total = add(b=1, a=total)
        total = with_default(total)
        total = with_default(total, 1)
        total = kw_only(total, step=2)
        total += star(i, i, i)
        total = starstar(total, x=1)
        total &= 0xFFFFFFF
    return total


print(run(int(1_200_000 * SCALE)))
