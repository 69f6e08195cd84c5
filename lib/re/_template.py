"""Replacement templates for sub(), subn() and Match.expand().

A template such as r'<\\1-\\g<name>>' is parsed once into a list whose
items are literal strings and group numbers; expanding it for a match joins
the literals with the groups' text (unmatched groups give '').
Messages and positions of errors follow CPython 3.11.
"""

from ._error import error

_OCTAL = "01234567"
_DIGITS = "0123456789"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ESCAPES = {
    "a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
    "v": "\v", "\\": "\\",
}
_MAXGROUPS = 1073741823


def parse(template, groups, groupindex):
    """template (str, or bytes decoded as latin-1 by the caller in `text`)
    -> list of str and int items."""
    is_bytes = not isinstance(template, str)
    text = template.decode("latin-1") if is_bytes else template
    items = []
    literal = []
    n = len(text)
    i = 0

    def fail(msg, pos):
        return error(msg, template, pos)

    while i < n:
        j = text.find("\\", i)
        if j < 0:
            literal.append(text[i:])
            break
        if j > i:
            literal.append(text[i:j])
        i = j + 1
        if i >= n:
            raise fail("bad escape (end of pattern)", j)
        c = text[i]
        i += 1
        group = None
        if c == "g":
            if i >= n or text[i] != "<":
                raise fail("missing <", i)
            i += 1
            end = text.find(">", i)
            if end < 0:
                if i >= n:
                    raise fail("missing group name", i)
                raise fail("missing >, unterminated name", i)
            name = text[i:end]
            if not name:
                raise fail("missing group name", i)
            if name.isidentifier():
                if name not in groupindex:
                    raise IndexError("unknown group name %r" % name)
                group = groupindex[name]
            else:
                if not (name.isdigit() and name.isascii()):
                    raise fail("bad character in group name %r" % name, i)
                group = int(name)
                if group >= _MAXGROUPS or group > groups:
                    raise fail("invalid group reference %d" % group, i)
            i = end + 1
        elif c == "0":
            k = i
            while i < n and i - k < 2 and text[i] in _OCTAL:
                i += 1
            literal.append(chr(int(text[k - 1:i], 8)))
        elif c in _DIGITS:
            if i < n and text[i] in _DIGITS:
                if (c in _OCTAL and text[i] in _OCTAL and i + 1 < n
                        and text[i + 1] in _OCTAL):
                    digits = text[i - 1:i + 2]
                    value = int(digits, 8)
                    if value > 0o377:
                        raise fail("octal escape value \\%s outside of range 0-0o377"
                                   % digits, j)
                    literal.append(chr(value))
                    i += 2
                    continue
                i += 1
            group = int(text[j + 1:i])
            if group > groups:
                raise fail("invalid group reference %d" % group, j + 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise fail("bad escape \\%s" % c, j)
        else:
            # Unknown escapes of punctuation stay as written.
            literal.append("\\" + c)
        if group is not None:
            if literal:
                items.append("".join(literal))
                literal = []
            items.append(group)
    if literal:
        items.append("".join(literal))
    if is_bytes:
        items = [x.encode("latin-1") if isinstance(x, str) else x for x in items]
    return items


def expand(items, match, empty):
    """Join the template items for one match."""
    out = []
    for x in items:
        if x.__class__ is int:
            value = match.group(x)
            if value is not None:
                out.append(value)
        else:
            out.append(x)
    return empty.join(out)
