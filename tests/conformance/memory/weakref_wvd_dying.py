# WeakValueDictionary entries disappear as soon as their values die.
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"V({self.n})"


d = weakref.WeakValueDictionary()
a, b, c = V(1), V(2), V(3)
d["a"], d["b"], d["c"] = a, b, c
print(len(d), sorted(d))
del b
print(len(d), sorted(d), "b" in d)
d["a"] = c
print(len(d), d["a"])
del a
print(len(d))
try:
    d["a"] = 5
except TypeError as e:
    print("TypeError:", e)
print(sorted(d.keys()), [r() for r in d.valuerefs()], d.copy()["c"])
k, v = d.popitem()
print(k, v, len(d))
del v, c
d2 = weakref.WeakValueDictionary({"x": V(9)})
print(len(d2), dict(d2))
