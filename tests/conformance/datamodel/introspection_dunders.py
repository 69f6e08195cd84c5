# __dict__ mappingproxy, __qualname__, __module__, __doc__, __annotations__
class Outer:
    "Outer doc"
    x: int = 1
    y: "str"
    def method(self, a: int, b: "float" = 2.0) -> bool:
        "method doc"
    class Inner:
        def deep(self):
            def local(): pass
            return local
    @staticmethod
    def sm(): pass
print(type(Outer.__dict__).__name__, Outer.__dict__["x"], "method" in Outer.__dict__, "y" in Outer.__dict__)
try:
    Outer.__dict__["z"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del Outer.__dict__["x"]
except TypeError as e:
    print(type(e).__name__, e)
mp = Outer.__dict__
Outer.added = 5
print("added" in mp, mp.get("added"), mp.get("nope", "dflt"), len(mp) > 5)
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.deep.__qualname__, Outer.Inner().deep().__qualname__, Outer.sm.__qualname__)
print(Outer.__module__, Outer.method.__module__, int.__module__, len.__module__, type(None).__module__)
print(Outer.__doc__, Outer.method.__doc__, Outer.Inner.__doc__, Outer.sm.__doc__)
print(Outer.__annotations__, Outer.method.__annotations__)
def f(a, *args: int, k: str = "", **kw: bool) -> None: pass
print(f.__annotations__, f.__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_varnames)
class NoAnn: pass
print(NoAnn.__annotations__ if "__annotations__" in NoAnn.__dict__ else "no own annotations", NoAnn.__doc__)
class SubAnn(Outer):
    z: float
print(SubAnn.__annotations__)
# function __dict__ and attributes
f.custom = 1
print(f.__dict__, vars(f))
# lambdas and nested
g = lambda: 0
print(g.__name__, g.__qualname__)
def outer():
    class Local: pass
    return Local
print(outer().__qualname__, repr(outer()).replace("0x", ""))
# module-level dunders
import sys
print(__name__, type(sys.modules[__name__]).__name__, sys.modules[__name__].__dict__ is globals())
# instance __class__ and type identity
print(Outer().__class__ is Outer, Outer.__class__ is type, type.__class__ is type)
