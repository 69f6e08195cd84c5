# copy.copy / copy.deepcopy: dispatch, memo, __copy__/__deepcopy__, the reduce protocol.
import copy
import copyreg


class Plain:
    def __init__(self, v):
        self.v = v
        self.items = [v, [v]]


class Slots:
    __slots__ = ("a", "b")


class Both:
    __slots__ = ("s", "__dict__")


class WithState:
    def __init__(self):
        self.data = [1, 2]

    def __getstate__(self):
        return {"data": self.data, "note": "from getstate"}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class NewArgs:
    def __new__(cls, n):
        obj = object.__new__(cls)
        obj.n = n
        return obj

    def __getnewargs__(self):
        return (self.n,)


class MyList(list):
    pass


class MyDict(dict):
    pass


class MySet(set):
    pass


class Reduced:
    def __init__(self, payload):
        self.payload = payload

    def __reduce__(self):
        return (Reduced, (self.payload,))


class Named:
    def __reduce__(self):
        return "Named"


class Hooks:
    def __init__(self):
        self.log = []

    def __copy__(self):
        return "shallow!"

    def __deepcopy__(self, memo):
        return ("deep!", sorted(type(k).__name__ for k in memo))


def f():
    pass


# Atomic and container types.
for value in (None, 1, 2.5, 3j, True, "s", b"b", (1, 2), frozenset({1}), range(3), len, f, Plain, ..., NotImplemented, slice(1, 2)):
    c, d = copy.copy(value), copy.deepcopy(value)
    print(repr(value), c is value, d is value)
for value in ([1, [2]], {"a": [1]}, {1, 2}, bytearray(b"ab"), (1, [2]), frozenset({(1, 2)})):
    c, d = copy.copy(value), copy.deepcopy(value)
    print(repr(value), c == value, c is value, d == value, d is value, type(d).__name__)

# Instances.
p = Plain(5)
c, d = copy.copy(p), copy.deepcopy(p)
print(c.v, c.items is p.items, d.items == p.items, d.items is p.items, d.items[1] is p.items[1])
s = Slots()
s.a = [1]
t, u = copy.copy(s), copy.deepcopy(s)
print(t.a is s.a, u.a == s.a, u.a is s.a, hasattr(u, "b"))
b = Both()
b.s = [1]
b.x = [2]
bc = copy.deepcopy(b)
print(bc.s, bc.x, bc.s is b.s)
w = copy.deepcopy(WithState())
print(w.data, w.note, w.restored)
n = copy.deepcopy(NewArgs(7))
print(type(n).__name__, n.n)
ml = MyList([1, [2]])
ml.attr = "x"
mc, md = copy.copy(ml), copy.deepcopy(ml)
print(type(mc).__name__, mc, mc[1] is ml[1], md, md[1] is ml[1], md.attr)
mdict = MyDict(a=[1])
print(type(copy.deepcopy(mdict)).__name__, copy.deepcopy(mdict), copy.copy(mdict)["a"] is mdict["a"])
ms = MySet({1, 2})
ms.tag = 1
msc = copy.deepcopy(ms)
print(type(msc).__name__, sorted(msc), msc.tag)
r = Reduced([1])
print(copy.copy(r).payload is r.payload, copy.deepcopy(r).payload is r.payload)
nm = Named()
print(copy.copy(nm) is nm, copy.deepcopy(nm) is nm)
print(copy.copy(Hooks()), copy.deepcopy(Hooks()))
e = ValueError("x", [1])
e2 = copy.deepcopy(e)
print(type(e2).__name__, e2.args, e2.args[1] is e.args[1])

# Shared and recursive structures.
shared = [1]
both = [shared, shared, (shared,)]
dc = copy.deepcopy(both)
print(dc[0] is dc[1], dc[2][0] is dc[0], dc[0] is shared)
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc is rec)
rd = {}
rd["self"] = rd
print(copy.deepcopy(rd)["self"] is not rd)
lst = []
tup = (lst,)
lst.append(tup)
tc = copy.deepcopy(tup)
print(tc[0][0] is tc, tc is tup)
obj = Plain(1)
obj.me = obj
oc = copy.deepcopy(obj)
print(oc.me is oc, oc is obj)

# memo argument and bound methods.
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], memo[id(x)] is y[0], len(memo))
m = copy.deepcopy(p.__init__)
print(m.__self__ is p, m.__func__ is p.__init__.__func__)

# copyreg.pickle also drives copies.
class Point:
    def __init__(self, x):
        self.x = x


copyreg.pickle(Point, lambda pt: (Point, (pt.x * 10,)))
print(copy.copy(Point(2)).x, copy.deepcopy(Point(3)).x)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
