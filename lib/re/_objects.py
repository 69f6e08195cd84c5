"""re.Pattern and re.Match, and the search loop that drives the matchers."""

import sys

from . import _compiler
from . import _template
from ._flags import pattern_flags_repr
from ._subject import Subject, first_at_least

_SEARCH = 0
_MATCH = 1
_FULL = 2

# Deep backtracking recurses (one Python frame per node per iteration of a
# complex repeat).  ferrython handles very deep recursion, so when a match
# exceeds the caller's recursion limit it is retried with this one.
_DEEP_LIMIT = 2000000


class mappingproxy:
    """Read-only view of Pattern.groupindex (CPython returns a
    types.MappingProxyType, which ferrython cannot construct yet)."""

    __slots__ = ("_d",)

    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return dict(self._d)

    def __eq__(self, other):
        if isinstance(other, mappingproxy):
            other = other._d
        return self._d == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._d,)

    def __str__(self):
        return str(self._d)


class _GenericAlias:
    """re.Pattern[str] and re.Match[bytes] (types.GenericAlias cannot be
    instantiated from Python in ferrython yet)."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        def name(a):
            if isinstance(a, type):
                if a.__module__ == "builtins":
                    return a.__qualname__
                return "%s.%s" % (a.__module__, a.__qualname__)
            return repr(a)
        return "%s[%s]" % (name(self.__origin__), ", ".join(name(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


def _deep(run, prog, subj, pos, mode, forbid):
    """run(...) once more with a high recursion limit if it overflows the
    caller's (matching is pure, so the retry gives the same answer)."""
    try:
        return run(prog, subj, pos, mode, forbid)
    except RecursionError:
        old = sys.getrecursionlimit()
        if old >= _DEEP_LIMIT:
            raise
        sys.setrecursionlimit(_DEEP_LIMIT)
        try:
            return run(prog, subj, pos, mode, forbid)
        finally:
            sys.setrecursionlimit(old)


def _norm_bounds(length, pos, endpos):
    # Out-of-range pos/endpos are clamped like slice bounds (never negative).
    if pos < 0:
        pos = 0
    elif pos > length:
        pos = length
    if endpos < 0:
        endpos = 0
    elif endpos > length:
        endpos = length
    return pos, endpos


