# Pancake flipping over all permutations: checksum and maximum flip count.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def permutations(n):
    # Heap's algorithm, iterative; yields the same list object each time.
    a = list(range(n))
    c = [0] * n
    yield a
    i = 0
    while i < n:
        if c[i] < i:
            if i % 2 == 0:
                a[0], a[i] = a[i], a[0]
            else:
                a[c[i]], a[i] = a[i], a[c[i]]
            yield a
            c[i] += 1
            i = 0
        else:
            c[i] = 0
            i += 1


def flips(perm):
    p = perm[:]
    count = 0
    first = p[0]
    while first:
        p[:first + 1] = p[first::-1]
        count += 1
        first = p[0]
    return count


def run(n, limit):
    checksum = 0
    max_flips = 0
    for idx, perm in enumerate(permutations(n)):
        if idx >= limit:
            break
        f = flips(perm)
        if f > max_flips:
            max_flips = f
        checksum += f if idx % 2 == 0 else -f
    return checksum, max_flips


print(*run(10, int(500_000 * SCALE)))
