"""Names for built-in types (ferrython's own implementation of the types module)."""

import sys


def _f():
    pass


async def _c():
    pass


def _g():
    yield 1


async def _ag():
    yield 1


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
GeneratorType = type(_g())
_coro = _c()
CoroutineType = type(_coro)
_coro.close()
AsyncGeneratorType = type(_ag())
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
MappingProxyType = type(type.__dict__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
GetSetDescriptorType = type(type(len).__dict__["__name__"]) if "__name__" in type(len).__dict__ else type(FunctionType.__dict__["__code__"])


class _Slotted:
    __slots__ = ("x",)


MemberDescriptorType = type(_Slotted.__dict__["x"])
del _Slotted
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(sys._getframe())


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())
del _cell_factory
GenericAlias = type(list[int])


class _C:
    def m(self):
        pass


MethodType = type(_C().m)
del _C


class SimpleNamespace:
    def __init__(self, mapping=None, /, **kwargs):
        if mapping is not None:
            kwargs = {**mapping, **kwargs}
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return f"{name}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, bases, ns, **(kwds or {}))


def coroutine(func):
    func._is_coroutine = True
    return func


def _union_arg_repr(a):
    if a is type(None) or a is None:
        return "None"
    if isinstance(a, type):
        if a.__module__ == "builtins":
            return a.__qualname__
        return f"{a.__module__}.{a.__qualname__}"
    return repr(a)


class UnionType:
    """`int | None`: the union of types made by the | operator."""

    def __init__(self, args):
        flat = []
        for a in args:
            if a is None:
                a = type(None)
            parts = a.__args__ if isinstance(a, UnionType) else (a,)
            for p in parts:
                if p not in flat:
                    flat.append(p)
        self.__args__ = tuple(flat)

    def __repr__(self):
        return " | ".join(_union_arg_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if isinstance(other, UnionType):
            return set(self.__args__) == set(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return UnionType((self, other))

    def __ror__(self, other):
        return UnionType((other, self))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)


UnionType.__module__ = "types"


def _make_union(a, b):
    return UnionType((a, b))
