# weakref.ref: liveness, callbacks and their order, sharing, hashing, equality.
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


n = Node("a")
r = weakref.ref(n)
print(r() is n, r() , weakref.getweakrefcount(n))
print(weakref.ref(n) is r, type(r).__name__, weakref.ref is weakref.ReferenceType)
print(r.__callback__)
print(n.__weakref__ is r)

# Callbacks run as soon as the referent dies, newest callback reference first.
log = []
r1 = weakref.ref(n, lambda w: log.append(("cb1", w is r1, w())))
r2 = weakref.ref(n, lambda w: log.append(("cb2", w is r2)))
print(weakref.getweakrefcount(n), weakref.getweakrefs(n) == [r, r2, r1])
print(r1 is not r2, r1.__callback__ is not None)
del n
log.append("after del")
print(log)
print(r(), r1(), weakref.getweakrefcount(Node("x")))

# A dead weak reference whose callback never ran: the callback is dropped.
m = Node("m")
wcb = weakref.ref(m, lambda w: print("never"))
del wcb
del m
print("no callback for a freed ref")

# Hash: the referent's, remembered after death; unhashable once dead if never hashed.
k = Node("k")
rk = weakref.ref(k)
h = hash(rk)
print(h == hash(k))
del k
print(hash(rk) == h)
j = Node("j")
rj = weakref.ref(j)
del j
try:
    hash(rj)
except TypeError as e:
    print("TypeError:", e)

# Equality: referents compared while both alive, identity once dead.
class Same:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__

a, b = Same(), Same()
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, ra != rb, ra == 1, ra != 1)
del a
print(ra == rb, ra == ra, ra != rb)

# Which objects can be weakly referenced.
class Slotted:
    __slots__ = ("x",)

class SlottedWeak:
    __slots__ = ("x", "__weakref__")

class Sub(Slotted):
    pass

class IntSub(int):
    pass

class ListSub(list):
    pass

def f():
    pass

for value in (1, 1.5, "s", b"b", (1,), [1], {}, None, object(), Slotted(), IntSub(3), range(2)):
    try:
        weakref.ref(value)
        print("ok", type(value).__name__)
    except TypeError as e:
        print("TypeError:", e)
for value in (SlottedWeak(), Sub(), ListSub(), f, len, Node, {1}, frozenset(), (x for x in ()), weakref):
    print("ok", type(value).__name__, weakref.ref(value)() is value)
print(hasattr(Slotted(), "__weakref__"), hasattr(SlottedWeak(), "__weakref__"), "__weakref__" in Node.__dict__)

# Callbacks and __del__: the finalizer runs first, the weak reference is dead in
# the callback.
class Fin:
    def __del__(self):
        print("__del__", wf() is self)

o = Fin()
wf = weakref.ref(o, lambda w: print("callback", w()))
del o
print("done")

# An exception in a callback is reported, not raised.
q = Node("q")
wq = weakref.ref(q, lambda w: 1 / 0)
del q
print("continued")

# Subclasses of ref
class Tagged(weakref.ref):
    def __init__(self, obj, callback=None, tag=""):
        super().__init__(obj, callback)
        self.tag = tag

t = Node("t")
tr = Tagged(t, None, tag="hello")
print(tr.tag, tr() is t, isinstance(tr, weakref.ref), weakref.ref(t) is tr)
