# C3 linearisation on several hierarchies, and the inconsistent-MRO errors
def names(cls):
    return [c.__name__ for c in cls.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for k in (K1, K2, K3, Z):
    print(k.__name__, names(k))

# diamond
class Top: pass
class L(Top): pass
class R(Top): pass
class Bottom(L, R): pass
print(names(Bottom))
print(Bottom.mro() == list(Bottom.__mro__), type(Bottom.mro()).__name__, type(Bottom.__mro__).__name__)

# inconsistent orders
try:
    class Bad(L, Top, R): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(Top, L): pass
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad3(XY, YX): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class WithObj(object, X): pass
except TypeError as e:
    print(type(e).__name__, e)
class WithObj2(X, object): pass
print(names(WithObj2))

# builtins in the hierarchy
class MyList(list): pass
class MyDictList(dict): pass
print(names(MyList), names(bool), names(MyDictList))
class IntStr(int): pass
class Mix(IntStr, X): pass
print(names(Mix))
try:
    class Lay(int, str): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Lay2(list, dict): pass
except TypeError as e:
    print(type(e).__name__, e)
# method resolution follows MRO
class P1:
    def who(self): return "P1"
class P2:
    def who(self): return "P2"
class Q1(P1): pass
class Q2(P2):
    def who(self): return "Q2"
class End(Q1, Q2): pass
print(End().who(), names(End))
