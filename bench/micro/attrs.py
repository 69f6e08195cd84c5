# Instance attribute get/set and method calls on a plain user class.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Particle(Point):
    def __init__(self, x, y):
        super().__init__(x, y)
        self.hits = 0

    def bump(self):
        self.hits += 1
        return self.hits


def run(n):
    p = Particle(0, 0)
    q = Point(1, 1)
    total = 0
    for i in range(n):
        p.move(1, -1)
        q.x = q.x + p.y
        q.y = i
        p.bump()
        total += p.norm1() + q.y - p.x
        if p.x > 1000:
            p.x = 0
            p.y = 0
    return total, p.hits, q.x


print(*run(int(1_400_000 * SCALE)))