class Pattern:
    """A compiled regular expression (re.compile's result)."""

    def __init__(self, pattern, flags, parsed):
        self.pattern = pattern
        self.flags = flags
        self.groups = parsed.groups
        self._groupindex = parsed.groupindex
        self._tree = parsed.tree
        self._is_bytes = not isinstance(pattern, str)
        self._programs = [None, None]
        self._templates = {}
        names = [None] * (parsed.groups + 1)
        for name, index in parsed.groupindex.items():
            names[index] = name
        self._names = names

    @property
    def groupindex(self):
        return mappingproxy(dict(self._groupindex))

    def _program(self, islist):
        prog = self._programs[islist]
        if prog is None:
            prog = _compiler.compile_tree(self._tree, self.groups, islist)
            self._programs[islist] = prog
        return prog

    # -- the search loop -----------------------------------------------

    def _exec(self, prog, subj, pos, mode, forbid):
        """Find a match starting at pos (mode _MATCH/_FULL) or at or after
        it (_SEARCH).  Returns (start, state) or None."""
        m = prog.matcher
        seq = subj.seq
        n = subj.n
        st = [-1] * prog.nslots
        st[2] = forbid
        if mode != _SEARCH:
            if mode == _FULL:
                st[3] = n
            if pos <= n and m(seq, pos, st):
                return pos, st
            return None
        if pos > n:
            return None
        if prog.anchored:
            if pos == 0 and m(seq, 0, st):
                return 0, st
            return None
        prefix = prog.prefix
        if prefix:
            cands = subj.positions(prefix[0])
            k = first_at_least(cands, pos)
            count = len(cands)
            last = n - len(prefix)
            while k < count:
                i = cands[k]
                if i > last:
                    break
                if m(seq, i, st):
                    return i, st
                k += 1
            return None
        first = prog.firstset
        lead = prog.lead
        i = pos
        if first is not None:
            while i < n:
                if seq[i] in first:
                    if m(seq, i, st):
                        return i, st
                    if lead is not None:
                        # Skip the rest of this run (see leading_scan).
                        i = lead(seq, i, n)
                i += 1
            return None
        if lead is not None:
            while i < n:
                if m(seq, i, st):
                    return i, st
                j = lead(seq, i, n)
                i = j + 1 if j > i else i + 1
            return None
        while i <= n:
            if m(seq, i, st):
                return i, st
            i += 1
        return None

    def _subject(self, string, pos, endpos):
        subj = Subject(string, self._is_bytes)
        if pos or endpos < subj.length:
            pos, endpos = _norm_bounds(subj.length, pos, endpos)
            subj.limit(endpos)
        else:
            endpos = subj.length
        return subj, pos, endpos

    def _make_match(self, subj, pos, endpos, found):
        start, st = found
        spans = st[2:2 * self.groups + 4]
        spans[0] = start
        spans[1] = st[1]
        return Match(self, subj, pos, endpos, spans, st[0])

    def _one(self, string, pos, endpos, mode):
        subj, pos, endpos = self._subject(string, pos, endpos)
        prog = self._programs[subj.islist] or self._program(subj.islist)
        if prog.deep:
            found = _deep(self._exec, prog, subj, pos, mode, -1)
        else:
            found = self._exec(prog, subj, pos, mode, -1)
        if found is None:
            return None
        return self._make_match(subj, pos, endpos, found)

    def _found(self, subj, pos):
        """(start, state) of successive matches, like _iter without
        building Match objects (findall, split and sub need only spans)."""
        forbid = -1
        n = subj.n
        prog = self._program(subj.islist)
        run = self._exec
        while pos <= n:
            if prog.deep:
                found = _deep(run, prog, subj, pos, _SEARCH, forbid)
            else:
                found = run(prog, subj, pos, _SEARCH, forbid)
            if found is None:
                return
            yield found
            start, st = found
            pos = st[1]
            forbid = pos if pos == start else -1

    def _iter(self, subj, pos, endpos):
        """All successive matches with CPython 3.7+ empty-match rules: after
        an empty match the next one may not be empty at the same place."""
        forbid = -1
        n = subj.n
        at = pos
        prog = self._program(subj.islist)
        while at <= n:
            found = _deep(self._exec, prog, subj, at, _SEARCH, forbid)
            if found is None:
                return
            # Match.pos stays the pos the caller gave, as in CPython.
            yield self._make_match(subj, pos, endpos, found)
            start, st = found
            end = st[1]
            forbid = end if end == start else -1
            at = end

    # -- public API ------------------------------------------------------

    def search(self, string, pos=0, endpos=sys.maxsize):
        return self._one(string, pos, endpos, _SEARCH)

    def match(self, string, pos=0, endpos=sys.maxsize):
        return self._one(string, pos, endpos, _MATCH)

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        return self._one(string, pos, endpos, _FULL)

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        subj, pos, endpos = self._subject(string, pos, endpos)
        return self._iter(subj, pos, endpos)

    def findall(self, string, pos=0, endpos=sys.maxsize):
        subj, pos, endpos = self._subject(string, pos, endpos)
        out = []
        groups = self.groups
        empty = b"" if self._is_bytes else ""
        piece = subj.slice
        if groups == 0:
            for start, st in self._found(subj, pos):
                out.append(piece(start, st[1]))
        elif groups == 1:
            for start, st in self._found(subj, pos):
                a = st[4]
                b = st[5]
                out.append(piece(a, b) if a >= 0 and b >= 0 else empty)
        else:
            top = 2 * groups + 4
            for start, st in self._found(subj, pos):
                row = []
                for k in range(4, top, 2):
                    a = st[k]
                    b = st[k + 1]
                    row.append(piece(a, b) if a >= 0 and b >= 0 else empty)
                out.append(tuple(row))
        return out

    def split(self, string, maxsplit=0):
        subj, pos, endpos = self._subject(string, 0, sys.maxsize)
        if maxsplit < 0:
            return [subj.slice(0, subj.length)]
        out = []
        last = 0
        count = 0
        piece = subj.slice
        top = 2 * self.groups + 4
        for start, st in self._found(subj, 0):
            if maxsplit > 0 and count >= maxsplit:
                break
            out.append(piece(last, start))
            for k in range(4, top, 2):
                a = st[k]
                b = st[k + 1]
                out.append(piece(a, b) if a >= 0 and b >= 0 else None)
            last = st[1]
            count += 1
        out.append(piece(last, subj.length))
        return out

    def _compile_template(self, repl):
        items = self._templates.get(repl)
        if items is None:
            items = _template.parse(repl, self.groups, self._groupindex)
            if len(self._templates) > 100:
                self._templates.clear()
            self._templates[repl] = items
        return items

    def _subx(self, repl, string, count):
        subj, pos, endpos = self._subject(string, 0, sys.maxsize)
        empty = b"" if self._is_bytes else ""
        if callable(repl):
            func = repl
            literal = None
        else:
            # A template of the wrong str/bytes type is parsed as given and
            # fails when the pieces are joined, with join's message, as in
            # CPython.
            if not isinstance(repl, (str, bytes)):
                try:
                    repl = memoryview(repl).tobytes()
                except TypeError:
                    raise TypeError("decoding to str: need a bytes-like object, "
                                    "%s found" % type(repl).__name__) from None
            items = self._compile_template(repl)
            func = None
            if not items:
                literal = empty
            elif len(items) == 1 and not isinstance(items[0], int):
                literal = items[0]
            else:
                literal = None
        out = []
        last = 0
        n = 0
        piece = subj.slice
        for found in self._found(subj, 0):
            if count > 0 and n >= count:
                break
            start, st = found
            if start > last:
                out.append(piece(last, start))
            if literal is not None:
                out.append(literal)
            else:
                m = self._make_match(subj, 0, endpos, found)
                if func is not None:
                    value = func(m)
                    if value is not None:
                        out.append(value)
                else:
                    out.append(_template.expand(items, m, empty))
            last = st[1]
            n += 1
        if last < subj.length:
            out.append(subj.slice(last, subj.length))
        return empty.join(out), n

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def scanner(self, string, pos=0, endpos=sys.maxsize):
        return _Scanner(self, string, pos, endpos)

    # -- object protocol ------------------------------------------------

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = pattern_flags_repr(self.flags, not self._is_bytes)
        if flags:
            return "re.compile(%s, %s)" % (text, flags)
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and self._is_bytes == other._is_bytes)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        import re
        return (re._compile, (self.pattern, self.flags))

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


