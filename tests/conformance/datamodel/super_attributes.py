# attributes of super objects
class A:
    def m(self): return "A.m"
    @classmethod
    def cm(cls): return cls.__name__
class B(A): pass
class C(B): pass
c = C()
s = super(C, c)
print(s.__self__ is c, s.__thisclass__.__name__, s.__self_class__.__name__)
s2 = super(B, C)
print(s2.__self__ is C, s2.__thisclass__.__name__, s2.__self_class__.__name__, s2.cm())
u = super(C)
print(u.__self__, u.__thisclass__.__name__, u.__self_class__)
print(repr(s).replace("0x", "@"), repr(u))
bound = u.__get__(c, C)
print(bound.m(), bound.__self__ is c)
class D(C):
    def m(self):
        sp = super()
        return sp.__thisclass__.__name__, sp.__self_class__.__name__, sp.m()
print(D().m())
