"""Helpers for pickle and copy: the reduce protocol's reconstructors and the table
of reduction functions registered for classes."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers `pickle_function(obj) -> reduce tuple` for instances of ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _slotnames(cls):
    """The names of all __slots__ of cls and its bases (mangled), cached on cls."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__["__slots__"]
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    if name.startswith("__") and not name.endswith("__"):
                        stripped = c.__name__.lstrip("_")
                        if stripped:
                            name = "_%s%s" % (stripped, name)
                    names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


def _default_getstate(obj):
    """What object.__getstate__ returns in 3.11: the instance dict (None when empty),
    paired with a dict of slot values when the class has slots."""
    state = getattr(obj, "__dict__", None)
    if not state:
        state = None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _reduce_ex(obj, proto):
    """object.__reduce_ex__(proto) for classes that do not define their own."""
    cls = type(obj)
    getstate = getattr(obj, "__getstate__", None)
    if proto >= 2:
        getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
        if getnewargs_ex is not None:
            args, kwargs = getnewargs_ex()
            func, fargs = (__newobj_ex__, (cls, tuple(args), kwargs)) if kwargs else (__newobj__, (cls,) + tuple(args))
        else:
            getnewargs = getattr(obj, "__getnewargs__", None)
            args = tuple(getnewargs()) if getnewargs is not None else ()
            func, fargs = __newobj__, (cls,) + args
        state = getstate() if getstate is not None else _default_getstate(obj)
        listitems = iter(obj) if isinstance(obj, list) else None
        dictitems = iter(obj.items()) if isinstance(obj, dict) else None
        return (func, fargs, state, listitems, dictitems)
    # Protocols 0 and 1: copyreg._reconstructor with the first builtin base.
    for base in cls.__mro__:
        if not (hasattr(base, "__flags__") and base.__flags__ & (1 << 9)) and base.__module__ == "builtins" and base is not cls:
            break
    else:
        base = object
    base = object if base.__module__ != "builtins" else base
    state = None if base is object else base(obj)
    args = (cls, base, state)
    dict_state = getattr(obj, "__dict__", None) or None
    if dict_state:
        return (_reconstructor, args, dict_state)
    return (_reconstructor, args)


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    key = (module, name)
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
