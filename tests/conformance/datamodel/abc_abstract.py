# abc.ABCMeta / ABC / abstractmethod
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} area={self.area()}"
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
class Square(Half):
    def perimeter(self): return 4
print(Square().describe(), sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape).__name__, isinstance(Shape, ABCMeta), Shape.area.__isabstractmethod__)
# metaclass=ABCMeta form
class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self): ...
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
# abstract methods can be called via super()
class Impl(Base):
    def run(self): return "impl " + str(super().run())
print(Impl().run())
# register virtual subclass
class Virtual: pass
Base.register(Virtual)
print(issubclass(Virtual, Base), isinstance(Virtual(), Base), Virtual.__mro__)
r = Base.register(int)
print(r is int, isinstance(5, Base))
# __subclasshook__
class Quacks(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacks:
            return any("quack" in B.__dict__ for B in C.__mro__)
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Quacks), isinstance(Duck(), Quacks), issubclass(int, Quacks))
# a class with no abstract methods left after adding later is still instantiable until update
class Late(ABC):
    pass
Late.extra = abstractmethod(lambda self: None)
print(type(Late()).__name__)
# ABC instance with __new__ override still checked
class WithNew(ABC):
    def __new__(cls):
        return super().__new__(cls)
    @abstractmethod
    def m(self): ...
try:
    WithNew()
except TypeError as e:
    print(type(e).__name__, e)
