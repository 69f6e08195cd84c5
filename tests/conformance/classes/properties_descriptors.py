class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
p = Person(); p.name = "Ann"; p.age = 30
print(p.name, p.age, type(Person.name).__name__, p.__dict__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, cls):
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class C:
    @Lazy
    def data(self):
        print("computing")
        return 42
c = C(); print(c.data, c.data)
class WithClassAndStatic:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls.count
    @staticmethod
    def add(a, b):
        return a + b
print(WithClassAndStatic.inc(), WithClassAndStatic().inc(), WithClassAndStatic.add(2, 3), WithClassAndStatic().add(1, 1))
print(type(WithClassAndStatic.__dict__["inc"]).__name__, type(WithClassAndStatic.__dict__["add"]).__name__, WithClassAndStatic.inc.__self__ is WithClassAndStatic)
