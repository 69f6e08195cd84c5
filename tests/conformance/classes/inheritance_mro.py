class A:
    def who(self): return "A"
    def chain(self): return ["A"]
class B(A):
    def who(self): return "B" + super().who()
    def chain(self): return ["B"] + super().chain()
class C(A):
    def who(self): return "C" + super().who()
    def chain(self): return ["C"] + super().chain()
class D(B, C):
    def chain(self): return ["D"] + super().chain()
d = D()
print(d.who(), d.chain(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
print(isinstance(d, A), issubclass(D, (int, C)), B.__subclasses__(), A.__subclasses__())
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init__(self, x):
        self.x = x
class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
obj = Derived(1, 2)
print(obj.x, obj.y, vars(obj), Derived.__bases__, Derived.__name__, Derived.__qualname__, Derived.__module__)
print(super(Derived, obj).__init__ is not None, type(obj).__mro__[-1], object.__subclasses__ is not None)
class Mixin:
    def greet(self): return f"hi from {type(self).__name__}"
class Combo(Mixin, Derived): pass
print(Combo(1, 2).greet(), [c.__name__ for c in Combo.__mro__])
class Abstract:
    def area(self): raise NotImplementedError
class Sq(Abstract):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print([s.area() for s in [Sq(2), Sq(3)]])
