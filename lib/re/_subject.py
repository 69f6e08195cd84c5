"""The string being searched, prepared once per API call.

ferrython stores str as UTF-8: indexing and slicing an ASCII str is O(1),
but for a non-ASCII str s[i] walks from the start (O(i)), and iterating it
(list(s)) is quadratic.  The engine indexes characters constantly, so a
non-ASCII subject is turned into a list of its characters (in linear time,
by decoding short UTF-8 chunks) and matched as a list.  ASCII subjects are
matched as they are.

Bytes-like subjects are decoded as latin-1, which maps each byte to the
character with the same code, so the str engine serves bytes patterns too.
"""

_CHUNK = 32


def explode(text):
    """list(text) in linear time (list() itself is quadratic in ferrython
    for non-ASCII text)."""
    raw = text.encode("utf-8")
    out = []
    n = len(raw)
    i = 0
    while i < n:
        j = i + _CHUNK
        if j >= n:
            j = n
        else:
            # Do not cut inside a multi-byte sequence: continuation bytes
            # are 0b10xxxxxx.
            while j < n and 0x80 <= raw[j] < 0xC0:
                j += 1
        out.extend(raw[i:j].decode("utf-8"))
        i = j
    return out


class Subject:
    """One subject string: `seq` (str or list) is what matchers index,
    `islist` says which, `n` is the end position (endpos) matchers see."""

    def __init__(self, string, is_bytes_pattern):
        if string.__class__ is str and not is_bytes_pattern and string.isascii():
            # The common case, kept short: an ASCII str.
            self.string = self.text = self.full = self.seq = string
            self.length = self.n = len(string)
            self.islist = False
            self._positions = {}
            self.slice = lambda a, b: string[a:b]
            return
        if isinstance(string, str):
            if is_bytes_pattern:
                raise TypeError("cannot use a bytes pattern on a string-like object")
            text = string
        else:
            if isinstance(string, (bytes, bytearray)):
                data = string
            else:
                try:
                    data = memoryview(string).tobytes()
                except TypeError:
                    raise TypeError("expected string or bytes-like object, got %r"
                                    % type(string).__name__) from None
            if not is_bytes_pattern:
                raise TypeError("cannot use a string pattern on a bytes-like object")
            text = bytes(data).decode("latin-1")
        self.string = string
        self.text = text
        self.length = len(text)
        if text.isascii():
            self.full = text
            self.islist = False
        else:
            self.full = explode(text)
            self.islist = True
        self.seq = self.full
        self.n = self.length
        self._positions = {}
        self.slice = self._slicer()

    def limit(self, endpos):
        """Make matchers see only text[:endpos] (CPython treats endpos as
        the end of the string, for $ and \\Z too)."""
        if endpos < self.length:
            self.seq = self.full[:endpos]
            self.n = endpos
        else:
            self.seq = self.full
            self.n = self.length

    def _slicer(self):
        """slice(a, b): text of a span, as the type of the subject (str or
        bytes), chosen once so the per-group cost is a single call."""
        text = self.text
        full = self.full
        if isinstance(self.string, str):
            if not self.islist:
                return lambda a, b: text[a:b]
            return lambda a, b: "".join(full[a:b])
        if not self.islist:
            return lambda a, b: text[a:b].encode("latin-1")
        return lambda a, b: "".join(full[a:b]).encode("latin-1")

    def positions(self, c):
        """Sorted indices of character c in the text (computed once, in one
        pass: str.find restarts from the beginning on every call in
        ferrython, so repeated finds would be quadratic)."""
        found = self._positions.get(c)
        if found is None:
            found = []
            p = -1
            for piece in self.text.split(c):
                p += len(piece) + 1
                found.append(p)
            found.pop()
            self._positions[c] = found
        return found


def first_at_least(sorted_list, value):
    """Index of the first item >= value (bisect_left)."""
    lo = 0
    hi = len(sorted_list)
    while lo < hi:
        mid = (lo + hi) // 2
        if sorted_list[mid] < value:
            lo = mid + 1
        else:
            hi = mid
    return lo
