# functions as descriptors and bound method objects
class C:
    def m(self, x=1): return (type(self).__name__, x)
    def __eq__(self, o): return True
    __hash__ = object.__hash__
c = C()
bm = c.m
print(bm(), bm(5), type(bm).__name__, bm.__self__ is c, bm.__func__ is C.m)
print(C.m(c, 2), type(C.m).__name__, C.__dict__["m"] is C.m)
f = C.__dict__["m"]
print(f.__get__(c)(3), f.__get__(None, C) is f, f.__get__(c, C).__self__ is c)
# bound methods compare by self identity and func
c2 = C()
print(c.m == c.m, c.m is c.m, c.m == c2.m, hash(c.m) == hash(c.m))
# binding to arbitrary objects
def free(self): return self
print(free.__get__(5)(), free.__get__("s", str)())
import types
mb = types.MethodType(free, [1])
print(mb(), mb.__self__)
# calling unbound with the wrong type is allowed (plain function)
print(C.m("not a C"))
# method from a builtin type
lst = [3, 1]
sort = lst.sort
sort()
print(lst, type(sort).__name__, sort.__self__ is lst, sort.__name__)
print(type(list.sort).__name__, type(list.__dict__["sort"]).__name__)
print(list.append.__qualname__, str.join.__name__, repr(list.append))
# lambda and nested function binding
class L:
    f = lambda self: "lambda bound"
    def outer(self):
        def inner(): return "inner not bound"
        return inner
print(L().f(), L().outer()())
# methods in instance dict aren't bound
l = L()
l.g = lambda *a: a
print(l.g(1))
