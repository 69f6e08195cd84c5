# classmethod and staticmethod descriptors
class C:
    @classmethod
    def cm(cls, x): return (cls.__name__, x)
    @staticmethod
    def sm(x): return ("static", x)
class D(C): pass
print(C.cm(1), D.cm(2), D().cm(3), C.sm(4), D().sm(5))
cm = C.__dict__["cm"]
sm = C.__dict__["sm"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(cm.__get__(None, D)(0), cm.__get__(D())(9), sm.__get__(None, C)(1))
bound = D.cm
print(bound.__self__.__name__, bound.__func__ is cm.__func__)
print(callable(sm), sm(7))
print(isinstance(cm, classmethod), cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__)
print(C.sm.__name__, C.sm.__doc__)
# staticmethod of a class-callable
class Holder:
    make = staticmethod(list)
    conv = classmethod(lambda cls, v: (cls.__name__, v))
print(Holder.make("ab"), Holder().conv(1))
# classmethod on a builtin function
class B:
    fk = classmethod(dict.fromkeys)
print(B.fk if False else "skip", dict.fromkeys.__self__ is dict)
# classmethod wrapping non-callable
c = classmethod(5)
class X:
    m = c
try:
    X.m()
except TypeError as e:
    print(type(e).__name__, e)
# repr
print(repr(staticmethod(len)).startswith("<staticmethod("), repr(classmethod(len)).startswith("<classmethod("))
