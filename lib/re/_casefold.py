"""Case-insensitive character comparison.

CPython's engine compares characters under IGNORECASE by their simple
(one-character) case mappings and adds a handful of extra equivalences
(e.g. 's' ~ 'ſ', 'k' ~ KELVIN SIGN, 'i' ~ 'ı').  Both are covered by one key:
lower(upper(c)) with simple mappings, so two characters match ignoring case
when their keys are equal.  str.upper()/lower() give full mappings, which
are longer than one character for a few letters; those keep the character
itself (its simple mapping), except U+0130 whose simple lowercase is 'i'.
"""

_KEY = {}


def _lower1(c):
    low = c.lower()
    if len(low) == 1:
        return low
    return "i" if c == "\u0130" else c


def _upper1(c):
    up = c.upper()
    return up if len(up) == 1 else c


def fold(c):
    """The case-insensitive comparison key of one character."""
    key = _KEY.get(c)
    if key is None:
        key = _lower1(_upper1(c))
        _KEY[c] = key
    return key


def variants(c):
    """Characters related to c by one case mapping (including c).  Titlecase
    finds the Greek letters with iota subscript whose full uppercase is two
    letters; SHARP S has only the capital that lowercases onto it."""
    out = {c, _lower1(c), _upper1(c), fold(c)}
    title = c.title()
    if len(title) == 1:
        out.add(title)
    if c == "\xdf":
        out.add("\u1e9e")
    return out


def fold_ascii(c):
    """Case key under re.ASCII: only A-Z and a-z are case-insensitive."""
    if "A" <= c <= "Z":
        return chr(ord(c) + 32)
    return c


def fold_text(text, mode):
    """Key string of a whole literal (mode 1 Unicode, 2 ASCII)."""
    f = fold if mode == 1 else fold_ascii
    return "".join([f(c) for c in text])


def is_cased(c, mode):
    """True when some other character matches c ignoring case."""
    if mode == 2:
        return ("A" <= c <= "Z") or ("a" <= c <= "z")
    return len(variants(c)) > 1

# Warm the cache for ASCII, the common case.
for _c in range(128):
    fold(chr(_c))
