# Spectral norm of an infinite matrix by power iteration.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v, n):
    return [sum([a(i, j) * v[j] for j in range(n)]) for i in range(n)]


def mul_atv(v, n):
    return [sum([a(j, i) * v[j] for j in range(n)]) for i in range(n)]


def run(n, iters):
    u = [1.0] * n
    v = u
    for _ in range(iters):
        v = mul_atv(mul_av(u, n), n)
        u = mul_atv(mul_av(v, n), n)
    vbv = sum(x * y for x, y in zip(u, v))
    vv = sum(y * y for y in v)
    return "%.9f" % (vbv / vv) ** 0.5


print(run(max(10, int(300 * SCALE ** 0.5)), 10))
