# class keyword arguments reach __prepare__, metaclass __new__/__init__ and __init_subclass__
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return super().__prepare__(name, bases, **kw)
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns, **kw)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class Child(Base, a=1, b=2):
    pass
# metaclass consumes a kwarg before passing the rest on
class Consuming(type):
    def __new__(mcls, name, bases, ns, *, tag=None, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.tag = tag
        return cls
    def __init__(cls, name, bases, ns, *, tag=None, **kw):
        super().__init__(name, bases, ns, **kw)
class Tagged(metaclass=Consuming, tag="t1"):
    def __init_subclass__(cls, **kw):
        print("Tagged.init_subclass", cls.__name__, kw)
class T2(Tagged, tag="t2", other=3): pass
print(Tagged.tag, T2.tag)
# metaclass given as a keyword with other kwargs through type()
try:
    class Bad(metaclass=type, x=1): pass
except TypeError as e:
    print(type(e).__name__, e)
