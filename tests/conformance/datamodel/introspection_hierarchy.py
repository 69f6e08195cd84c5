# __mro__, mro(), __bases__, __base__, __subclasses__(), isinstance/issubclass
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.__bases__, D.__base__, A.__base__, object.__base__, object.__bases__)
print(D.__mro__ == tuple(D.mro()), [k.__name__ for k in D.mro()])
print([k.__name__ for k in A.__subclasses__()], [k.__name__ for k in B.__subclasses__()], D.__subclasses__())
class E(A): pass
print([k.__name__ for k in A.__subclasses__()])
print(isinstance(D(), (A, int)), issubclass(D, D), issubclass(D, object), issubclass(bool, int), issubclass(int, bool))
print(bool.__mro__, int.__subclasses__()[:1] if False else "", type.__mro__, type(type.mro(type)).__name__)
# mro() on the class object
print([k.__name__ for k in type.mro(D)])
# vars on classes and objects
class V:
    cls_attr = 1
    def __init__(self): self.inst = 2
print(vars(V()), sorted(k for k in vars(V) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def fn():
    local = 1
    return sorted(vars())
print(fn())
# callable() on assorted objects
import functools
print([callable(x) for x in (V, V(), print, V.__init__, functools.partial(print), 1, None, type, lambda: 1)])
