# member descriptors created for slots
class P:
    __slots__ = ("x", "y")
class D:
    __slots__ = {"a": "doc for a", "b": None}
p = P()
p.x = 1
print(type(P.x).__name__, P.x.__name__, P.x.__qualname__, P.x.__objclass__ is P, repr(P.x))
print(P.x.__get__(p, P), P.x.__get__(None, P) is P.x)
P.x.__set__(p, 10)
print(p.x)
P.x.__delete__(p)
print(hasattr(p, "x"), D.a.__doc__, D.b.__doc__)
import types
print(isinstance(P.x, types.MemberDescriptorType))
