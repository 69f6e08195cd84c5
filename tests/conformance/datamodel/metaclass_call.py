# metaclass __call__: singletons, instance caching, skipping __init__
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value):
        print("Config.__init__", value)
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value)
class Other(metaclass=Singleton):
    pass
print(Other() is Other(), Other() is a)
# metaclass __call__ that doesn't call __init__
class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj
class N(metaclass=NoInit):
    def __init__(self): print("never printed")
print(N(1, 2).args)
# counting instances
class Counting(type):
    def __init__(cls, *a):
        super().__init__(*a)
        cls.count = 0
    def __call__(cls, *a, **k):
        cls.count += 1
        return super().__call__(*a, **k)
class P(metaclass=Counting): pass
class Q(P): pass
P(); P(); Q()
print(P.count, Q.count)
# __call__ returning a non-instance
class Factory(type):
    def __call__(cls, kind):
        return {"int": 0, "str": ""}[kind]
class F(metaclass=Factory): pass
print(repr(F("int")), repr(F("str")))
# __new__ on metaclass can return an existing class
registry = {}
class Reuse(type):
    def __new__(mcls, name, bases, ns):
        if name in registry:
            return registry[name]
        cls = super().__new__(mcls, name, bases, ns)
        registry[name] = cls
        return cls
class X(metaclass=Reuse):
    v = 1
first = X
class X(metaclass=Reuse):
    v = 2
print(X is first, X.v)
# metaclass __init__ kwargs must match
class StrictInit(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
try:
    class Y(metaclass=StrictInit, extra=1): pass
except TypeError as e:
    print(type(e).__name__, e)
