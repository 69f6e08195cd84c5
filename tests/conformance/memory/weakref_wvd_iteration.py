# Values that die while a WeakValueDictionary is being iterated are removed after
# the iteration finishes; the iteration itself does not fail.
import weakref


class V:
    def __init__(self, n):
        self.n = n


d = weakref.WeakValueDictionary()
values = [V(i) for i in range(5)]
for i, v in enumerate(values):
    d[i] = v
del v
seen = []
for k in d:
    seen.append(k)
    if k == 1:
        del values[3]
print(seen, len(d), sorted(d))
for k, v in d.items():
    pass
del v
values.clear()
print(len(d), list(d.items()))
