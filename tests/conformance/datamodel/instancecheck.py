# __instancecheck__ / __subclasscheck__ on metaclasses
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int
class IntLike(metaclass=Meta): pass
print(isinstance(5, IntLike), isinstance("s", IntLike), issubclass(int, IntLike), issubclass(str, IntLike))
# exact type match short-circuits __instancecheck__
print(isinstance(IntLike(), IntLike))
# tuples of classes
print(isinstance(5, (str, IntLike)), issubclass(bool, (IntLike, float)))
# result coerced to bool
class Truthy(type):
    def __instancecheck__(cls, obj): return "yes"
    def __subclasscheck__(cls, sub): return 0
class T(metaclass=Truthy): pass
print(isinstance(1, T), issubclass(int, T))
# __instancecheck__ defined on the class itself is not used
class NotMeta:
    def __instancecheck__(self, obj): return True
print(isinstance(1, NotMeta))
# errors
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(5, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, (int, 5))
    print("short-circuit ok")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(str, (int, 5))
except TypeError as e:
    print(type(e).__name__, e)
# nested tuples
print(isinstance(1, (str, (bytes, (int,)))), issubclass(bool, ((), (int,))))
# union types
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str))
