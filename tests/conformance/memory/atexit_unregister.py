# atexit.unregister removes every registration of a function (compared with ==);
# unregistering an unknown function is silently ignored.
import atexit


def a():
    print("a")


def b():
    print("b")


class M:
    def __init__(self, n):
        self.n = n

    def method(self):
        print("method", self.n)


atexit.register(a)
atexit.register(b)
atexit.register(a)
atexit.unregister(a)
atexit.unregister(print)
m = M(1)
atexit.register(m.method)
atexit.unregister(m.method)
atexit.register(M(2).method)
print("main done")
