# a class attribute __call__ that is a callable non-function is not bound
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, *args): return (self.n, args)
class Outer:
    __call__ = Adder(100)
print(Outer()(1), Outer()())
class Stat:
    __call__ = staticmethod(lambda *a: ("static", a))
print(Stat()(1, 2))
class Cls:
    __call__ = classmethod(lambda cls, *a: (cls.__name__, a))
print(Cls()(3))
