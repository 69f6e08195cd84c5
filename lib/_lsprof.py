"""The profiler behind cProfile, built on sys.setprofile (ours, in Python).

Each function (code object) or builtin gets an entry: how often it was called, how
often while already running (recursion), the time spent in it alone ("inline") and
in it and everything it called ("total", counted for the outermost call only)."""

import sys
from time import perf_counter


class profiler_entry:
    __slots__ = ("code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls")

    def __init__(self, code):
        self.code = code
        self.callcount = 0
        self.reccallcount = 0
        self.totaltime = 0.0
        self.inlinetime = 0.0
        self.calls = None

    def __iter__(self):
        return iter((self.code, self.callcount, self.reccallcount, self.totaltime, self.inlinetime, self.calls))

    def __len__(self):
        return 6

    def __getitem__(self, i):
        return tuple(self)[i]

    def __repr__(self):
        return ("_lsprof.profiler_entry(code=%r, callcount=%d, reccallcount=%d, totaltime=%r, inlinetime=%r, calls=%r)"
                % tuple(self))


profiler_entry.__module__ = "_lsprof"


def _builtin_label(func):
    """How CPython's profiler names a builtin: '<built-in method builtins.len>' or
    "<method 'append' of 'list' objects>"."""
    name = getattr(func, "__name__", "?")
    if type(func).__name__ in ("method_descriptor", "wrapper_descriptor"):
        # An unbound method called with its object as first argument.
        qual = getattr(func, "__qualname__", name).rpartition(".")[0] or "object"
        return "<method '%s' of '%s' objects>" % (name, qual)
    owner = getattr(func, "__self__", None)
    if owner is None or type(owner).__name__ == "module":
        module = getattr(func, "__module__", None)
        if module:
            return "<built-in method %s.%s>" % (module, name)
        return "<built-in method %s>" % name
    cls = type(owner)
    qual = cls.__qualname__
    if cls.__module__ not in ("builtins", None):
        qual = "%s.%s" % (cls.__module__, qual)
    return "<method '%s' of '%s' objects>" % (name, qual)


class Profiler:
    """Profiler(timer=None, timeunit=0.0, subcalls=True, builtins=True)"""

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        self._timer = timer if timer is not None else perf_counter
        self._builtins = builtins
        self._entries = {}
        # Active calls: [entry, start time, time spent in callees, outermost?]
        self._stack = []
        self._active = {}

    def _entry(self, key):
        e = self._entries.get(key)
        if e is None:
            e = self._entries[key] = profiler_entry(key)
        return e

    def _push(self, key, now):
        e = self._entry(key)
        e.callcount += 1
        depth = self._active.get(key, 0)
        if depth:
            e.reccallcount += 1
        self._active[key] = depth + 1
        self._stack.append([e, now, 0.0, depth == 0, key])

    def _pop(self, now):
        e, start, sub, outermost, key = self._stack.pop()
        elapsed = now - start
        e.inlinetime += elapsed - sub
        if outermost:
            e.totaltime += elapsed
        self._active[key] -= 1
        if self._stack:
            self._stack[-1][2] += elapsed

    def _dispatch(self, frame, event, arg):
        now = self._timer()
        if event == "call":
            code = frame.f_code
            if code is _DISABLE_CODE:
                # Our disable() is Python code; CPython's is a builtin method.
                self._push("<method 'disable' of '_lsprof.Profiler' objects>", now)
            else:
                self._push(code, now)
        elif event == "return":
            if self._stack and frame.f_code is not _DISABLE_CODE:
                self._pop(now)
        elif event == "c_call":
            if self._builtins and arg is not _SETPROFILE:
                self._push(_builtin_label(arg), now)
        elif event in ("c_return", "c_exception"):
            if self._builtins and arg is not _SETPROFILE and self._stack:
                self._pop(now)

    def enable(self, subcalls=True, builtins=True):
        self._builtins = builtins
        sys.setprofile(self._dispatch)

    def disable(self):
        sys.setprofile(None)
        now = self._timer()
        while self._stack:
            self._pop(now)

    def clear(self):
        self._entries = {}
        self._stack = []
        self._active = {}

    def getstats(self):
        return list(self._entries.values())


Profiler.__module__ = "_lsprof"
_DISABLE_CODE = Profiler.disable.__code__
_SETPROFILE = sys.setprofile
