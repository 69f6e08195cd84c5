# functools.singledispatch dispatching on user classes and builtin subclasses
# singledispatch on user classes
from functools import singledispatch
@singledispatch
def describe(x): return "object"
@describe.register
def _(x: int): return "int"
@describe.register(list)
def _(x): return "list"
class MyInt(int): pass
print(describe(1), describe(MyInt(2)), describe([1]), describe("s"), describe(True))
class Base: pass
class Derived(Base): pass
@describe.register
def _(x: Base): return "Base"
print(describe(Derived()), describe.dispatch(Derived).__name__, sorted(k.__name__ for k in describe.registry))
