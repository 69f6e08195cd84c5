# WeakMethod: keeps neither the instance nor the function alive, dies with the
# instance, supports callbacks and equality; only bound methods are accepted.
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n


c = C(5)
wm = weakref.WeakMethod(c.get, lambda r: print("callback, dead:", r() is None))
m = wm()
print(m(), m == c.get, wm() is not m, wm == weakref.WeakMethod(c.get))
del m
del c
print(wm())
for bad in (len, lambda: 1, C.get, 5):
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print("TypeError:", e)
d = C(1)
w1, w2 = weakref.WeakMethod(d.get), weakref.WeakMethod(d.get)
print(w1 == w2, hash(w1) == hash(w2), w1 != w2)
del d
print(w1 == w2, w1 == w1)
