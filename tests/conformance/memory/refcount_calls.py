# Reference counts seen inside functions, closures and attributes.
import sys


class C:
    pass


def inner(x):
    return sys.getrefcount(x)


o = C()
print(inner(o))
print(sys.getrefcount(o))
holder = C()
holder.attr = o
print(sys.getrefcount(o))
t = (o,)
print(sys.getrefcount(o))


def make():
    captured = C()

    def f():
        return captured

    return f, sys.getrefcount(captured)


fn, count = make()
print(count, sys.getrefcount(fn()))
