# A Python __getitem__ runs as an inline frame: results, exceptions, iteration fallback.
class A:
    def __init__(self): self.d = list(range(10))
    def __getitem__(self, i): return self.d[i]
    def get(self, i): return self.d[i]
a = A()
class B:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    B()[5]
except KeyError as e:
    print("KeyError", e)
class C(dict):
    def __getitem__(self, k): return 42
print(C()[1], A()[-1])
class G:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 2
print(list(G()), [x for x in G()])
class B:
    def __getitem__(self, i):
        return 1 / 0
def f():
    return B()[5]
try:
    f()
except ZeroDivisionError as e:
    print("caught", e)
