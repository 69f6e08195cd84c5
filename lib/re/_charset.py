"""Character classes -> a fast membership test.

build() turns a ('set', ...) node into (members, test, negated):
either `members` is a frozenset (the class is small enough to list, the
usual case: [a-z0-9_], \\d under re.ASCII, '.', ...) and `test` is None, or
`members` is None and `test(ch)` is a predicate.  `negated` inverts either.
Matchers then do a single `in` check per character where possible.
"""

from ._casefold import fold, fold_ascii, variants

# Above this many characters a class is tested by ranges instead of listed.
_ENUM_LIMIT = 1024

_ASCII_DIGITS = frozenset("0123456789")
_ASCII_SPACE = frozenset(" \t\n\r\f\v")
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _is_word(c):
    return c.isalnum() or c == "_"


def _not(f):
    return lambda c: not f(c)


def category_test(letter, ascii):
    """(members, test) for \\d \\w \\s and their negations."""
    lower = letter.lower()
    if ascii:
        members = {"d": _ASCII_DIGITS, "s": _ASCII_SPACE, "w": _ASCII_WORD}[lower]
        if letter == lower:
            return members, None
        return None, (lambda c: c not in members)
    f = {"d": str.isdecimal, "s": str.isspace, "w": _is_word}[lower]
    if letter == lower:
        return None, f
    return None, _not(f)


def _enumerate(items, ascii):
    """All characters of the class, or None if it is too large to list."""
    out = set()
    for item in items:
        kind = item[0]
        if kind == "ch":
            out.add(item[1])
        elif kind == "rng":
            lo, hi = ord(item[1]), ord(item[2])
            if hi - lo + len(out) > _ENUM_LIMIT:
                return None
            for code in range(lo, hi + 1):
                out.add(chr(code))
        else:
            members, test = category_test(item[1], ascii)
            if members is None:
                return None
            out |= members
        if len(out) > _ENUM_LIMIT:
            return None
    return out


def _predicate(items, ascii):
    """A test for classes too big to list: single chars, ranges, categories."""
    chars = set()
    ranges = []
    tests = []
    for item in items:
        kind = item[0]
        if kind == "ch":
            chars.add(item[1])
        elif kind == "rng":
            ranges.append((item[1], item[2]))
        else:
            members, test = category_test(item[1], ascii)
            if members is not None:
                chars |= members
            else:
                tests.append(test)
    chars = frozenset(chars)
    ranges = tuple(ranges)
    tests = tuple(tests)
    if not chars and not tests and len(ranges) == 1:
        lo, hi = ranges[0]
        return lambda c: lo <= c <= hi
    if not chars and not ranges and len(tests) == 1:
        return tests[0]

    def test(c):
        if c in chars:
            return True
        for lo, hi in ranges:
            if lo <= c <= hi:
                return True
        for t in tests:
            if t(c):
                return True
        return False
    return test


def build(node):
    """(members, test, negated) for a ('set', negated, items, fold, ascii) node."""
    _, negated, items, mode, ascii = node
    members = _enumerate(items, ascii)
    if members is not None:
        if mode == 0:
            return frozenset(members), None, negated
        if mode == 2:
            extra = set()
            for c in members:
                if "a" <= c <= "z" or "A" <= c <= "Z":
                    extra.add(c.swapcase())
            return frozenset(members | extra), None, negated
        # Unicode case-insensitive: list the direct case variants, and fall
        # back to comparing keys for characters related only through a key
        # (e.g. KELVIN SIGN against [a-z]).
        direct = set()
        for c in members:
            direct |= variants(c)
        direct = frozenset(direct)
        keys = frozenset([fold(c) for c in members])
        return None, (lambda c: c in direct or fold(c) in keys), negated
    base = _predicate(items, ascii)
    if mode == 0:
        return None, base, negated
    if mode == 2:
        return None, (lambda c: base(c) or base(c.swapcase()) if c.isascii() else base(c)), negated

    def folded(c):
        if base(c):
            return True
        for v in variants(c):
            if base(v):
                return True
        return False
    return None, folded, negated
