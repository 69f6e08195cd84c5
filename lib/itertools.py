"""Iterator building blocks (ferrython's own implementation of itertools).

Each tool is a class named as CPython names it, so type(...).__name__ and the
reprs of count/repeat match.
"""

__all__ = [
    "accumulate", "chain", "combinations", "combinations_with_replacement",
    "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice",
    "pairwise", "permutations", "product", "repeat", "starmap", "takewhile", "tee",
    "zip_longest",
]


class count:
    def __init__(self, start=0, step=1):
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {self._step!r})"


class cycle:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._i = 0
        self._exhausted = False

    def __iter__(self):
        return self

    def __next__(self):
        if not self._exhausted:
            for x in self._it:
                self._saved.append(x)
                return x
            self._exhausted = True
        if not self._saved:
            raise StopIteration
        x = self._saved[self._i]
        self._i = (self._i + 1) % len(self._saved)
        return x


class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is not None:
            if self._times <= 0:
                raise StopIteration
            self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return max(self._times, 0)

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {max(self._times, 0)})"


class accumulate:
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        self._emit_initial = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._emit_initial:
            self._emit_initial = False
            return self._total
        x = next(self._it)
        if not self._started:
            self._started = True
            self._total = x
        elif self._func is None:
            self._total = self._total + x
        else:
            self._total = self._func(self._total, x)
        return self._total


class chain:
    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._cur = None

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._sources = iter(iterables)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._cur is None:
                self._cur = iter(next(self._sources))
            for x in self._cur:
                return x
            self._cur = None


class compress:
    def __init__(self, data, selectors):
        self._pairs = zip(data, selectors)

    def __iter__(self):
        return self

    def __next__(self):
        for d, s in self._pairs:
            if s:
                return d
        raise StopIteration


class dropwhile:
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        for x in self._it:
            if self._dropping and self._pred(x):
                continue
            self._dropping = False
            return x
        raise StopIteration


class takewhile:
    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if not self._done:
            for x in self._it:
                if self._pred(x):
                    return x
                break
            self._done = True
        raise StopIteration


class filterfalse:
    def __init__(self, function, iterable):
        self._pred = bool if function is None else function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        for x in self._it:
            if not self._pred(x):
                return x
        raise StopIteration


class starmap:
    def __init__(self, function, iterable):
        self._f = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._f(*next(self._it))


class islice:
    def __init__(self, iterable, *args):
        s = slice(*args)
        start = 0 if s.start is None else s.start
        step = 1 if s.step is None else s.step
        for name, v in (("Indices", start), ("Stop argument", s.stop)):
            if v is not None and (not isinstance(v, int) or v < 0):
                raise ValueError(
                    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
                    if name == "Stop argument" else
                    "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if not isinstance(step, int) or step <= 0:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = start
        self._stop = s.stop
        self._step = step
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop is not None and self._next >= self._stop:
            raise StopIteration
        while self._i < self._next:
            next(self._it)
            self._i += 1
        x = next(self._it)
        self._i += 1
        self._next += self._step
        return x


class _Grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._grouper is not self:
            raise StopIteration
        if p._pending is _MARK:
            p._advance()
        if p._pending is _MARK or p._curkey != self._key:
            raise StopIteration
        v = p._pending
        p._pending = _MARK
        return v


_MARK = object()


class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = (lambda x: x) if key is None else key
        self._pending = _MARK
        self._curkey = _MARK
        self._grouper = None

    def _advance(self):
        try:
            v = next(self._it)
        except StopIteration:
            self._pending = _MARK
            self._curkey = _MARK
            self._done = True
            return
        self._pending = v
        self._curkey = self._keyfunc(v)

    def __iter__(self):
        return self

    def __next__(self):
        # Skip the rest of the current group.
        if self._grouper is not None:
            key = self._grouper._key
            while True:
                if self._pending is _MARK:
                    self._advance()
                    if self._pending is _MARK:
                        raise StopIteration
                if self._curkey != key:
                    break
                self._pending = _MARK
        elif self._pending is _MARK:
            self._advance()
        if self._pending is _MARK:
            raise StopIteration
        g = _Grouper(self, self._curkey)
        self._grouper = g
        return self._curkey, g


class zip_longest:
    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(i) for i in iterables]
        self._fill = fillvalue
        self._active = len(self._its)

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or self._active == 0:
            raise StopIteration
        out = []
        for i, it in enumerate(self._its):
            if it is None:
                out.append(self._fill)
                continue
            try:
                out.append(next(it))
            except StopIteration:
                self._its[i] = None
                self._active -= 1
                if self._active == 0:
                    raise
                out.append(self._fill)
        return tuple(out)


class pairwise:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._prev = _MARK

    def __iter__(self):
        return self

    def __next__(self):
        if self._prev is _MARK:
            self._prev = next(self._it)
        cur = next(self._it)
        pair = (self._prev, cur)
        self._prev = cur
        return pair


class product:
    def __init__(self, *iterables, repeat=1):
        pools = [tuple(p) for p in iterables] * repeat
        result = [[]]
        for pool in pools:
            result = [x + [y] for x in result for y in pool]
        self._it = iter([tuple(r) for r in result])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    idx = list(range(r))
    yield tuple(pool[i] for i in idx)
    while True:
        for i in reversed(range(r)):
            if idx[i] != i + n - r:
                break
        else:
            return
        idx[i] += 1
        for j in range(i + 1, r):
            idx[j] = idx[j - 1] + 1
        yield tuple(pool[i] for i in idx)


class combinations:
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError("r must be non-negative")
        self._it = _combinations(tuple(iterable), r)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    idx = [0] * r
    yield tuple(pool[i] for i in idx)
    while True:
        for i in reversed(range(r)):
            if idx[i] != n - 1:
                break
        else:
            return
        idx[i:] = [idx[i] + 1] * (r - i)
        yield tuple(pool[i] for i in idx)


class combinations_with_replacement:
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError("r must be non-negative")
        self._it = _cwr(tuple(iterable), r)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    idx = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in idx[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                idx[i:] = idx[i + 1:] + idx[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                idx[i], idx[-j] = idx[-j], idx[i]
                yield tuple(pool[i] for i in idx[:r])
                break
        else:
            return


class permutations:
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else r
        if r < 0:
            raise ValueError("r must be non-negative")
        self._it = _permutations(pool, r)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


class _tee:
    def __init__(self, source, buffers, index):
        self._source = source
        self._buffers = buffers
        self._index = index

    def __iter__(self):
        return self

    def __next__(self):
        buf = self._buffers[self._index]
        if not buf:
            v = next(self._source)
            for b in self._buffers:
                b.append(v)
        return buf.pop(0)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    source = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple(_tee(source, buffers, i) for i in range(n))
