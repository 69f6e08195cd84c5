# Temporaries die as soon as the expression that created them is done.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)

    def value(self):
        return len(self.name)


print("value", Noisy("temp").value())
Noisy("discarded")
print("next statement")
print([Noisy(c).name for c in "ab"])
print("len", len([Noisy("x"), Noisy("y")]))
result = Noisy("a").name + Noisy("b").name
print(result)
