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
    """Characters related to c by one case mapping (including c)."""
    out = {c, _lower1(c), _upper1(c), fold(c)}
    if len(c.upper()) > 1:
        # The full uppercase is several letters, so the simple one is lost:
        # SHARP S has CAPITAL SHARP S (U+1E9E) and the Greek letters with
        # iota subscript have a titlecase form 8 or 9 code points on.
        # Look for the character whose lowercase is c.
        for code in (ord(c) + 8, ord(c) + 9, 0x1E9E):
            if code < 0x110000 and chr(code).lower() == c:
                out.add(chr(code))
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
