# Instance sizes: __dict__ instances are 48 bytes (3.11), __slots__ instances grow
# by 8 per slot; __weakref__ and __dict__ slots count too.
import sys


class Plain:
    pass


class WithInit:
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3


def slotted(n, extra=()):
    return type("S%d" % n, (), {"__slots__": tuple("s%d" % i for i in range(n)) + extra})


print(sys.getsizeof(Plain()), sys.getsizeof(WithInit()))
print([sys.getsizeof(slotted(n)()) for n in range(6)])
print(sys.getsizeof(slotted(2, ("__weakref__",))()), sys.getsizeof(slotted(2, ("__dict__",))()),
      sys.getsizeof(slotted(0, ("__dict__", "__weakref__"))()))


class Sub(slotted(2)):
    __slots__ = ("x",)


print(sys.getsizeof(Sub()))


class IntSub(int):
    pass


class ListSub(list):
    pass


print(sys.getsizeof(IntSub(5)), sys.getsizeof(ListSub()), sys.getsizeof(ListSub([1, 2])))
