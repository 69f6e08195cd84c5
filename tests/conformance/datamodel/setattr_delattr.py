# __setattr__ and __delattr__ hooks
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)

o = Logged()
o.b = 2
o.a += 10
print(o.a, o.b, vars(o))
del o.b
try:
    del o.b
except AttributeError as e:
    print(type(e).__name__, e)
setattr(o, "c", 3)
delattr(o, "c")

class ReadOnly:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only ({name})")
try:
    ReadOnly().x = 1
except AttributeError as e:
    print(type(e).__name__, e)

class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, k, v):
        raise TypeError("frozen")
    __delattr__ = __setattr__
f = Frozen(5)
print(f.x)
for action in ("set", "del"):
    try:
        if action == "set":
            f.x = 1
        else:
            del f.x
    except TypeError as e:
        print(action, type(e).__name__, e)

# __setattr__ with property in class: property still invoked via object.__setattr__
class WithProp:
    def __init__(self):
        self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val):
        print("prop setter", val)
        object.__setattr__(self, "_v", val)
    def __setattr__(self, k, val):
        print("__setattr__", k)
        object.__setattr__(self, k, val)
w = WithProp()
w.v = 7
print(w.v)

# augmented assignment calls getattr then setattr
class Aug:
    def __getattr__(self, name):
        print("getattr", name)
        return 100
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
a = Aug()
a.n += 1
a.n += 1
print(a.n)

# object.__setattr__ on a type is refused
try:
    object.__setattr__(1, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
# setattr on class object
class K: pass
K.z = 1
print(K.z, K().z)
del K.z
try:
    del K.z
except AttributeError as e:
    print(type(e).__name__, e)
