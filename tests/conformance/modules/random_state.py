import random
r = random.Random(12345)
out = []
for i in range(3000):
    m = i % 7
    if m == 0: out.append(r.random())
    elif m == 1: out.append(r.getrandbits(i % 97))
    elif m == 2: out.append(r.randint(-5, 10**(i % 25)))
    elif m == 3: out.append(r.getrandbits(1 + i % 32))
    elif m == 4: out.append(r.randbytes(i % 13))
    elif m == 5: out.append(r.getrandbits(5000))
    else: out.append(r.random())
print(hash(tuple(out)) if False else sum(hash(x) for x in out[:0]), len(out))
for x in out[::37]: print(x)
print(r.getrandbits(40000) % 1000003)
print(r.randbytes(5000)[-20:])
st = r.getstate()
print(st[0], len(st[1]), st[1][-1], st[1][:3], st[2])
a = [r.random() for _ in range(700)]
r2 = random.Random()
r2.setstate(st)
print(a == [r2.random() for _ in range(700)])
r3 = random.Random(0)
for k in range(625):
    r3.seed(7)
    for _ in range(k): r3.getrandbits(8)
    s = r3.getstate()
    v = r3.random()
    r3.setstate(s)
    assert r3.random() == v, k
print(r3.getstate()[1][-1])
import pickle, copy
r4 = copy.deepcopy(r); print(r4.random() == r.random())
r5 = pickle.loads(pickle.dumps(r)); print(r5.random() == r.random(), type(r5))
# cross-check python state
print(random.Random(99).getstate()[1][:5], random.Random(99).getstate()[1][-2:])
