import bisect

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 2.5, 3, 8, 13, 14]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
    print(" ", bisect.bisect_left(a, x, 2), bisect.bisect_right(a, x, 2, 6), bisect.bisect_left(a, x, hi=4))
print(bisect.bisect_right(a, 2, 0, -1), bisect.bisect_right(a, 2, 0, -2), bisect.bisect_left(a, 2, 5, 3))
print(bisect.bisect_left(a, 5, lo=True), bisect.bisect_right(a, 5, hi=None))

recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
for k in [0, 3, 4, 7, 9]:
    print(k, bisect.bisect_left(recs, k, key=lambda r: r[1]), bisect.bisect_right(recs, k, key=lambda r: r[1]))

L = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(L, v)
print(L)
L2 = []
for v in [5.0, 1, 4, 1.0, 5, 9, 2, 6.0, 5, 3]:
    bisect.insort_left(L2, v)
print(L2)
L3 = []
for v in [5.0, 1, 4, 1.0, 5, 9, 2, 6.0, 5, 3]:
    bisect.insort_right(L3, v)
print(L3)
rs = []
for r in [("x", 3), ("y", 1), ("z", 3), ("w", 2), ("v", 1)]:
    bisect.insort(rs, r, key=lambda t: t[1])
print(rs)
rs = []
for r in [("x", 3), ("y", 1), ("z", 3), ("w", 2), ("v", 1)]:
    bisect.insort_left(rs, r, key=lambda t: t[1])
print(rs)
L4 = [0, 10, 20, 30]
bisect.insort(L4, 25, 0, 2)
print(L4)

class MyList(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)
m = MyList([1, 3])
bisect.insort(m, 2)
print(m, bisect.bisect("acegi", "d"), bisect.bisect_left((1, 2, 3), 2))

for args, kw in [(([1], 1, -1), {}), ((None, 1), {}), (([1], 1, "a"), {}), (([1], 1), {"hi": "a"}),
                 (([1], 1, None), {}), (([1, 2], 1, 0, 5), {})]:
    try:
        print(bisect.bisect(*args, **kw))
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    bisect.insort((1, 2), 1)
except AttributeError as e:
    print("AttributeError", e)
try:
    bisect.insort_left([1], 2, -3)
except ValueError as e:
    print("ValueError", e)

import keyword
print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist), sorted(keyword.__all__))
for w in ["if", "match", "case", "_", "print", "None", "async", "await", "type", "True", "true", ""]:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
