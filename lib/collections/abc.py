"""Abstract base classes for containers (ferrython: structural checks, no ABCMeta yet)."""


class _Structural(type):
    _required = ()

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls in getattr(sub, "__mro__", ()):
            return True
        return all(any(name in vars(b) for b in sub.__mro__) for name in cls._required)


class Iterable(metaclass=_Structural):
    _required = ("__iter__",)


class Iterator(Iterable):
    _required = ("__iter__", "__next__")


class Container(metaclass=_Structural):
    _required = ("__contains__",)


class Sized(metaclass=_Structural):
    _required = ("__len__",)


class _CallableMeta(_Structural):
    def __instancecheck__(cls, obj):
        return callable(obj)


class Callable(metaclass=_CallableMeta):
    _required = ("__call__",)


class Hashable(metaclass=_Structural):
    _required = ("__hash__",)


class Awaitable(metaclass=_Structural):
    _required = ("__await__",)


class Generator(Iterator):
    _required = ("__iter__", "__next__", "send", "throw")


class Collection(metaclass=_Structural):
    _required = ("__len__", "__iter__", "__contains__")


class Sequence(Collection):
    _required = ("__len__", "__getitem__")


class MutableSequence(Sequence):
    _required = ("__len__", "__getitem__", "__setitem__", "insert")


class Mapping(Collection):
    _required = ("__getitem__", "__len__", "__iter__", "keys")


class MutableMapping(Mapping):
    _required = ("__getitem__", "__setitem__", "__delitem__", "__len__", "__iter__")


class Set(Collection):
    _required = ("__len__", "__iter__", "__contains__", "isdisjoint")


class MutableSet(Set):
    _required = ("__len__", "__iter__", "__contains__", "add", "discard")
