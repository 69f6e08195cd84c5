"""Support for type hints (ferrython's own, partial implementation of typing).

The names most programs import exist and print like CPython's; static-only
features (overload resolution, variance, ParamSpec semantics) are inert at run time.
"""

import types as _types
import collections.abc as _abc

__all__ = [
    "Any", "Callable", "ClassVar", "Dict", "Final", "FrozenSet", "Generic", "Iterable",
    "Iterator", "List", "Literal", "Mapping", "NamedTuple", "NoReturn", "Optional",
    "Protocol", "Sequence", "Set", "Tuple", "Type", "TypeVar", "Union", "cast",
    "get_args", "get_origin", "get_type_hints", "overload", "runtime_checkable",
    "TYPE_CHECKING", "no_type_check", "final", "Awaitable", "Coroutine", "Generator",
    "AsyncIterator", "AsyncGenerator", "TypedDict", "Self", "Never", "Annotated",
]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if obj is type(None) or obj is None:
        return "None"
    return repr(obj)


class _SpecialForm:
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self._name} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
ClassVar = _SpecialForm("ClassVar", lambda self, p: _GenericAlias(self, (p,), name="ClassVar"))
Final = _SpecialForm("Final", lambda self, p: _GenericAlias(self, (p,), name="Final"))


class _GenericAlias:
    def __init__(self, origin, args, *, name=None, inst=True):
        self.__origin__ = origin
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(type(None) if a is None else a for a in args)
        self._name = name
        self._inst = inst
        self.__parameters__ = tuple(a for a in self.__args__ if isinstance(a, TypeVar))

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ((),):
            return f"{name}[()]"
        return f"{name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip(self.__parameters__, params))
        return _GenericAlias(self.__origin__, tuple(subst.get(a, a) for a in self.__args__), name=self._name, inst=self._inst)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f"typing.Optional[{_type_repr(other)}]"
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias, _types.UnionType)):
            return set(self.__args__) == set(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, tuple(a for a in self.__args__ if isinstance(a, type)))


def _union(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        p = type(None) if p is None else p
        parts = p.__args__ if isinstance(p, (_UnionGenericAlias, _types.UnionType)) else (p,)
        for q in parts:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat), name="Union")


def _optional(self, param):
    return Union[param, None]


Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)


def _literal(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _LiteralAlias(self, params)


class _LiteralAlias(_GenericAlias):
    def __repr__(self):
        return f"typing.Literal[{', '.join(repr(a) for a in self.__args__)}]"


Literal = _SpecialForm("Literal", _literal)


def _annotated(self, params):
    return _GenericAlias(self, params, name="Annotated")


Annotated = _SpecialForm("Annotated", _annotated)


class _SpecialGenericAlias:
    """`typing.List` and friends: subscriptable names for builtin containers."""

    def __init__(self, origin, name, nparams=-1, inst=True):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, other):
        return Union[self, other]


List = _SpecialGenericAlias(list, "List", 1, inst=False)
Dict = _SpecialGenericAlias(dict, "Dict", 2, inst=False)
Set = _SpecialGenericAlias(set, "Set", 1, inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, "FrozenSet", 1, inst=False)
Tuple = _SpecialGenericAlias(tuple, "Tuple", -1, inst=False)
Type = _SpecialGenericAlias(type, "Type", 1, inst=False)
Callable = _SpecialGenericAlias(_abc.Callable, "Callable", 2)
Iterable = _SpecialGenericAlias(_abc.Iterable, "Iterable", 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, "Iterator", 1)
Sequence = _SpecialGenericAlias(_abc.Sequence, "Sequence", 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, "Mapping", 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, "MutableMapping", 2)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, "Awaitable", 1)
Generator = _SpecialGenericAlias(_abc.Generator, "Generator", 3)
Coroutine = _SpecialGenericAlias(object, "Coroutine", 3)
AsyncIterator = _SpecialGenericAlias(object, "AsyncIterator", 1)
AsyncGenerator = _SpecialGenericAlias(object, "AsyncGenerator", 2)
DefaultDict = _SpecialGenericAlias(dict, "DefaultDict", 2)


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    """Base class for generic classes: `class Stack(Generic[T])`."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            return _GenericBase(cls, params)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            for a in getattr(base, "__args__", ()):
                if isinstance(a, TypeVar) and a not in params:
                    params.append(a)
        cls.__parameters__ = tuple(params)


class _GenericBase(_GenericAlias):
    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol", False) and not getattr(cls, "_is_runtime_protocol", False):
            if cls is not Protocol:
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if getattr(cls, "_is_runtime_protocol", False):
            return all(hasattr(instance, attr) for attr in _protocol_attrs(cls))
        return super().__instancecheck__(instance)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for attr in base.__dict__:
            if not attr.startswith("_abc_") and attr not in (
                "__abstractmethods__", "__annotations__", "__weakref__", "_is_protocol",
                "_is_runtime_protocol", "__dict__", "__args__", "__slots__", "__next_in_mro__",
                "__parameters__", "__origin__", "__orig_bases__", "__extra__", "__tree_hash__",
                "__doc__", "__subclasshook__", "__init__", "__new__", "__module__", "_MutableMapping__marker",
                "__qualname__", "__protocol_attrs__", "__init_subclass__", "__class_getitem__",
            ):
                attrs.add(attr)
    return attrs


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError("You should not call an overloaded function. A series of @overload-decorated functions outside a stub module should always be followed by an implementation that is not @overload-ed.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _types.GenericAlias)):
        o = tp.__origin__
        return Union if isinstance(tp, _UnionGenericAlias) else o
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, (_GenericAlias, _types.GenericAlias, _types.UnionType)):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = dict(getattr(obj, "__annotations__", None) or {})
    if globalns is None:
        globalns = getattr(obj, "__globals__", {})
    for k, v in hints.items():
        if v is None:
            hints[k] = type(None)
        elif isinstance(v, str):
            hints[k] = eval(v, globalns, localns)
    return hints


def NamedTuple(typename, fields=None, /, **kwargs):
    import collections
    fields = fields if fields is not None else list(kwargs.items())
    return collections.namedtuple(typename, [f for f, _ in fields])


class TypedDict(dict):
    pass


Text = str
