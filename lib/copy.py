"""Shallow and deep copies: copy(x) and deepcopy(x[, memo]).

A class controls its copies with __copy__ / __deepcopy__(memo); otherwise the
reduce protocol (copyreg's table, __reduce_ex__(4), __reduce__) is used, as pickle
does.  ferrython's own implementation."""

import copyreg
import types
import weakref

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # the old name


# Objects of these types are their own copies (shallow and deep).
_ATOMIC = {
    type(None), type(...), type(NotImplemented), int, float, bool, complex, bytes, str,
    types.CodeType, type, range, types.BuiltinFunctionType, types.FunctionType,
    weakref.ref, property,
}
# ...and for shallow copies also these.
_SHALLOW_SAME = _ATOMIC | {tuple, frozenset, slice}
_SHALLOW_METHOD = {list: list.copy, dict: dict.copy, set: set.copy, bytearray: bytearray.copy}


def _reduce(x, cls, kind):
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (kind, cls))


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _SHALLOW_SAME:
        return x
    method = _SHALLOW_METHOD.get(cls)
    if method is not None:
        return method(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) -> copy, so shared and recursive
    parts stay shared and recursive."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # An object is not memoized when it is its own copy.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for item in x:
        append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple inside a cycle may have been copied while copying its items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for original, copied in zip(x, items):
        if original is not copied:
            return tuple(items)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _keep_alive(x, memo):
    """Keeps x alive as long as memo: memo's keys are ids, which could otherwise be
    reused by new objects."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
