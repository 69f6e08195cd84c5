# __init_subclass__ with keyword arguments
registry = []
class Plugin:
    def __init_subclass__(cls, /, name=None, **kwargs):
        print("init_subclass", cls.__name__, name, kwargs)
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls)
class A(Plugin): pass
class B(Plugin, name="bee"): pass
class C(B): pass
print([c.plugin_name for c in registry])
try:
    class D(Plugin, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)
print([c.__name__ for c in registry])
# implicit classmethod
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
# object.__init_subclass__ rejects kwargs
try:
    class E(kw=1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E2(object, a=1, b=2): pass
except TypeError as e:
    print(type(e).__name__, e)
# not called for the defining class itself
class Root:
    def __init_subclass__(cls, **kw):
        print("Root hook for", cls.__name__, sorted(kw))
class Mid(Root, x=1): pass
class Leaf(Mid, y=2): pass
# multiple inheritance: only first in MRO unless super() chains
class H1:
    def __init_subclass__(cls, **kw):
        print("H1", cls.__name__)
        super().__init_subclass__(**kw)
class H2:
    def __init_subclass__(cls, **kw):
        print("H2", cls.__name__)
        super().__init_subclass__(**kw)
class Multi(H1, H2): pass
# hook sees class attributes already set
class Validated:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [r for r in cls.required if r not in cls.__dict__]
        if missing:
            raise TypeError(f"{cls.__name__} missing {missing}")
class Good(Validated):
    required = ("x",)
    x = 1
try:
    class Bad(Good):
        y = 2
except TypeError as e:
    print(type(e).__name__, e)
print(Good.x)
# type() with kwargs
T = type("T", (Plugin,), {}, name="tee")
print(T.plugin_name)
