# sorted() with a key function and isinstance() checks.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


class Base:
    pass


class A(Base):
    pass


class B(A):
    pass


def run(n):
    seed = 12345
    data = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        data.append((seed % 1000, "s%d" % (seed % 97), i))
    total = 0
    for k in range(4):
        s = sorted(data, key=lambda t: (t[1], -t[0]))
        total += s[0][2] + s[-1][2]
        s = sorted(data, key=lambda t: t[0] ^ k, reverse=True)
        total += s[len(s) // 2][2]
    objs = [B(), A(), Base(), 1, "x", 2.5, None, [1]]
    for i in range(n * 2):
        o = objs[i & 7]
        if isinstance(o, A):
            total += 1
        if isinstance(o, (int, float)):
            total += 2
        if isinstance(o, Base) and not isinstance(o, B):
            total += 3
    return total


print(run(int(60_000 * SCALE)))
