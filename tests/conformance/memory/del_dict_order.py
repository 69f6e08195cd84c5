# A dying dict releases its entries in insertion order, key before value;
# dict.clear() too; popitem and del d[k] release one entry at once.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)

    def __hash__(self):
        return hash(self.name)


d = {Noisy("k1"): Noisy("v1"), Noisy("k2"): Noisy("v2")}
d[Noisy("k3")] = Noisy("v3")
print("del dict")
del d
print("clear")
d = {"x": Noisy("x"), "y": Noisy("y"), "z": Noisy("z")}
d.clear()
print("del key")
d = {"x": Noisy("x"), "y": Noisy("y")}
del d["y"]
print("popitem")
d["w"] = Noisy("w")
d.popitem()
print("overwrite")
d["x"] = 1
print("end")
