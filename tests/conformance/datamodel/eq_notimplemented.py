# __eq__/__ne__ returning NotImplemented fall back to the other side then identity
calls = []
class A:
    def __eq__(self, o):
        calls.append("A.eq")
        return NotImplemented
class B:
    def __eq__(self, o):
        calls.append("B.eq")
        return NotImplemented
a, b = A(), B()
print(a == b, calls); calls.clear()
print(a != b, calls); calls.clear()
print(a == a, calls); calls.clear()
print(a != a, calls); calls.clear()
class Yes:
    def __eq__(self, o): return True
print(a == Yes(), Yes() == a, calls); calls.clear()
print(a != Yes(), calls); calls.clear()
class OnlyNe:
    def __ne__(self, o): return "custom ne"
print(OnlyNe() != 1, OnlyNe() == 1, 1 != OnlyNe())
class NeFromEq:
    def __eq__(self, o): return "truthy string"
print(NeFromEq() != 1)
class EqReturnsNI:
    def __eq__(self, o): return NotImplemented
x = EqReturnsNI()
print(x == x, x == EqReturnsNI(), x != x, [x].count(x), x in [EqReturnsNI()])
# comparing with builtins
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if isinstance(o, (int, Num)):
            return self.v == (o.v if isinstance(o, Num) else o)
        return NotImplemented
    __hash__ = None
print(Num(1) == 1, 1 == Num(1), Num(1) == "1", "1" == Num(1), Num(2) != 2, 2 != Num(3), [1, 2].index(Num(2)))
print((1, Num(2)) == (1, 2), {"k": Num(1)} == {"k": 1}, [Num(3)] == [3])
# bool(NotImplemented) deprecation -> still truthy in 3.11 with a warning
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(bool(NotImplemented))
print(repr(NotImplemented), type(NotImplemented).__name__, NotImplemented is NotImplemented)
