import copy
class P:
    def __init__(self, v): self.v = v; self.items = [v, [v]]
p = P(1)
c = copy.copy(p); d = copy.deepcopy(p)
print(c.v, c.items is p.items, d.items == p.items, d.items is p.items, d.items[1] is p.items[1])
l = [1, [2, 3], {"a": [4]}]; l.append(l)
dl = copy.deepcopy(l); print(dl[3] is dl, dl[1] is l[1], dl[:3] == l[:3])
class S:
    __slots__ = ("a", "b")
s = S(); s.a = [1]; s.b = 2; t = copy.deepcopy(s); print(t.a, t.a is s.a, t.b)
class C:
    def __copy__(self): return "copied"
    def __deepcopy__(self, memo): return "deep"
print(copy.copy(C()), copy.deepcopy(C()))
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) == t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
e = ValueError("x", 1); e2 = copy.deepcopy(e); print(type(e2).__name__, e2.args)
class L(list): pass
ll = L([1, 2]); ll.x = 5; lc = copy.deepcopy(ll); print(type(lc).__name__, lc, lc.x)
print(copy.copy({1: 2}), copy.copy({1, 2}), copy.deepcopy(set([1])))
