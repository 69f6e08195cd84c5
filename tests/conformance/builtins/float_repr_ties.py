# float repr: the correctly rounded shortest string (ties to even), as CPython.
import random
print(repr(2.0**-25), repr(2.0**-24), repr(0.1), repr(1/3), repr(2.0**60), repr(1e23), repr(5e-324), repr(1.7976931348623157e308))
r = random.Random(12345)
bad = 0
vals = []
for i in range(20000):
    x = r.random() * 10 ** r.randint(-30, 30)
    vals.append(repr(x))
for k in range(-1074, -1000):
    vals.append(repr(2.0 ** k))
for k in range(-60, 60):
    vals.append(repr(2.0 ** k * 3))
import hashlib
print(len(vals), hashlib.sha256("|".join(vals).encode()).hexdigest())
