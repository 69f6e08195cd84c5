# Which built-in objects can be weakly referenced.
import sys
import weakref


def func():
    pass


class C:
    def m(self):
        pass


candidates = [
    1, True, 2.5, 3j, "str", b"bytes", bytearray(b"x"), (1, 2), [1], {"a": 1}, {1}, frozenset({1}),
    None, ..., NotImplemented, range(3), slice(1, 2), object(), memoryview(b"ab"),
    iter([1]), iter(()), iter(""), iter({}), enumerate([]), zip(), map(abs, []),
    property(), staticmethod(func), classmethod(func), super(C, C()),
    func, len, C.m, C().m, [].append, C, int, sys, func.__code__,
    (x for x in ()), Exception(), ValueError("v"), type(None), NotImplementedError,
]
for value in candidates:
    try:
        weakref.ref(value)
        print("ok       ", type(value).__name__)
    except TypeError as e:
        print("TypeError", e)
