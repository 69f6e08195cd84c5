# __class_getitem__ and generic aliases
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[int, str], Box[()])
print(type(Box.__dict__["__class_getitem__"]).__name__)
class Sub(Box): pass
print(Sub[float])
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)
class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
# metaclass __getitem__ wins over __class_getitem__
class Meta(type):
    def __getitem__(cls, item): return "meta getitem"
class Both(metaclass=Meta):
    def __class_getitem__(cls, item): return "class getitem"
print(Both[1])
# builtin generics
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], set[bytes] == set[bytes])
a = list[int]
print(type(a).__name__, a.__origin__, a.__args__)
print(a([1, 2]), isinstance([1], list), list[int] == list[int], list[int] == list[str])
class MyList(list): pass
print(MyList[int], MyList[int]([1]))
# __class_getitem__ as explicit classmethod
class Explicit:
    @classmethod
    def __class_getitem__(cls, item): return ("explicit", cls.__name__, item)
print(Explicit[3])
