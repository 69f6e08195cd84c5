# pickle.dumps must write exactly CPython's bytes for every protocol; loads reads them back.
import pickle


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [1, 2]


class Empty:
    pass


class Slotted:
    __slots__ = ("x", "__y")

    def __init__(self):
        self.x = 1
        self.__y = "two"


class WithState:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {"v2": self.v * 2}

    def __setstate__(self, state):
        self.v = state["v2"] // 2


class Reducer:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reducer, (self.a, self.b))

    def __eq__(self, other):
        return type(other) is Reducer and (self.a, self.b) == (other.a, other.b)


class NewArgs:
    def __new__(cls, n):
        self = object.__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)


class NewArgsEx:
    def __new__(cls, n, *, k=0):
        self = object.__new__(cls)
        self.n, self.k = n, k
        return self

    def __getnewargs_ex__(self):
        return (self.n,), {"k": self.k}


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class Outer:
    class Inner:
        pass


def func():
    pass


def show(label, value, protos=range(6)):
    for proto in protos:
        data = pickle.dumps(value, protocol=proto)
        back = pickle.loads(data)
        same = back == value or repr(back) == repr(value) or value != value
        print(label, proto, data, same)


values = [
    ("none", None), ("true", True), ("false", False),
    ("ints", [0, 1, 255, 256, 65535, 65536, -1, -255, -256, 2**31 - 1, 2**31, -2**31, -2**31 - 1]),
    ("bigs", [2**63, -2**63, 2**64 - 1, 2**100, -2**100, 10**80, -(10**80) - 7]),
    ("huge", 7**700),
    ("floats", [0.0, -0.0, 1.5, -2.25, 1e300, 1e-300, 5e-324, float("inf"), float("-inf"), 0.1, 1e16, 123456789.125]),
    ("nan", float("nan")),
    ("strs", ["", "a", "abc", "é", "€uro", "\U0001f600", "a\nb\\c\x00d\r\x1a", "x" * 255, "y" * 256]),
    ("bytes", [b"", b"a", b"\x00\xff\x80", b"q" * 255, b"r" * 256]),
    ("bytearrays", [bytearray(), bytearray(b"xy"), bytearray(b"\xe9\x00")]),
    ("tuples", [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), ((5,), (2, 3))]),
    ("lists", [[], [1], [1, 2], [[]], [[1], [2, [3]]]]),
    ("dicts", [{}, {1: 2}, {1: 2, 3: 4}, {"a": {"b": {}}}]),
    ("sets", [set(), {1}, {1, 2, 3}, frozenset(), frozenset({4, 5})]),
    ("globals", [func, Plain, Outer, Outer.Inner, len, int, str, ValueError, OSError, range, zip, object, type(None), type(...), type(NotImplemented)]),
    ("builtins", [..., NotImplemented, 1 + 2j, -0.5j, range(1, 10, 2), slice(1, None, 3)]),
    ("subclasses", [MyList([1, 2]), MyDict(a=1), MyInt(7)]),
    ("reducer", Reducer(1, "b")),
]
for label, value in values:
    show(label, value)

shared = [1, 2]
show("shared", [shared, shared, (shared,)])
t = ("t",)
show("sharedtuple", [t, t, "s", "s"])
rec = [1]
rec.append(rec)
for proto in range(6):
    data = pickle.dumps(rec, protocol=proto)
    back = pickle.loads(data)
    print("recursive list", proto, data, back[1] is back)
d = {}
d["self"] = d
for proto in range(6):
    data = pickle.dumps(d, protocol=proto)
    back = pickle.loads(data)
    print("recursive dict", proto, data, back["self"] is back)
lst = []
tup = (lst, 1, 2, 3)
lst.append(tup)
tup2 = (lst,)
for proto in range(6):
    data = pickle.dumps(tup, protocol=proto)
    back = pickle.loads(data)
    print("recursive tuple", proto, data, back[0][0] is back)
    data = pickle.dumps(tup2, protocol=proto)
    print("recursive tuple1", proto, data)

for proto in range(6):
    p = Plain()
    data = pickle.dumps(p, protocol=proto)
    q = pickle.loads(data)
    print("plain", proto, data, type(q).__name__, q.a, q.b)
    data = pickle.dumps(Empty(), protocol=proto)
    print("empty", proto, data, type(pickle.loads(data)).__name__)
    w = pickle.loads(pickle.dumps(WithState(21), protocol=proto))
    print("state", proto, pickle.dumps(WithState(21), protocol=proto), w.v)
    if proto >= 2:
        s = Slotted()
        data = pickle.dumps(s, protocol=proto)
        t2 = pickle.loads(data)
        print("slots", proto, data, t2.x, t2._Slotted__y)
        n = pickle.loads(pickle.dumps(NewArgs(5), protocol=proto))
        print("newargs", proto, pickle.dumps(NewArgs(5), protocol=proto), n.n)
    if proto >= 4:
        n = pickle.loads(pickle.dumps(NewArgsEx(5, k=6), protocol=proto))
        print("newargs_ex", proto, pickle.dumps(NewArgsEx(5, k=6), protocol=proto), n.n, n.k)
