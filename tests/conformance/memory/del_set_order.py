# A dying set releases its items in hash-table order.
class Noisy:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return self is other

    def __del__(self):
        print("__del__", self.n)


s = {Noisy(5), Noisy(1), Noisy(3), Noisy(12), Noisy(0)}
print("del set")
del s
print("discard")
s = {Noisy(7), Noisy(2)}
keep = list(s)
s.clear()
print("cleared, kept", sorted(n.n for n in keep))
del keep
print("end")
