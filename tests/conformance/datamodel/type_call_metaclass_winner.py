# type(name, bases, ns) and type.__new__ pick the most derived metaclass of the bases
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", name)
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=Meta): pass
B = type("B", (A,), {})
print(type(B).__name__)
C = type.__new__(type, "C", (A,), {})
print(type(C).__name__)
from abc import ABC, abstractmethod
D = type("D", (ABC,), {"m": abstractmethod(lambda self: None)})
print(type(D).__name__)
try:
    D()
except TypeError as e:
    print(type(e).__name__, e)
