# An instance dies before its attributes; attributes are released in the order
# they were set.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


class Holder:
    def __init__(self):
        self.a = Noisy("a")
        self.b = Noisy("b")
        self.c = Noisy("c")

    def __del__(self):
        print("Holder.__del__, a is", self.a.name)


h = Holder()
h.d = Noisy("d")
del h
print("--")


class Slotted:
    __slots__ = ("p", "q")

    def __del__(self):
        print("Slotted.__del__")


s = Slotted()
s.q = Noisy("q")
s.p = Noisy("p")
del s
print("end")
