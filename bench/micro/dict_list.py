# dict and list operations: insert, lookup, update, delete, append, index, slice.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def run(n):
    d = {}
    keys = ["k%d" % i for i in range(1000)]
    total = 0
    for i in range(n):
        k = keys[i % 1000]
        d[k] = d.get(k, 0) + i
        if k in d:
            total += 1
        d[i % 513] = i
        if i % 7 == 0:
            d.pop(i % 513, None)
    lst = []
    for i in range(n):
        lst.append(i ^ 0x55)
        if len(lst) > 500:
            total += lst[250] + sum(lst[10:20])
            del lst[:250]
    items = sorted(d.items(), key=lambda kv: str(kv[0]))
    return total, len(d), items[0], items[-1], len(lst)


print(*run(int(1_600_000 * SCALE)))
