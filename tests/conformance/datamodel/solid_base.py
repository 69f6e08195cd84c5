# __base__ is the base with the most derived instance layout
class A: pass
class Li(list): pass
class M(A, Li): pass
print(M.__base__.__name__, [k.__name__ for k in M.__mro__])
class S:
    __slots__ = ("x",)
class N(A, S): pass
print(N.__base__.__name__)
class Ex(Exception): pass
class O(A, Ex): pass
print(O.__base__.__name__)
