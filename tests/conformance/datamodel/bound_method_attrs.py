# bound methods forward attribute reads to __func__
class C:
    def m(self, a=1, *, k=2) -> int:
        "m doc"
        return a
def documented(self):
    "docstring here"
documented.custom = "attr"
C.d = documented
c = C()
bm = c.m
print(bm.__name__, bm.__qualname__, bm.__doc__, bm.__module__, bm.__defaults__, bm.__kwdefaults__)
print(bm.__annotations__, bm.__code__.co_name, c.d.custom, C.cm.__name__ if hasattr(C, "cm") else "-")
try:
    c.d.custom = 1
except AttributeError as e:
    print(type(e).__name__, e)
class K:
    @classmethod
    def cm(cls): pass
print(K.cm.__name__, K.cm.__qualname__, K().cm.__name__)
print([f.__name__ for f in (c.m, K.cm, [].append, "".join)])
class D:
    meth = documented
print(D().meth.__doc__, K.cm.__doc__, c.m.__doc__)
# bound methods are descriptors too (__get__ returns themselves)
print(c.m.__get__(C()) == c.m, type(c.m).__get__ is not None)
