# argument errors for methods, constructors, classmethods, staticmethods
class C:
    def __init__(self, a, b=2): pass
    def m(self): pass
    def kw(self, *, k): pass
    @classmethod
    def cm(cls, x): pass
    @staticmethod
    def sm(x): pass
    def __call__(self, y): pass
c = C(1)
cases = [
    lambda: C(),
    lambda: C(1, 2, 3),
    lambda: C(1, c=3),
    lambda: C(1, a=1),
    lambda: c.m(1),
    lambda: C.m(),
    lambda: c.kw(1),
    lambda: c.kw(),
    lambda: c.cm(),
    lambda: C.cm(1, 2),
    lambda: c.sm(),
    lambda: C.sm(1, 2),
    lambda: c(),
    lambda: c(1, 2),
    lambda: C.__init__(c),
    lambda: c.m(x=1),
]
for case in cases:
    try:
        case()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
class Nested:
    class Inner:
        def meth(self, a): pass
try:
    Nested.Inner().meth()
except TypeError as e:
    print(type(e).__name__, e)
def outer():
    class Local:
        def meth(self): pass
    return Local
try:
    outer()().meth(1)
except TypeError as e:
    print(type(e).__name__, e)
class WithNew:
    def __new__(cls, a): return super().__new__(cls)
try:
    WithNew()
except TypeError as e:
    print(type(e).__name__, e)
try:
    WithNew(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
