"""Support shared by pickle and copy: the table of reduction functions registered
per class, the reconstructors named in pickles (__newobj__, __newobj_ex__,
_reconstructor), the extension registry, and the default reduce protocol of
object (ferrython's object.__reduce_ex__/__reduce__/__getstate__ call _reduce_ex
and _default_getstate below).  ferrython's own implementation."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers pickle_function(obj) -> reduce value for instances of exactly ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def _complex_reduce(c):
    return complex, (c.real, c.imag)


pickle(complex, _complex_reduce)


# ---- reconstructors referenced by pickles ----

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """cls.__new__(cls, *args, **kwargs), for NEWOBJ_EX-style reductions."""
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


# ---- the default reduce protocol ----

def _is_python_class(cls):
    # Classes made by a class statement carry __module__ in their own namespace;
    # the interpreter's built-in types do not.
    return isinstance(cls.__dict__.get("__module__"), str)


def _builtin_base(cls):
    """The first class of cls's MRO that is not defined in Python."""
    for base in cls.__mro__:
        if not _is_python_class(base):
            return base
    return object


def _type_name(cls):
    if _is_python_class(cls) or cls.__module__ == "builtins":
        return cls.__name__
    return "%s.%s" % (cls.__module__, cls.__name__)


def _slotnames(cls):
    """Names of the slots of cls and its bases (private names mangled), cached
    as cls.__slotnames__."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            declared = klass.__dict__["__slots__"]
            if isinstance(declared, str):
                declared = (declared,)
            for slot in declared:
                if slot == "__dict__" or slot == "__weakref__":
                    continue
                if slot.startswith("__") and not slot.endswith("__"):
                    owner = klass.__name__.lstrip("_")
                    if owner:
                        slot = "_" + owner + slot
                names.append(slot)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


def _default_getstate(obj, required=False):
    """object.__getstate__(): the instance dict (None when missing or empty),
    paired with a dict of the slot values when there are any."""
    cls = type(obj)
    if required and _builtin_base(cls) not in (object, BaseException):
        raise TypeError("cannot pickle %r object" % _type_name(cls))
    state = getattr(obj, "__dict__", None)
    if not state:
        state = None
    names = _slotnames(cls)
    if names:
        slots = {}
        missing = object()
        for name in names:
            value = getattr(obj, name, missing)
            if value is not missing:
                slots[name] = value
        if slots:
            state = (state, slots)
    return state


_object_getstate = object.__dict__.get("__getstate__")


def _getstate(obj, required):
    getstate = type(obj).__getstate__
    if getstate is _object_getstate:
        return _default_getstate(obj, required)
    return obj.__getstate__()


def _own_builtin_reduce(obj, proto):
    """Reductions of built-in types whose own __reduce__ ferrython lacks."""
    cls = type(obj)
    if isinstance(obj, (set, frozenset)):
        return cls, (list(obj),), _getstate(obj, False)
    if isinstance(obj, bytearray):
        state = _getstate(obj, False)
        if not obj:
            return cls, (), state
        return cls, (bytes(obj),), state
    if cls is range:
        return range, _range_args(obj)
    if cls is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if cls is type(len):
        owner = obj.__self__
        if owner is None or type(owner).__name__ == "module":
            return obj.__qualname__
        return getattr, (owner, obj.__name__)
    if cls is type(...):
        return "Ellipsis"
    if cls is type(NotImplemented):
        return "NotImplemented"
    return None


def _range_args(r):
    try:
        return (r.start, r.stop, r.step)
    except AttributeError:
        # (ferrython's range lacks start/stop/step: read them from its repr.)
        args = tuple(int(x) for x in repr(r)[6:-1].split(","))
        return args if len(args) == 3 else args + (1,)


def _getnewargs(obj):
    """(args, kwargs) from __getnewargs_ex__/__getnewargs__, or (None, None)."""
    cls = type(obj)
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        value = getnewargs_ex()
        if not isinstance(value, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(value).__name__)
        if len(value) != 2:
            raise TypeError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(value))
        args, kwargs = value
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
        return args, kwargs
    getnewargs = getattr(obj, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        return args, None
    if isinstance(obj, complex):
        return (obj.real, obj.imag), None
    if isinstance(obj, bytes):
        return (bytes(obj),), None
    return None, None


def _reduce_newobj(obj, proto):
    cls = type(obj)
    args, kwargs = _getnewargs(obj)
    hasargs = args is not None
    if not kwargs:
        func, fargs = __newobj__, (cls,) + (args or ())
    else:
        func, fargs = __newobj_ex__, (cls, args, kwargs)
    state = _getstate(obj, not hasargs and not isinstance(obj, (list, dict)))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return func, fargs, state, listitems, dictitems


def _reduce_old(obj, proto):
    """Protocols 0 and 1: rebuild through _reconstructor(cls, base, base(obj))."""
    cls = obj.__class__
    base = _builtin_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        state = base(obj)
    args = (cls, base, state)
    getstate = getattr(obj, "__getstate__", None)
    if getstate is None:
        if getattr(obj, "__slots__", None):
            raise TypeError("cannot pickle %r object: a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled with protocol %d" % (cls.__name__, proto))
        d = getattr(obj, "__dict__", None)
    else:
        if type(obj).__getstate__ is _object_getstate and getattr(obj, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
        d = getstate()
    if d:
        return _reconstructor, args, d
    return _reconstructor, args


def _reduce_ex(obj, proto):
    """object.__reduce_ex__(proto) for classes without a __reduce__ of their own."""
    rv = _own_builtin_reduce(obj, proto)
    if rv is not None:
        return rv
    if proto >= 2:
        return _reduce_newobj(obj, proto)
    return _reduce_old(obj, proto)


# ---- the extension registry (EXT1/EXT2/EXT4 opcodes) ----

_extension_registry = {}                # (module, name) -> code
_inverted_registry = {}                 # code -> (module, name)
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Registers an extension code for the global module.name."""
    code = int(code)
    if not 1 <= code <= 0x7FFFFFFF:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregisters an extension code (for testing only)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
