# *bases and **kwargs unpacking in a class statement
class M(type): pass
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
bases = (Base,)
opts = {"a": 10}
class FromStar(*bases): pass
class FromDict(Base, **opts): pass
class Both(*bases, b=20, **opts): pass
kw = {"metaclass": M}
class WithMeta(**kw): pass
print([c.__name__ for c in Both.__mro__], type(WithMeta).__name__)
class Empty(*(), **{}): pass
print(Empty.__bases__)
