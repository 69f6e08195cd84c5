# in 3.11 classmethod chains __get__ of the wrapped object (e.g. property)
class Lazy:
    @classmethod
    @property
    def name(cls): return "cls prop " + cls.__name__
class Sub(Lazy): pass
print(Lazy.name, Sub.name, Lazy().name)
class Desc:
    def __get__(self, obj, owner): return ("Desc.get", obj, owner.__name__ if owner else None)
class H:
    d = classmethod(Desc())
print(H.d, H().d)
