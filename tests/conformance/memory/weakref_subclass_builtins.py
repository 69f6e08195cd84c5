# Subclasses of built-in types get weak reference support, except subclasses of
# int, tuple and bytes (variable-size) which cannot.
import weakref


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyStr(str):
    pass


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class MyBytes(bytes):
    pass


class MyFloat(float):
    pass


class MySet(set):
    pass


for cls, arg in ((MyList, [1]), (MyDict, {}), (MyStr, "s"), (MyInt, 1), (MyTuple, (1,)),
                 (MyBytes, b"b"), (MyFloat, 1.5), (MySet, ())):
    try:
        obj = cls(arg)
        print(cls.__name__, weakref.ref(obj)() is obj)
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
