import pprint
import io
import re
import collections
import types

def show(obj, **kw):
    print(pprint.pformat(obj, **kw))
    print("---")

data = {"name": "ferrython", "numbers": list(range(30)), "nested": {"a": [1, 2, {"b": (3, 4, 5)}], "zz": None},
        "tuple": tuple(range(25)), "set": set(range(18)), "fs": frozenset("abcdefghijklmnopqrstuvwxyz"),
        "str": "lorem ipsum dolor sit amet " * 6, "bytes": bytes(range(40)), "ba": bytearray(b"x" * 70)}
show(data)
show(data, width=40)
show(data, width=120, indent=4)
show(data, compact=True, width=50)
show(data, depth=1)
show(data, depth=2, width=30)
show(data, sort_dicts=False, width=60)
show([list(range(12))] * 4, width=30, compact=True)
show((1,), width=1)
show((list(range(40)),))
show([[1, 2, [3, 4, [5, 6, [7, 8]]]]], depth=3)
show({"k": "x" * 100})
show("a long line with words " * 8)
show("line one\nline two is a little longer than one\n" * 4, width=30)
show(["short", "this string is long enough that it needs wrapping when nested " * 2], width=40)
show(b"\x00\x01abcdefghijklmnop" * 6, width=30)
show({"bytes": b"0123456789" * 10}, width=50)
show(bytearray(b"0123456789" * 12), width=40)
show(12345678901234567890, underscore_numbers=True)
show([10**20, 1234567, -9876543210], underscore_numbers=True, width=20)
show({(1, 2): "tuple key", 3: "int", "s": "str", None: 0, 2.5: "f"}, width=30)
show({1: "a", "b": 2, None: [3]}, width=10)
show(set([3, "a", None, 2.5, (1,)]), width=10)
show(frozenset(range(30)), width=30)
show(set(), width=1)
show([], width=1)
show({}, width=1)
show(((),), width=1)
show(collections.OrderedDict((str(i), i) for i in range(15)), width=40)
show(collections.OrderedDict(), width=1)
dd = collections.defaultdict(list)
for i in range(12):
    dd["key%d" % i].append(i)
show(dd, width=40)
show(collections.Counter("abracadabra simsalabim hocus pocus"), width=30)
show(collections.ChainMap({"a": 1, "b": list(range(20))}, {"c": 3}), width=30)
show(collections.deque(range(30)), width=40)
show(collections.deque(range(30), maxlen=40), width=40)
show(types.SimpleNamespace(a=1, b="two" * 20, c=list(range(20))), width=40)
show(types.MappingProxyType({"a": list(range(30))}), width=40)

rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
def noid(s):
    return re.sub(r"id=\d+", "id=N", s)
print(noid(pprint.pformat(rec)), noid(pprint.pformat(d)), noid(pprint.saferepr(rec)))
print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isrecursive([1, [2]]), pprint.isreadable([1, (2, "x")]))
print(pprint.isreadable(object()), pprint.isreadable({"a": 1.5}), pprint.saferepr({"b": 1, "a": [2, 3]}))
p = pprint.PrettyPrinter(depth=2)
print(p.isrecursive(rec), p.isreadable([1, 2]), p.format([1, [2, [3]]], {}, 2, 0))
print(p.pformat([1, [2, [3, [4]]]]))

s = io.StringIO()
pprint.pprint({"x": list(range(25))}, stream=s, width=30)
print(repr(s.getvalue()))
pprint.pp({"z": 1, "a": list(range(30))})
pprint.pp({"z": 1, "a": 2}, sort_dicts=True)
pprint.pprint(list(range(5)), indent=3)
pprint.pprint([list(range(30))], indent=3)
pprint.pprint({"a": list(range(30)), "b": 2}, indent=3)
pprint.PrettyPrinter(width=20).pprint(list("abcdefghij"))
for kw in [{"indent": -1}, {"depth": 0}, {"width": 0}]:
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print("ValueError", e)

class Obj:
    def __repr__(self):
        return "Obj(" + "x" * 50 + ")"
show([Obj(), Obj()])

class MyDict(dict):
    pass
class MyList(list):
    def __repr__(self):
        return "MyList!"
show(MyDict((i, "v" * i) for i in range(10)), width=40)
show(MyList(range(100)))
show([MyList([1]), MyDict(a=1)], width=5)
class Weird:
    def __lt__(self, other):
        raise TypeError("no")
show({3: 1, 1: 2, 2: 3, "a": 4})
print(pprint.saferepr(3), pprint.saferepr("x"), pprint.saferepr((1,)), pprint.saferepr(True))

try:
    from dataclasses import dataclass, field
except ImportError:
    dataclass = None
if dataclass:
    @dataclass
    class Point:
        x: int
        y: int
        label: str = "origin"
        hidden: list = field(default_factory=list, repr=False)
    @dataclass
    class Shape:
        name: str
        points: list
    show(Point(1, 2))
    show(Shape("triangle", [Point(0, 0), Point(10, 0, "right corner"), Point(5, 8, "apex")]), width=40)
    show([Shape("s" * 30, list(range(20)))], width=50)
    @dataclass(repr=False)
    class NoRepr:
        a: int
    print(pprint.pformat(NoRepr(1), width=5).startswith("<"))

import reprlib
r = reprlib.Repr()
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr(2**200))
print(reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(10))), reprlib.repr(frozenset()), reprlib.repr(set()))
print(reprlib.repr((1,)), reprlib.repr(()), reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr({1: {2: {3: {4: {5: {6: {7: {}}}}}}}}))
print(reprlib.repr(collections.deque(range(10))), reprlib.repr({"b": 1, 2: "a"}), reprlib.repr({3, "a"}))
r.maxlist = 2
r.maxstring = 10
r.fillvalue = "<+>"
r.maxlevel = 2
print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"), r.repr([[["deep"]]]), r.repr([[]]))
r.maxother = 8
print(r.repr(Obj()), r.repr(object)[:3])
class BadRepr:
    def __repr__(self):
        raise ValueError
print(re.sub("0x[0-9a-f]+", "ADDR", r.repr(BadRepr())))
print(sorted(vars(reprlib.Repr()).items()))
print(reprlib.__all__)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)
n = Node("root")
n.children.append(Node("kid"))
n.children.append(n)
print(n, Node.__repr__.__name__, Node.__repr__.__qualname__)
class Other:
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return "Other(%r)" % (self.me,)
o = Other()
o.me = [o]
print(o)

# more line-breaking corners
show("supercalifragilisticexpialidocious " * 3, width=20)
show(["x" * 30, "y" * 30], width=20)
show({"k": "a b\nc d e f g h\n\nlast line here"}, width=12)
show("  leading spaces and trailing   ", width=10)
show([[1, 2], [3, [4, 5, [6, 7]]]] * 3, width=15, indent=2, compact=True)
show({"a": {"b": {"c": {"d": list(range(10))}}}}, width=25, indent=3)
show([{"id": i, "tags": ["t%d" % j for j in range(i)]} for i in range(6)], width=50)
show((("nested", ("tuple", ("deep",))),), width=10)
show([b"abc", b"abcdefgh" * 3, bytearray(b"12345678" * 3)], width=16)
show(list(range(100)), compact=True, width=60)
show([set(), frozenset(), (), [], {}], width=3)
show(frozenset({frozenset({1, 2}), frozenset({3})}), width=15)
show([1.5, -0.0, float("inf"), 1e100, 3j, None, True], width=10)
