# A closure's cell keeps its object alive until the function object dies.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


def make():
    captured = Noisy("captured")
    temp = Noisy("temp")

    def inner():
        return captured.name

    return inner


fn = make()
print("made", fn())
del fn
print("--")
lam = (lambda x: lambda: x)(Noisy("lambda-arg"))
print(lam().name)
lam = None
print("end")
