# sys.getsizeof as CPython 3.11 reports it on 64-bit Linux: scalars, strings by
# kind, containers by size, list over-allocation after appends, dict key tables.
import sys

print([sys.getsizeof(v) for v in (0, 1, -1, 2**30 - 1, 2**30, 2**60, 2**62, 2**100, False, True)])
print([sys.getsizeof(v) for v in (1.5, 1j, None, ..., object(), range(3), slice(1))])
print([sys.getsizeof(s) for s in ("", "a", "abc" * 10, "é", "éé", "€", "€uro", "\U0001F600", "a\U0001F600")])
print([sys.getsizeof(b) for b in (b"", b"ab", bytearray(), bytearray(b"ab"))])
print([sys.getsizeof(t) for t in ((), (1,), (1, 2, 3), tuple(range(10)))])
print([sys.getsizeof(l) for l in ([], [1], [1, 2, 3], [None] * 10)])

grow = []
sizes = []
for i in range(40):
    grow.append(i)
    sizes.append(sys.getsizeof(grow))
print(sizes)
print(sys.getsizeof([i for i in range(20)]))
ext = []
ext.extend(range(10))
print(sys.getsizeof(ext))

d = {}
str_sizes = [sys.getsizeof(d)]
for i in range(25):
    d["k%d" % i] = i
    str_sizes.append(sys.getsizeof(d))
print(str_sizes)
d = {}
int_sizes = []
for i in range(25):
    d[i] = i
    int_sizes.append(sys.getsizeof(d))
print(int_sizes)
mixed = {"a": 1, "b": 2}
before = sys.getsizeof(mixed)
mixed[1] = 3
print(before, sys.getsizeof(mixed), sys.getsizeof({"a": 1, 1: 2}), sys.getsizeof({1: 1}))
shrink = {i: i for i in range(10)}
for i in range(9):
    del shrink[i]
print(sys.getsizeof(shrink), len(shrink))
shrink.clear()
print(sys.getsizeof(shrink))
print(sys.getsizeof(dict(x=1, y=2)), sys.getsizeof(dict.fromkeys("abcdefghij")))

s = set()
set_sizes = [sys.getsizeof(s)]
for i in range(20):
    s.add(i)
    set_sizes.append(sys.getsizeof(s))
print(set_sizes, sys.getsizeof(frozenset()))


def f():
    pass


class C:
    def m(self):
        pass


print(sys.getsizeof(f), sys.getsizeof(len), sys.getsizeof(C().m), sys.getsizeof(int), sys.getsizeof(sys))
print(sys.getsizeof(Exception()), sys.getsizeof(x for x in ()))


class Sized:
    def __sizeof__(self):
        return 1000


print(sys.getsizeof(Sized()), sys.getsizeof(Sized(), 5))
try:
    sys.getsizeof(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
