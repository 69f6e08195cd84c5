# A proxy forwards attribute access, operators, len/iter/contains/item access and calls.
import weakref


class Box(list):
    label = "box"

    def __call__(self, x):
        return x * 2

    def __add__(self, other):
        return "added " + repr(other)


b = Box([3, 1, 2])
p = weakref.proxy(b)
print(p.label, len(p), list(iter(p)), 2 in p, p[0], p[-1:])
p[0] = 9
print(b[0], p(21), p + 1, bool(p))
p.append(4)
print(b, sorted(p), str(p), p == [9, 1, 2, 4])
del p[0]
print(b, type(p) is weakref.CallableProxyType)


class Num:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __int__(self):
        return self.v

    def __float__(self):
        return float(self.v)

    def __neg__(self):
        return -self.v

    def __iadd__(self, other):
        self.v += other
        return self


n = Num(5)
q = weakref.proxy(n)
print(int(q), float(q), -q, [0, 1, 2, 3, 4, 5, 6][q], hex(q), type(q) is weakref.ProxyType)
q += 3
print(n.v, type(q).__name__)
