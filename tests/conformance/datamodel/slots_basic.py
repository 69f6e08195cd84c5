# __slots__ basics: no __dict__, member descriptors, errors
class P:
    __slots__ = ("x", "y")
    def __init__(self, x): self.x = x
p = P(1)
print(p.x, hasattr(p, "y"), hasattr(p, "__dict__"), hasattr(p, "__weakref__"))
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.y)
del p.y
print(hasattr(p, "y"), type(P.x).__name__)
print(P.__slots__, "x" in P.__dict__, "__dict__" in P.__dict__, "__weakref__" in P.__dict__)
# single string slot
class S:
    __slots__ = "only"
s = S(); s.only = 1
print(S.__slots__, s.only)
# list / dict / iterator as slots
class L:
    __slots__ = ["a", "b"]
class D:
    __slots__ = {"a": "doc for a", "b": None}
class G:
    __slots__ = iter(["g"])
print(L.__slots__, D.__slots__, type(G.__slots__).__name__, type(G.g).__name__)
# empty slots
class E:
    __slots__ = ()
try:
    E().a = 1
except AttributeError as e:
    print(type(e).__name__, e)
# class attributes still readable; can't set on instance
class WithClassAttr:
    __slots__ = ("a",)
    default = 5
w = WithClassAttr()
print(w.default)
# invalid slot names
for bad in ([1], ["x", "x"]):
    try:
        type("Bad", (), {"__slots__": bad})
        print("accepted", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
