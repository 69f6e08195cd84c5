# __set_name__ on class creation
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.owner = owner
        self.name = name
class Model:
    a = Field()
    b = Field()
    c = 5
print(Model.a.name, Model.b.owner.__name__)
# the same object under two names gets called twice
f = Field()
class Twice:
    x = f
    y = f
print(f.name)
# not called when assigned later
Model.late = Field()
print(hasattr(Model.late, "name"))
# manual call
Model.late.__set_name__(Model, "late")
print(Model.late.name)
# type() also triggers it
T = type("T", (), {"fld": Field()})
print(T.fld.name)
# __set_name__ looked up on type
class NotReally:
    pass
nr = NotReally()
nr.__set_name__ = lambda owner, name: print("instance hook!")
class Host2:
    z = nr
print("no instance hook")
# called before __init_subclass__
class Base:
    def __init_subclass__(cls):
        print("init_subclass sees", cls.fld.name)
class Child(Base):
    fld = Field()
# descriptor using set_name for storage
class Stored:
    def __set_name__(self, owner, name): self.key = "_" + name
    def __get__(self, obj, owner): return self if obj is None else getattr(obj, self.key, "unset")
    def __set__(self, obj, v): setattr(obj, self.key, v)
class P:
    v = Stored()
p = P()
print(p.v)
p.v = 3
print(p.v, p.__dict__)
