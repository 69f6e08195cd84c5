# A dying tuple releases its items from the last to the first.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


t = (Noisy("a"), Noisy("b"), Noisy("c"))
del t
print("--")
t = tuple(Noisy(i) for i in range(3))
t = None
print("--")
a, b = Noisy("unpack-a"), Noisy("unpack-b")
del b, a
print("end")
