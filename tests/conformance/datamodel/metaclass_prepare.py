# __prepare__ and the class namespace
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"injected": "from prepare"}
    def __new__(mcls, name, bases, ns, **kw):
        print("new sees", [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=OrderedMeta, opt=1):
    b = injected + "!"
    a = 2
print(A.injected, A.b)
# custom mapping records assignment order and duplicates
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.history = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.history.append(key)
        super().__setitem__(key, value)
class RecMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.history = ns.history
        return cls
class R(metaclass=RecMeta):
    x = 1
    y = 2
    x = 3
    def method(self): pass
    z: int = 4
print(R.history, R.x)
# namespace lookups go through __getitem__ of the mapping (class body names)
class Defaulting(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key[5:].upper()
        raise KeyError(key)
class DefMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Defaulting()
class D(metaclass=DefMeta):
    value = auto_hello
    other = len("abc")
print(D.value, D.other)
# default __prepare__ returns a dict
print(type(type.__prepare__("X", ())).__name__, type.__prepare__("X", (), a=1))
