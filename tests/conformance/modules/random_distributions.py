# Every distribution and helper with fixed seeds, including str/bytes seeds
# longer than one SHA-512 block and sequences crossing the 624-word boundary.
import random

random.seed("a fairly long seed string " * 10)
print(random.random(), random.getrandbits(64))
random.seed(b"\x00" * 200)
print(random.random())
random.seed(bytearray(range(256)))
print(random.random())
random.seed("é ünïcode ✓")
print(random.random())
random.seed(10 ** 50)
print(random.random())
random.seed(-(2 ** 64))
print(random.random())
random.seed(2 ** 32 - 1)
print(random.random())
random.seed(2 ** 32)
print(random.random())

r = random.Random(2024)
fns = [
    lambda: r.random(),
    lambda: r.uniform(-3, 7),
    lambda: r.triangular(0, 10, 8),
    lambda: r.triangular(5, 1),
    lambda: r.normalvariate(10, 3),
    lambda: r.gauss(10, 3),
    lambda: r.lognormvariate(0.5, 0.25),
    lambda: r.expovariate(0.3),
    lambda: r.vonmisesvariate(0.5, 4.0),
    lambda: r.vonmisesvariate(3.0, 1e-7),
    lambda: r.gammavariate(0.3, 2.0),
    lambda: r.gammavariate(1.0, 3.0),
    lambda: r.gammavariate(7.5, 0.5),
    lambda: r.betavariate(0.5, 2.0),
    lambda: r.betavariate(3.0, 3.0),
    lambda: r.paretovariate(1.5),
    lambda: r.weibullvariate(2.0, 0.7),
    lambda: r.randrange(10 ** 20),
    lambda: r.randrange(-100, 100, 3),
    lambda: r.randrange(100, -100, -7),
    lambda: r.randint(-2 ** 40, 2 ** 40),
    lambda: r.choice(range(1000)),
    lambda: r.getrandbits(33),
    lambda: r.getrandbits(1),
]
for rnd in range(60):
    print(" ".join(repr(f()) for f in fns))

data = list(range(50))
for n in (0, 1, 2, 5, 6, 30, 50):
    print(n, r.sample(data, n))
print(r.sample(range(10 ** 9), 8))
print(r.sample(range(30), 25))
print(r.sample("abc", 6, counts=[3, 2, 1]))
print(r.choices(range(10), k=20))
print(r.choices("wxyz", [0.1, 0.2, 0.3, 0.4], k=20))
print(r.choices("wxyz", cum_weights=[1, 1, 1, 5], k=20))
print(r.choices("wxyz", [1, 0, 0, 0], k=5))
for _ in range(3):
    deck = list("abcdefghijklmnopqrstuvwxyz")
    r.shuffle(deck)
    print("".join(deck))
print(r.randbytes(37))
print(r.getrandbits(1000))
print([r.randrange(3) for _ in range(40)])
print([r.random() < 0.5 for _ in range(40)].count(True))
