# Rebinding a name releases the old value: __del__ runs during the assignment.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


x = Noisy("first")
print("rebind")
x = Noisy("second")
print("rebound")
x = None
print("set to None")
for i in range(3):
    item = Noisy(f"loop{i}")
    print("iteration", i)
print("loop done")
del item
obj = Noisy("attr-holder")
obj.child = Noisy("child1")
obj.child = Noisy("child2")
print("attr rebound")
del obj.child
print("attr deleted")
