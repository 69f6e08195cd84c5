# subclassing list and dict: which overrides builtins honour
class LoudList(list):
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def append(self, x):
        print("append", x)
        super().append(x * 10)
    def __iter__(self):
        print("iter")
        return super().__iter__()
ll = LoudList([1, 2, 3])
ll.append(4)
print(ll[0], len(ll))
print(list(ll))
print(sorted(ll), sum(ll))
x, *rest = ll
print(x, rest)
ll += [5]
print(type(ll).__name__, ll, type(ll + [1]).__name__, type(ll[1:]).__name__, type(ll * 2).__name__, type(ll.copy()).__name__)
ll.extend([6])
print(ll)
class LoudDict(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
    def keys(self):
        print("keys")
        return super().keys()
d = LoudDict(a=1)
d["b"] = 2
print(d["a"], d.get("a"), dict(d), list(d), {**d})
d.update(c=3)
d.setdefault("e", 5)
print(d, type(d.copy()).__name__, type(d | {}).__name__)
print("{a}".format(**d), "{a}".format_map(d))
def f(**kw): return kw
print(f(**d))
class Other:
    def __init__(self): self.d = {"k": 1}
    def keys(self): return ["k"]
    def __getitem__(self, k): return "via getitem"
print(dict(Other()), {**Other()})
d2 = {}
d2.update(Other())
print(d2)
class Ordered(dict):
    def __iter__(self): return iter(sorted(super().__iter__(), reverse=True))
o = Ordered(a=1, c=3, b=2)
print(list(o), list(o.keys()), dict(o), [k for k in o], str(o))
