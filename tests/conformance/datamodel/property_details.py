# property getter/setter/deleter/doc, chaining and copies
class P:
    def __init__(self): self._x = 0
    def getx(self):
        "getter doc"
        return self._x
    def setx(self, v): self._x = v
    def delx(self): print("deleting"); del self._x
    x = property(getx, setx, delx)
    y = property(getx, doc="explicit doc")
    z = property()
p = P()
p.x = 5
print(p.x, P.x.__doc__, P.y.__doc__, P.z.__doc__, P.x.fget.__name__, P.x.fset.__name__, P.x.fdel.__name__)
del p.x
print(hasattr(p, "_x"))
try:
    p.y = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z
except AttributeError as e:
    print(type(e).__name__, e)
# chaining creates new objects
class Q:
    @property
    def v(self):
        "v doc"
        return self._v
    first = v
    @v.setter
    def v(self, val): self._v = val * 2
    second = v
    @v.deleter
    def v(self): self._v = None
print(Q.first is Q.second, Q.second is Q.v, Q.first.fset, Q.v.__doc__, Q.second.fdel)
q = Q()
q.v = 4
print(q.v)
del q.v
print(q.v)
# getter replacement
class R:
    @property
    def w(self): return "orig"
    w2 = w.getter(lambda self: "new")
print(R().w, R().w2)
# property in subclass overriding only the setter
class Base:
    @property
    def val(self): return "base val"
class Sub(Base):
    @Base.val.setter
    def val(self, v): print("sub setter", v)
s = Sub()
s.val = 3
print(s.val)
# property is a data descriptor: beats instance dict
class S:
    @property
    def a(self): return "prop"
o = S()
o.__dict__["a"] = "dict"
print(o.a)
# attributes and type of property
print(type(P.x).__name__, isinstance(P.x, property), callable(P.x.fget))
print(P.x.__get__(p if hasattr(p, "_x") else None, P) is P.x)
p.x = 9
print(P.x.__get__(p, P))
# exception inside getter: AttributeError triggers __getattr__
class G:
    @property
    def broken(self): raise AttributeError("inner")
    def __getattr__(self, name): return "fallback " + name
print(G().broken)
# property with a non-callable fget
bad = property(5)
class H:
    b = bad
try:
    H().b
except TypeError as e:
    print(type(e).__name__, e)
# doc from getter when the getter doc is None
class NoDoc:
    @property
    def n(self): return 1
print(NoDoc.n.__doc__)
