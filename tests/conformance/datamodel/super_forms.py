# zero-arg and two-arg super in many positions
class A:
    def m(self): return "A.m"
    @classmethod
    def cm(cls): return f"A.cm({cls.__name__})"
    @staticmethod
    def sm(): return "A.sm"
    @property
    def p(self): return "A.p"
    attr = "A.attr"

class B(A):
    def m(self): return "B>" + super().m()
    @classmethod
    def cm(cls): return "B>" + super().cm()
    @staticmethod
    def sm(): return "B>" + super(B, B).sm()
    @property
    def p(self): return "B>" + super().p
    def getattr_(self): return super().attr

class C(B):
    def m(self): return "C>" + super(C, self).m()
    def skip(self): return super(B, self).m()

c = C()
print(c.m(), C.cm(), C.sm(), c.p, c.getattr_(), c.skip())
print(super(C, c).m(), super(B, c).m())
s = super(C, c)
print(type(s).__name__)
s2 = super(C, C)
print(s2.cm())
try:
    super(int, c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(C, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(c, c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(C, c).nonexistent
except AttributeError as e:
    print(type(e).__name__, e)

# super in __init__ chain with cooperative kwargs
class Base:
    def __init__(self, **kw):
        self.rest = kw
class Left(Base):
    def __init__(self, left=0, **kw):
        self.left = left
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=0, **kw):
        self.right = right
        super().__init__(**kw)
class Both(Left, Right):
    pass
b = Both(left=1, right=2, other=3)
print(b.left, b.right, b.rest)

# zero-arg super outside a method
def f():
    return super()
try:
    f()
except RuntimeError as e:
    print(type(e).__name__, e)
class D:
    def g(self):
        def inner():
            return super()
        return inner()
try:
    D().g()
except RuntimeError as e:
    print(type(e).__name__, e)
class E:
    def g(self):
        return [super().__repr__ is not None for _ in range(2)]
try:
    print(E().g())
except TypeError as e:
    print(type(e).__name__, e)
# __class__ cell
class G:
    def k(self): return __class__.__name__
class H(G): pass
print(H().k())
# super in __new__
class N:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.args = a
        return inst
print(N(1, 2).args)
