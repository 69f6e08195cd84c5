"""Unix shell-style filename matching (ferrython's own implementation).

Patterns: * matches everything, ? one character, [seq] a character in seq,
[!seq] a character not in seq.
"""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Tests whether name matches pat, after os.path.normcase on both."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        regex = bytes(translate(str(pat, "ISO-8859-1")), "ISO-8859-1")
    else:
        regex = translate(pat)
    return re.compile(regex).match


def filter(names, pat):
    """Returns the members of names that match pat."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        return [n for n in names if match(n)]
    return [n for n in names if match(os.path.normcase(n))]


def fnmatchcase(name, pat):
    """Tests whether name matches pat, case-sensitively and without normcase."""
    return _compile_pattern(pat)(name) is not None


_STAR = object()


def _bracket(pat, start, end):
    """The regex character class for the bracket body pat[start:end]."""
    body = pat[start:end]
    if "-" not in body:
        body = body.replace("\\", r"\\")
    else:
        pieces = []
        pos = start
        k = start + 2 if pat[start] == "!" else start + 1
        while True:
            k = pat.find("-", k, end)
            if k < 0:
                break
            pieces.append(pat[pos:k])
            pos = k + 1
            k = k + 3
        tail = pat[pos:end]
        if tail:
            pieces.append(tail)
        else:
            pieces[-1] += "-"
        # Drop ranges whose bounds are reversed: they are errors in a regex.
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        body = "-".join(p.replace("\\", r"\\").replace("-", r"\-") for p in pieces)
    body = re.sub(r"([&~|])", r"\\\1", body)
    if not body:
        return "(?!)"
    if body == "!":
        return "."
    if body[0] == "!":
        body = "^" + body[1:]
    elif body[0] in ("^", "["):
        body = "\\" + body
    return "[" + body + "]"


def translate(pat):
    """Translates a shell pattern into a regular expression string."""
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
        elif c == "?":
            tokens.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                tokens.append("\\[")
            else:
                tokens.append(_bracket(pat, i, j))
                i = j + 1
        else:
            tokens.append(re.escape(c))

    out = []
    k, n = 0, len(tokens)
    while k < n and tokens[k] is not _STAR:
        out.append(tokens[k])
        k += 1
    while k < n:
        k += 1  # the star
        if k == n:
            out.append(".*")
            break
        fixed = []
        while k < n and tokens[k] is not _STAR:
            fixed.append(tokens[k])
            k += 1
        fixed = "".join(fixed)
        if k == n:
            out.append(".*")
            out.append(fixed)
        else:
            out.append("(?>.*?%s)" % fixed)
    return "(?s:%s)\\Z" % "".join(out)
