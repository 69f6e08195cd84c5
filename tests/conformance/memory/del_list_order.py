# When a list dies its items are released from the last to the first; list.clear()
# and slice deletion do the same.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


items = [Noisy(i) for i in range(4)]
print("del list")
del items
print("clear")
items = [Noisy(f"c{i}") for i in range(3)]
items.clear()
print("slice")
items = [Noisy(f"s{i}") for i in range(5)]
del items[1:4]
print("remaining", [n.name for n in items])
items[:] = []
print("reassign slice done")
nested = [[Noisy("inner-a"), Noisy("inner-b")], Noisy("outer")]
del nested
print("end")
