# __del__ runs as soon as the last reference goes away, before the next statement.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


a = Noisy("a")
b = a
print("del a")
del a
print("del b")
del b
print("after del b")
c = Noisy("c")
d = [c]
del c
print("still in list")
d.pop()
print("after pop")
