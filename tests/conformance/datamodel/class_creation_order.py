# order of events when a class statement runs
log = []
class Desc:
    def __init__(self, tag): self.tag = tag
    def __set_name__(self, owner, name): log.append(f"set_name {name}")
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(f"prepare {name} {kw}")
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(f"meta new {name} {kw}")
        cls = super().__new__(mcls, name, bases, ns, **kw)
        log.append(f"meta new done {name}")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(f"meta init {name} {kw}")
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(f"init_subclass {cls.__name__} {kw}")
def deco(cls):
    log.append(f"decorator {cls.__name__}")
    cls.decorated = True
    return cls
def base_expr():
    log.append("bases evaluated")
    return Base
def kw_expr():
    log.append("kwargs evaluated")
    return 1
@deco
class Child(base_expr(), flag=kw_expr()):
    log.append("body start")
    d = Desc("d")
    e = Desc("e")
    log.append("body end")
for line in log:
    print(line)
print(Child.decorated)
# class decorators replacing the class
def replace(cls):
    return f"replaced {cls.__name__}"
@replace
class Gone: pass
print(Gone)
def add_repr(cls):
    cls.__repr__ = lambda self: f"<{cls.__name__} {vars(self)}>"
    return cls
@add_repr
class P:
    def __init__(self): self.a = 1
print(P())
# multiple decorators apply bottom-up
def tag(t):
    def d(cls):
        cls.tags = getattr(cls, "tags", ()) + (t,)
        return cls
    return d
@tag("outer")
@tag("inner")
class T: pass
print(T.tags)
