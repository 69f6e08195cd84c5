# dir() on instances, classes, modules, custom __dir__
class Base:
    b = 1
    def bm(self): pass
class Child(Base):
    c = 2
    def __init__(self):
        self.i = 3
def mine(lst):
    return [n for n in lst if not n.startswith("__")]
print(mine(dir(Child())), mine(dir(Child)), mine(dir(Base)))
print(dir(Child()) == sorted(dir(Child())))
print("__init__" in dir(Child), "__class__" in dir(Child()), "__dict__" in dir(Child()))
print("mro" in dir(Child), "mro" in dir(type))

class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "beta"]
print(dir(Custom()))
class CustomTuple:
    def __dir__(self):
        return ("b", "a")
print(dir(CustomTuple()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)

class Slotted:
    __slots__ = ("s1", "s2")
print(mine(dir(Slotted())), "__dict__" in dir(Slotted()))

class Meta(type):
    def meta_method(cls): pass
class WithMeta(metaclass=Meta):
    x = 1
print(mine(dir(WithMeta)), "meta_method" in dir(WithMeta))

# dir() of builtins
print(mine(dir(1))[:8], len(mine(dir(list))), mine(dir(list)))
print(mine(dir(dict)))
print(mine(dir(str)))
# dir() with no args in a function
def f():
    a = 1
    b = 2
    return dir()
print(f())
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
