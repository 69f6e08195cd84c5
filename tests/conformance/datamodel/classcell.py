# __class__ cell and __classcell__ propagation through metaclasses
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("has __classcell__:", "__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=Meta):
    def who(self): return __class__.__name__
    def sup(self): return super().__repr__()[:3]
print(A().who(), A().sup())
class NoCell(metaclass=Meta):
    def f(self): return 1
# __class__ in nested function and in class-level lambda
class D:
    def outer(self):
        def inner(): return __class__.__name__
        return inner()
    lam = lambda self: __class__.__name__
print(D().outer(), D().lam())
class E(D): pass
print(E().outer(), E().lam())