class _Scanner:
    """Pattern.scanner(): successive match()/search() calls."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._subj, self._pos, self._endpos = pattern._subject(string, pos, endpos)
        self._forbid = -1

    def _next(self, mode):
        if self._pos > self._subj.n:
            return None
        pattern = self.pattern
        found = _deep(pattern._exec, pattern._program(self._subj.islist), self._subj,
                      self._pos, mode, self._forbid)
        if found is None:
            self._pos = self._subj.n + 1
            return None
        m = self.pattern._make_match(self._subj, self._pos, self._endpos, found)
        start, st = found
        self._forbid = st[1] if st[1] == start else -1
        self._pos = st[1]
        return m

    def match(self):
        return self._next(_MATCH)

    def search(self):
        return self._next(_SEARCH)


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, subj, pos, endpos, spans, lastindex):
        self.re = pattern
        self._subj = subj
        self.string = subj.string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans
        self.lastindex = None if lastindex < 0 else lastindex

    def _index(self, g):
        if g.__class__ is int:
            if 0 <= g <= self.re.groups:
                return g
            raise IndexError("no such group")
        if isinstance(g, str):
            index = self.re._groupindex.get(g)
            if index is not None:
                return index
            raise IndexError("no such group")
        if isinstance(g, int):
            return self._index(int(g))
        if not isinstance(g, (str, bytes, float)) and hasattr(g, "__index__"):
            return self._index(g.__index__())
        raise IndexError("no such group")

    def _get(self, index, default=None):
        a = self._spans[2 * index]
        b = self._spans[2 * index + 1]
        if a < 0 or b < 0:
            return default
        return self._subj.slice(a, b)

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(g)) for g in args])

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple([self._get(i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        return {name: self._get(index, default)
                for name, index in self.re._groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return self._spans[2 * i], self._spans[2 * i + 1]

    @property
    def regs(self):
        sp = self._spans
        return tuple([(sp[2 * i], sp[2 * i + 1]) for i in range(self.re.groups + 1)])

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        return self.re._names[self.lastindex]

    def expand(self, template):
        items = self.re._compile_template(template)
        return _template.expand(items, self, b"" if self.re._is_bytes else "")

    def __repr__(self):
        text = repr(self.group(0))
        if len(text) > 50:
            text = text[:50]
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._spans[0], self._spans[1], text)

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


Pattern.__module__ = "re"
Match.__module__ = "re"
