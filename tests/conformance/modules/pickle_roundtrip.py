import pickle
class P:
    def __init__(self): self.a = 1; self.b = [1, 2]
class S:
    __slots__ = ("x", "y")
def f(): pass
vals = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31, 2**70, -2**70, 1.5, -0.0, 1e300, float("inf"),
        "", "abc", "é€", "x" * 300, b"", b"ab", bytearray(b"xy"), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2, "a"],
        {}, {"a": 1}, {"a": 1, "b": [2]}, {1, 2, 3}, frozenset({1, 2}), f, P, len, ValueError("bad", 2), ...]
for v in vals:
    for proto in (2, 3, 4, 5):
        d = pickle.dumps(v, proto)
        r = pickle.loads(d)
        print(proto, repr(d), r == v or (v != v) or repr(r) == repr(v))
p = P(); d = pickle.dumps(p); q = pickle.loads(d); print(d, q.a, q.b)
s = S(); s.x = 1; s.y = "two"; d = pickle.dumps(s); t = pickle.loads(d); print(d, t.x, t.y)
l = [1]; l.append(l); d = pickle.dumps(l); m = pickle.loads(d); print(d, m[1] is m)
sh = [1, 2]; d = pickle.dumps([sh, sh]); m = pickle.loads(d); print(d, m[0] is m[1])
try: pickle.dumps(lambda: 0)
except Exception as e: print(type(e).__name__)
def outer():
    def inner(): pass
    return inner
try: pickle.dumps(outer())
except Exception as e: print(type(e).__name__, e)
big = list(range(100000)); print(pickle.loads(pickle.dumps(big)) == big, len(pickle.dumps(big)))
