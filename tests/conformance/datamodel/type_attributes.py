# attributes of type objects
class C:
    "doc"
    def m(self): pass
for attr in ("__name__", "__qualname__", "__module__", "__doc__", "__bases__", "__base__", "__basicsize__" if False else "__name__"):
    print(attr, repr(getattr(C, attr)))
print(type(C.__dict__["__dict__"]).__name__, type(C.__dict__["__weakref__"]).__name__)
print(type.__name__, type.__qualname__, object.__name__, int.__qualname__)
print(C.__dict__["__doc__"], C.__dict__["__module__"], "__qualname__" in C.__dict__, "__name__" in C.__dict__)
print(repr(C.__dict__["m"]).split(" at ")[0], type(C.m).__name__)
print(sorted(k for k in C.__dict__))
class Sub(C): pass
print(sorted(k for k in Sub.__dict__), Sub.__doc__)
# instance __dict__ is a plain dict
print(type(C().__dict__).__name__, C().__dict__)
# __init__/__new__/__repr__ of builtins accessible from classes
print(C.__init__ is object.__init__, C.__new__ is object.__new__, C.__repr__ is object.__repr__, C.__hash__ is object.__hash__)
print(C.__eq__ is object.__eq__, C.__str__ is object.__str__, C.__class__ is type)
