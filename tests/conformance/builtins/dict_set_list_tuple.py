d = {"a": 1, "b": 2}
d["c"] = 3
print(d, list(d.keys()), list(d.values()), list(d.items()), d.get("z"), d.get("z", 0), len(d), "a" in d)
print(d.pop("a"), d.popitem(), d, d.setdefault("q", []), d.update(x=9), d, dict.fromkeys("ab", 0), {k: v for k, v in [(1, 2)]})
d2 = d.copy(); d2.clear(); print(d2, d | {"n": 1}, {1: "a"} == {1: "a"}, dict(a=1) == {"a": 1})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
class Missing(dict):
    def __missing__(self, key):
        return key * 2
print(Missing()["ab"])
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.remove(3); print(l, l.pop(), l.pop(0), l.index(2), l.count(1))
l.sort(); print(l); l.reverse(); print(l, l[::2], l[1:-1], l * 2, [1] + [2], sorted(l), l.copy() == l)
l[1:3] = [9, 9, 9]; del l[0]; print(l, len(l), 9 in l, [x for x in l if x > 2])
s = {1, 2, 3}
s.add(4); s.discard(1); s.remove(2); print(s, sorted(s | {9}), s & {3, 9}, s - {3}, s ^ {4, 5}, {1, 2} <= {1, 2, 3}, s.issubset({3, 4, 5}))
print(set(), frozenset(), {1, 2} == frozenset({1, 2}), sorted({3, 1, 2}), s.pop() in {3, 4}, len(s))
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], t + (4,), t * 2, t.index(2), t.count(1), (1,), (), tuple([1, 2]), hash((1, 2)) == hash((1, 2)))
print([[0] * 2 for _ in range(2)], [1, 2] < [1, 3], (1, 2) < (1, 2, 3), [1, [2, [3]]], str([1, "a", None, 2.5, True]))
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    {1, 2}.remove(5)
except KeyError as e:
    print("KeyError", e)
a = [1, 2]; a.append(a); print(a)
dd = {}; dd["self"] = dd; print(dd)
