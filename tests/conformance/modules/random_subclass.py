# Subclassing Random: overriding random()/getrandbits()/seed(), module-level
# functions bound to the hidden instance, and independent generators.
import random


class Constant(random.Random):
    def random(self):
        return 0.25


c = Constant(5)
print(c.random(), c.randrange(100), c.choice("abcd"), c.randint(1, 8))
print(c.uniform(0, 8), c.triangular(0, 4))
lst = list(range(6))
c.shuffle(lst)
print(lst)


class Bits(random.Random):
    calls = 0

    def getrandbits(self, k):
        Bits.calls += 1
        return super().getrandbits(k)


b = Bits(7)
print([b.randrange(1000) for _ in range(5)], Bits.calls > 0)
print(random.Random(7).getrandbits(10) == Bits(7).getrandbits(10))


class Logged(random.Random):
    def seed(self, a=None, version=2):
        print("seeding with", a)
        super().seed(a, version)


lg = Logged(3)
print(lg.random())
lg.seed("x")
print(lg.random())

a = random.Random(1)
b = random.Random(1)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
random.seed(1)
print(random.random() == random.Random(1).random())
print(callable(random.random), random.random.__self__.__class__ is random.Random)
print(isinstance(random.SystemRandom(), random.Random))
g = random.Random(4)
print(g.gauss(), g.gauss(), g.gauss_next)
g.seed(4)
print(g.gauss_next, g.gauss())
state = g.getstate()
x = [g.gauss() for _ in range(3)]
g.setstate(state)
print(x == [g.gauss() for _ in range(3)])
