# data vs non-data descriptors vs instance __dict__
class Data:
    def __init__(self, name): self.name = name
    def __get__(self, obj, owner):
        return f"Data.get({self.name}, {type(obj).__name__}, {owner.__name__})"
    def __set__(self, obj, value):
        print("Data.set", self.name, value)
class NonData:
    def __get__(self, obj, owner):
        return f"NonData.get({type(obj).__name__})"
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.set", value)
class DelOnly:
    def __delete__(self, obj):
        print("DelOnly.delete")
class C:
    d = Data("d")
    nd = NonData()
    so = SetOnly()
    do = DelOnly()
c = C()
print(c.d, c.nd, C.d, C.nd)
c.__dict__["d"] = "inst d"
c.__dict__["nd"] = "inst nd"
print(c.d, c.nd)
c.d = 1
c.nd = 2
print(c.__dict__)
print(type(C.so).__name__)
c.so = 5
del c.do
# descriptor found on a base class
class D(C): pass
print(D().d, D.nd)
# descriptor on metaclass affects class attribute access
class MetaDesc(type):
    md = Data("meta")
class WithMeta(metaclass=MetaDesc):
    pass
print(WithMeta.md)
WithMeta.md = 3
# class attribute shadowing metaclass non-data descriptor
class MetaND(type):
    x = NonData()
class K(metaclass=MetaND):
    x = "class K own"
print(K.x)
class K2(metaclass=MetaND):
    pass
print(K2.x)
# descriptor instances are not used when stored in instance dict
c2 = C()
c2.__dict__["extra"] = NonData()
print(type(c2.extra).__name__)
# __get__ called with None for class access
class Recorder:
    def __get__(self, obj, owner=None):
        return (obj, owner.__name__ if owner else None)
class R:
    r = Recorder()
print(R.r, R().r[1], Recorder().__get__(None, R))
# __set__ on class access replaces the descriptor
R.r = "replaced"
print(R.r)
