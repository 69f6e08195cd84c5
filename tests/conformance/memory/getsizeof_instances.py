# Instance and __dict__ sizes in CPython 3.11: instances with a managed __dict__,
# with __slots__, and the shared-keys quirk (each new instance shrinks the class's
# shared keys by one slot, which getsizeof(obj.__dict__) reports).
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Slotted:
    __slots__ = ("x", "y")


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


class Empty:
    pass


class Sub(Point):
    pass


print(sys.getsizeof(Point(1, 2)), sys.getsizeof(Slotted()), sys.getsizeof(SlottedWeak()), sys.getsizeof(Empty()))
p = Point(1, 2)
print(sys.getsizeof(p.__dict__))
sizes = []
others = []
for i in range(32):
    others.append(Point(i, i))
    sizes.append(sys.getsizeof(p.__dict__))
print(sizes)
q = Point(0, 0)
q.z = 1
print(sys.getsizeof(q.__dict__), sys.getsizeof(p.__dict__))
s = Sub(1, 2)
print(sys.getsizeof(s), sys.getsizeof(s.__dict__))


class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


m = Many(40)
print(sys.getsizeof(m.__dict__), len(vars(m)))
e = Empty()
e.__dict__[1] = 2
print(sys.getsizeof(e.__dict__))
