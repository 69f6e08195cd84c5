"""Introspection helpers (ferrython's own implementation of part of inspect)."""

import types as _types

CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8

GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"
CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, "__wrapped__") and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError(f"wrapper loop when unwrapping {func!r}")
        seen.add(id(f))
    return f


def _code_flags(obj):
    while hasattr(obj, "__func__"):
        obj = obj.__func__
    code = getattr(obj, "__code__", None)
    return code.co_flags if code is not None else 0


def isfunction(obj):
    return isinstance(obj, _types.FunctionType)


def ismethod(obj):
    return isinstance(obj, _types.MethodType)


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return isinstance(obj, _types.ModuleType)


def isbuiltin(obj):
    return isinstance(obj, _types.BuiltinFunctionType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def isgeneratorfunction(obj):
    return bool(_code_flags(obj) & CO_GENERATOR)


def iscoroutinefunction(obj):
    return bool(_code_flags(obj) & CO_COROUTINE) or getattr(obj, "_is_coroutine", False) is True


def isasyncgenfunction(obj):
    return bool(_code_flags(obj) & CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, _types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, _types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, _types.AsyncGeneratorType)


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), "__await__")


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


class _empty:
    pass


class Parameter:
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self.name = name
        self.kind = kind
        self.default = default
        self.annotation = annotation

    def __str__(self):
        s = self.name
        if self.annotation is not _empty:
            s += f": {_annotation_str(self.annotation)}"
        if self.default is not _empty:
            s += f" = {self.default!r}" if self.annotation is not _empty else f"={self.default!r}"
        if self.kind == Parameter.VAR_POSITIONAL:
            s = "*" + s
        elif self.kind == Parameter.VAR_KEYWORD:
            s = "**" + s
        return s

    def __repr__(self):
        return f'<Parameter "{self}">'


def _annotation_str(a):
    if isinstance(a, type):
        return a.__name__ if a.__module__ == "builtins" else f"{a.__module__}.{a.__qualname__}"
    return repr(a)


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self.parameters = {p.name: p for p in (parameters or [])}
        self.return_annotation = return_annotation

    def __str__(self):
        parts = []
        saw_kwonly_marker = False
        params = list(self.parameters.values())
        for i, p in enumerate(params):
            if p.kind == Parameter.KEYWORD_ONLY and not saw_kwonly_marker:
                if not any(q.kind == Parameter.VAR_POSITIONAL for q in params):
                    parts.append("*")
                saw_kwonly_marker = True
            if p.kind == Parameter.VAR_POSITIONAL:
                saw_kwonly_marker = True
            parts.append(str(p))
            if p.kind == Parameter.POSITIONAL_ONLY and (i + 1 == len(params) or params[i + 1].kind != Parameter.POSITIONAL_ONLY):
                parts.append("/")
        s = f"({', '.join(parts)})"
        if self.return_annotation is not _empty:
            s += f" -> {_annotation_str(self.return_annotation)}"
        return s

    def __repr__(self):
        return f"<Signature {self}>"


def signature(obj, *, follow_wrapped=True):
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        return sig
    bound_self = False
    if ismethod(obj):
        obj = obj.__func__
        bound_self = True
    code = getattr(obj, "__code__", None)
    if code is None:
        raise ValueError(f"no signature found for {obj!r}")
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = obj.__defaults__ or ()
    kwdefaults = obj.__kwdefaults__ or {}
    ann = getattr(obj, "__annotations__", {}) or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        kind = Parameter.POSITIONAL_ONLY if i < nposonly else Parameter.POSITIONAL_OR_KEYWORD
        d = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(names[i], kind, default=d, annotation=ann.get(names[i], _empty)))
    idx = npos
    star = None
    if code.co_flags & CO_VARARGS:
        star = names[npos + nkw]
    for j in range(nkw):
        n = names[npos + j]
        params_kw = Parameter(n, Parameter.KEYWORD_ONLY, default=kwdefaults.get(n, _empty), annotation=ann.get(n, _empty))
        params.append(params_kw)
    if star is not None:
        params.insert(npos, Parameter(star, Parameter.VAR_POSITIONAL, annotation=ann.get(star, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        n = names[npos + nkw + (1 if star is not None else 0)]
        params.append(Parameter(n, Parameter.VAR_KEYWORD, annotation=ann.get(n, _empty)))
    if bound_self and params:
        params = params[1:]
    return Signature(params, return_annotation=ann.get("return", _empty))


def getmembers(obj, predicate=None):
    out = []
    for name in dir(obj):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            out.append((name, value))
    out.sort(key=lambda kv: kv[0])
    return out


def getmro(cls):
    return cls.__mro__


def getdoc(obj):
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)
