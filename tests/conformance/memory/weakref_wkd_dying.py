# WeakKeyDictionary: entries go away when their keys die; keys compare with ==.
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n

    def __hash__(self):
        return hash(self.n)

    def __repr__(self):
        return f"K({self.n})"


d = weakref.WeakKeyDictionary()
k1, k2, k3 = K(1), K(2), K(3)
d[k1] = "one"
d[k2] = "two"
d[k3] = "three"
print(len(d), d[K(2)], K(2) in d, K(9) in d)
del k2
print(len(d), sorted(d.values()))
d[K(1)] = "replaced"
print(len(d), d[k1], [r() for r in d.keyrefs()] == [k1, k3])
try:
    d[1] = "int key"
except TypeError as e:
    print("TypeError:", e)
print(d.pop(k3), len(d), d.setdefault(k1, "x"), d.get(K(5), "none"))
del k3, k1
print(len(d), list(d.items()))
