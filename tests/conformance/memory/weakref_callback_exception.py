# An exception raised by a weakref callback is reported as "Exception ignored in"
# on stderr; the other callbacks still run.
import weakref


class C:
    pass


def bad(r):
    raise ValueError("bad callback")


def good(r):
    print("good callback ran")


o = C()
r1 = weakref.ref(o, good)
r2 = weakref.ref(o, bad)
del o
print("continued")
o = C()
r3 = weakref.ref(o, 5)
del o
print("end")
