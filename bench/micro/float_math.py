# Float math: objects holding floats, math functions, normalisation (our own
# take on the classic "float" workload).
import sys
from math import sin, cos, sqrt

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


class P:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        n = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= n
        self.y /= n
        self.z /= n

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def run(n):
    pts = [P(i) for i in range(n)]
    for p in pts:
        p.normalize()
    m = pts[0]
    for p in pts[1:]:
        m = m.maximize(p)
    return "%.9f %.9f %.9f" % (m.x, m.y, m.z)


print(run(int(250_000 * SCALE)))
