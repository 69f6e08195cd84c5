# assigning __bases__ of a class
class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
class C(A): pass
c = C()
print(c.f())
C.__bases__ = (B,)
print(c.f(), [k.__name__ for k in C.__mro__], C.__base__.__name__)
try:
    C.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.__bases__ = (C,)
except TypeError as e:
    print(type(e).__name__, e)
class D(C): pass
try:
    C.__bases__ = (D,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.__bases__ = (int,)
except TypeError as e:
    print(type(e).__name__, e)
C.__bases__ = (A, B)
print([k.__name__ for k in C.__mro__], [k.__name__ for k in D.__mro__], D().f())
