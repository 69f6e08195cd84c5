# gc.is_tracked for atomic objects, containers and dicts holding only atoms.
import gc


class C:
    pass


class S:
    __slots__ = ()


def f():
    pass


values = [
    0, 1.5, "s", b"b", None, True, 1j, range(3),
    [], [1], {}, {"a": 1}, {"a": []}, {1: "x"}, {"k": {}}, set(), frozenset(),
    C(), S(), C, f, len, (lambda: 0), slice(1), bytearray(),
]
for v in values:
    print(type(v).__name__, gc.is_tracked(v))
d = {}
print(gc.is_tracked(d))
d["x"] = [1]
print(gc.is_tracked(d))
d2 = dict(a=1)
d2["b"] = C()
print(gc.is_tracked(d2))
