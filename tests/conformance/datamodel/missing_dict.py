# __missing__ in dict subclasses
class Default(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2
d = Default(a=1)
print(d["a"], d["bb"], d.get("zz"), "bb" in d, d.get("zz", "dflt"), len(d))
try:
    d.pop("q")
except KeyError as e:
    print(type(e).__name__, e)
print(d.setdefault("s", 5), d)
class Store(dict):
    def __missing__(self, key):
        self[key] = v = []
        return v
s = Store()
s["x"].append(1)
s["x"].append(2)
s["y"]
print(s)
class Raises(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key}")
try:
    Raises()["k"]
except LookupError as e:
    print(type(e).__name__, e)
# __missing__ on a non-dict class is not special
class NotDict:
    def __missing__(self, key): return "never"
    def __getitem__(self, key): raise KeyError(key)
try:
    NotDict()["x"]
except KeyError as e:
    print(type(e).__name__, e)
# __missing__ assigned on the instance is ignored
d2 = dict()
class D3(dict): pass
d3 = D3()
d3.__missing__ = lambda k: "inst"
try:
    d3["k"]
except KeyError as e:
    print(type(e).__name__, e)
D3.__missing__ = lambda self, k: "class-level " + k
print(d3["k"])
# format_map uses __missing__
class FM(dict):
    def __missing__(self, key): return "{" + key + "}"
print("{a} and {b}".format_map(FM(a=1)))
# collections.defaultdict / Counter
from collections import defaultdict, Counter
dd = defaultdict(list)
dd["a"].append(1)
print(dict(dd), dd["missing"], len(dd), dd.default_factory)
dn = defaultdict()
try:
    dn["x"]
except KeyError as e:
    print(type(e).__name__, e)
c = Counter("abca")
print(c["a"], c["zzz"], "zzz" in c)
class Sub(defaultdict):
    def __missing__(self, key):
        return "sub:" + key
print(Sub(list)["q"])
