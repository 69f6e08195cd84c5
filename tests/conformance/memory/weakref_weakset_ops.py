# WeakSet: membership, set operations, and elements vanishing when they die.
import weakref


class E:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"E({self.n})"


items = [E(i) for i in range(5)]
s = weakref.WeakSet(items[:3])
t = weakref.WeakSet(items[2:])
print(len(s), len(t), items[0] in s, items[4] in s, 1 in s)
print(sorted(e.n for e in s | t), sorted(e.n for e in s & t), sorted(e.n for e in s - t), sorted(e.n for e in s ^ t))
print(s.issubset(weakref.WeakSet(items)), s == weakref.WeakSet(items[:3]), type(s | t).__name__)
del items[2]
print(len(s), len(t), sorted(e.n for e in s))
s.add(items[3])
s.remove(items[0])
try:
    s.remove(items[0])
except KeyError as e:
    print("KeyError", e)
try:
    s.add(1)
except TypeError as e:
    print("TypeError:", e)
print(sorted(e.n for e in s))
items.clear()
print(len(s), len(t), list(s))
