"""Regular expressions (CPython 3.11's re module API), in pure Python.

Layout of the package:
    _flags.py     RegexFlag and the flag constants
    _error.py     re.error
    _parser.py    pattern text -> syntax tree
    _charset.py   character classes -> membership tests
    _casefold.py  IGNORECASE comparison keys
    _compiler.py  syntax tree -> backtracking matcher closures
    _analysis.py  facts about trees (prefixes, first characters, ...)
    _subject.py   preparing the searched string
    _template.py  sub()/expand() replacement templates
    _objects.py   Pattern, Match and the search loop
    _scanner.py   re.Scanner (a small lexer)
"""

from ._flags import (
    RegexFlag, NOFLAG, ASCII, A, IGNORECASE, I, LOCALE, L, UNICODE, U,
    MULTILINE, M, DOTALL, S, VERBOSE, X, TEMPLATE, T, DEBUG,
)
from ._error import error
from ._objects import Pattern, Match
from . import _parser
from ._subject import explode
from ._scanner import Scanner

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

# -- the compile cache ---------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        # Pattern.flags is a plain int in CPython.
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        # Unhashable pattern: fall through and report its type below.
        key = None
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    parsed = _parser.parse(pattern, flags)
    compiled = Pattern(pattern, parsed.flags, parsed)
    if key is not None:
        if len(_cache) >= _MAXCACHE:
            # Drop the oldest entry (dicts keep insertion order).
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = compiled
    return compiled


# -- module-level functions ---------------------------------------------------

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning, stacklevel=2)
    return _compile(pattern, flags | T)


# Characters escape() puts a backslash before (CPython 3.7+: only those
# with a meaning in patterns, plus whitespace).
_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"
_ESCAPE_MAP = {c: "\\" + c for c in _SPECIAL}


def escape(pattern):
    """Escape special characters in a string."""
    m = _ESCAPE_MAP
    if isinstance(pattern, str):
        chars = pattern if pattern.isascii() else explode(pattern)
        return "".join([m.get(c, c) for c in chars])
    text = bytes(pattern).decode("latin-1")
    chars = text if text.isascii() else explode(text)
    return "".join([m.get(c, c) for c in chars]).encode("latin-1")


# copyreg support so patterns pickle like CPython's.
def _pickle(p):
    return _compile, (p.pattern, p.flags)
