# Locals die when the function returns, in the order of the frame's local slots
# (parameters first, then locals in order of first use); the return value survives.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


def f(p):
    one = Noisy("one")
    two = Noisy("two")
    three = Noisy("three")
    keep = Noisy("returned")
    print("returning")
    return keep


r = f(Noisy("param"))
print("returned", r.name)
del r


def g():
    later = None
    first = Noisy("first-created")
    later = Noisy("later-slot")
    print("g returning")


g()
print("after g")


def h():
    x = Noisy("raised-through")
    raise ValueError("boom")


try:
    h()
except ValueError:
    print("caught")
print("after except")
