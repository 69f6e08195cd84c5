"""Shallow and deep copies: copy(x) and deepcopy(x[, memo]), through __copy__,
__deepcopy__, copyreg's table or the reduce protocol."""

import copyreg
import types
import weakref

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

def _reduce(x):
    cls = type(x)
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not getattr(object, "__reduce_ex__", None):
        return x.__reduce_ex__(4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None and reductor is not getattr(object, "__reduce__", None):
        return x.__reduce__()
    return copyreg._reduce_ex(x, 4)


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in (type(None), int, float, bool, complex, str, bytes, tuple, frozenset, type, range,
               types.BuiltinFunctionType, types.FunctionType, type(Ellipsis), type(NotImplemented),
               weakref.ref, property) or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x (shared and recursive parts stay shared/recursive)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in (type(None), int, float, bool, complex, str, bytes, frozenset, type, range,
               types.BuiltinFunctionType, types.FunctionType, type(Ellipsis), type(NotImplemented),
               weakref.ref, property) or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A recursive tuple may have been copied while copying its items.
        if d in memo:
            return memo[d]
        y = x if all(i is j for i, j in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # Keeps the originals alive while memo refers to them by id.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, state_setter=None):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if state_setter is not None:
            state_setter(y, state)
        elif hasattr(y, "__setstate__") and type(y).__setstate__ is not getattr(object, "__setstate__", None):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
