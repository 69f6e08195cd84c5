# Attribute access on __slots__ classes and through properties.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @property
    def kelvin(self):
        return self._c + 273


def run(n):
    a = Vec(1, 2)
    b = Vec(3, 4)
    t = Temp(0)
    total = 0
    for i in range(n):
        a.x = i & 255
        b.y = a.x + 1
        total += a.dot(b)
        t.celsius = t.celsius + 1
        total += t.kelvin
        total &= 0xFFFFFFF
    return total, t.celsius


print(*run(int(1_200_000 * SCALE)))
