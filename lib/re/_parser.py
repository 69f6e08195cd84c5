"""Pattern text -> syntax tree.

The tree is made of tuples whose first item names the node kind:

    ('lit', ch, fold)             one character; fold is 0 (exact), 1 (Unicode
                                  case-insensitive) or 2 (ASCII case-insensitive)
    ('any', dotall)               '.'
    ('set', negated, items, fold, ascii)
                                  a character class; items are ('ch', c),
                                  ('rng', lo, hi) and ('cat', letter) for \\d etc.
    ('cat', [nodes])              concatenation
    ('alt', [nodes])              alternation
    ('rep', node, min, max, kind) repetition; max None = unbounded;
                                  kind 0 greedy, 1 lazy, 2 possessive
    ('grp', index, node)          capturing group
    ('ncg', node)                 (?:...), kept so "multiple repeat" is judged
                                  like CPython; transparent when compiling
    ('atomic', node)              (?>...)
    ('bref', index, fold)         backreference
    ('look', node, behind, negated, width)  width: lookbehind length
    ('at', kind, ascii)           zero-width assertion, kind one of
                                  'A' 'Z' 'bolm' 'eol' 'eolm' 'b' 'B'
    ('cond', index, yes, no)      (?(group)yes|no)

Error messages and positions follow CPython 3.11 (checked against it).
Bytes patterns are parsed as latin-1 decoded text; `is_bytes` restricts the
escapes and flags that bytes patterns may not use.
"""

from ._error import error, warn
from . import _flags as F

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

_DIGITS = "0123456789"
_OCTAL = "01234567"
_HEX = "0123456789abcdefABCDEF"
_WHITESPACE = " \t\n\r\v\f"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SIMPLE_ESCAPES = {
    "a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\",
}
_REPEAT_CHARS = "*+?{"
_SET_OPERATORS = {
    "-": "difference", "&": "intersection", "~": "symmetric difference", "|": "union",
}


class ParseResult:
    """What the compiler and the Pattern object need from a parse."""

    def __init__(self, tree, flags, groups, groupindex):
        self.tree = tree
        self.flags = flags
        self.groups = groups
        self.groupindex = groupindex


class _Parser:
    def __init__(self, text, original, flags, is_bytes):
        self.p = text            # the pattern as str (bytes decoded latin-1)
        self.orig = original     # what error objects report as .pattern
        self.n = len(text)
        self.i = 0
        self.flags = flags       # global flags, grows with (?i) at the start
        self.is_bytes = is_bytes
        self.ngroups = 0         # groups opened so far
        self.names = {}
        self.open = []           # indices of groups not yet closed
        self.widths = {}         # closed group index -> (min, max) width
        self.condrefs = {}       # group index used by (?(n)...) -> position
        self.behind = []         # lookbehind bodies to check once parsed
        self.top_started = False    # anything but global flags seen at top level
        self.new_global_flags = 0

    # -- small helpers -------------------------------------------------

    def err(self, msg, pos):
        return error(msg, self.orig, pos)

    def peek(self):
        if self.i < self.n:
            return self.p[self.i]
        return None

    def skip_verbose(self):
        # In verbose mode whitespace and #-comments between items are ignored.
        p = self.p
        while self.i < self.n:
            c = p[self.i]
            if c in _WHITESPACE:
                self.i += 1
            elif c == "#":
                j = p.find("\n", self.i)
                self.i = self.n if j < 0 else j + 1
            else:
                break

    def node_modes(self, fl):
        """(fold, ascii) for nodes created under the local flags fl."""
        ascii = self.is_bytes or bool(fl & (F.ASCII | F.LOCALE))
        fold = 0
        if fl & F.IGNORECASE:
            fold = 2 if ascii else 1
        return fold, ascii

    # -- alternation and sequences --------------------------------------

    def parse_alt(self, fl, depth):
        """Alternatives up to ')' or the end; returns (node, bar_positions)."""
        branches = [self.parse_seq(fl, depth)]
        bars = []
        while self.i < self.n and self.p[self.i] == "|":
            bars.append(self.i)
            self.i += 1
            if depth == 0:
                # Top-level branches see global flags from a leading (?i).
                self.top_started = True
                fl = self.flags
            branches.append(self.parse_seq(fl, depth))
        if len(branches) == 1:
            return branches[0], bars
        return ("alt", branches), bars

    def parse_seq(self, fl, depth):
        items = []
        p = self.p
        while True:
            if fl & F.VERBOSE:
                self.skip_verbose()
            if self.i >= self.n:
                break
            c = p[self.i]
            if c == "|" or c == ")":
                break
            start = self.i
            if c in _REPEAT_CHARS:
                q = self.parse_quantifier()
                if q is None:
                    # '{' that does not start a valid {m,n}: a literal.
                    self.i = start + 1
                    items.append(("lit", "{", self.node_modes(fl)[0]))
                    continue
                mn, mx, qend = q
                if not items or items[-1][0] == "at":
                    raise self.err("nothing to repeat", start)
                if items[-1][0] == "rep":
                    raise self.err("multiple repeat", start)
                if mx is not None and mn > mx:
                    raise self.err("min repeat greater than max repeat", start + 1)
                kind = 0
                if self.i < self.n and p[self.i] == "?":
                    self.i += 1
                    kind = 1
                elif self.i < self.n and p[self.i] == "+":
                    self.i += 1
                    kind = 2
                items[-1] = ("rep", items[-1], mn, mx, kind)
                continue
            self.i += 1
            if depth == 0 and c != "(":
                self.top_started = True
            if c == ".":
                items.append(("any", bool(fl & F.DOTALL)))
            elif c == "[":
                items.append(self.parse_class(fl, start))
            elif c == "^":
                items.append(("at", "bolm" if fl & F.MULTILINE else "A", False))
            elif c == "$":
                items.append(("at", "eolm" if fl & F.MULTILINE else "eol", False))
            elif c == "\\":
                items.append(self.parse_escape(fl, start))
            elif c == "(":
                node = self.parse_group(fl, depth, start)
                if node is not None:
                    items.append(node)
                    if depth == 0:
                        self.top_started = True
                elif self.new_global_flags:
                    # Global inline flags like (?x) change how the rest of
                    # the pattern is read, so pick them up here.
                    fl = self.flags
                    self.new_global_flags = 0
            else:
                items.append(("lit", c, self.node_modes(fl)[0]))
        if len(items) == 1:
            return items[0]
        return ("cat", items)

    def parse_quantifier(self):
        """At a repeat character: returns (min, max, end) or None for a
        literal '{'.  Leaves self.i after the quantifier."""
        p = self.p
        c = p[self.i]
        if c == "*":
            self.i += 1
            return 0, None, self.i
        if c == "+":
            self.i += 1
            return 1, None, self.i
        if c == "?":
            self.i += 1
            return 0, 1, self.i
        # '{': {m}, {m,}, {,n}, {m,n}; anything else is a literal '{'.
        j = self.i + 1
        k = j
        while k < self.n and p[k] in _DIGITS:
            k += 1
        lo = p[j:k]
        hi = lo
        if k < self.n and p[k] == ",":
            k += 1
            m = k
            while k < self.n and p[k] in _DIGITS:
                k += 1
            hi = p[m:k]
        else:
            if not lo:
                return None
        if k >= self.n or p[k] != "}":
            return None
        mn = int(lo) if lo else 0
        mx = int(hi) if hi else None
        if mn >= MAXREPEAT or (mx is not None and mx >= MAXREPEAT):
            raise OverflowError("the repetition number is too large")
        self.i = k + 1
        return mn, mx, self.i

    # -- escapes -------------------------------------------------------

    def read_hex(self, start, letter, count):
        """The digits after \\x, \\u or \\U; start is the backslash."""
        p = self.p
        j = self.i
        while self.i < self.n and self.i - j < count and p[self.i] in _HEX:
            self.i += 1
        digits = p[j:self.i]
        if len(digits) != count:
            raise self.err("incomplete escape \\%s%s" % (letter, digits), start)
        value = int(digits, 16)
        if letter == "U" and value > 0x10FFFF:
            raise self.err("bad escape \\%s%s" % (letter, digits), start)
        return chr(value)

    def read_named_char(self, start):
        p = self.p
        if self.i >= self.n or p[self.i] != "{":
            raise self.err("missing {", self.i)
        self.i += 1
        j = p.find("}", self.i)
        if j < 0:
            raise self.err("missing }, unterminated name", self.i)
        name = p[self.i:j]
        if not name:
            raise self.err("missing character name", self.i)
        self.i = j + 1
        try:
            import unicodedata
            return unicodedata.lookup(name)
        except (ImportError, KeyError):
            raise self.err("undefined character name %r" % name, start) from None

    def common_escape(self, c, start):
        """Escapes valid both inside and outside classes that denote one
        character; returns it, or None when c is not one of them."""
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        if c == "x":
            return self.read_hex(start, "x", 2)
        if (c == "u" or c == "U") and not self.is_bytes:
            return self.read_hex(start, c, 4 if c == "u" else 8)
        if c == "N" and not self.is_bytes:
            return self.read_named_char(start)
        return None

    def octal_char(self, digits, start):
        value = int(digits, 8)
        if value > 0o377:
            raise self.err(
                "octal escape value \\%s outside of range 0-0o377" % digits, start)
        return chr(value)

    def parse_escape(self, fl, start):
        """After a backslash outside a class."""
        p = self.p
        if self.i >= self.n:
            raise self.err("bad escape (end of pattern)", start)
        c = p[self.i]
        self.i += 1
        fold, ascii = self.node_modes(fl)
        if c in "dDsSwW":
            return ("set", False, [("cat", c)], fold, ascii)
        if c == "A":
            return ("at", "A", ascii)
        if c == "Z":
            return ("at", "Z", ascii)
        if c == "b":
            return ("at", "b", ascii)
        if c == "B":
            return ("at", "B", ascii)
        ch = self.common_escape(c, start)
        if ch is not None:
            return ("lit", ch, fold)
        if c == "0":
            j = self.i
            while self.i < self.n and self.i - j < 2 and p[self.i] in _OCTAL:
                self.i += 1
            return ("lit", self.octal_char(p[j - 1:self.i], start), fold)
        if c in _DIGITS:
            # \1..\99 are group references unless three octal digits follow.
            if self.i < self.n and p[self.i] in _DIGITS:
                if (c in _OCTAL and p[self.i] in _OCTAL
                        and self.i + 1 < self.n and p[self.i + 1] in _OCTAL):
                    self.i += 2
                    return ("lit", self.octal_char(p[start + 1:self.i], start), fold)
                self.i += 1
            group = int(p[start + 1:self.i])
            if group > self.ngroups:
                raise self.err("invalid group reference %d" % group, start + 1)
            if group in self.open:
                raise self.err("cannot refer to an open group", start)
            return ("bref", group, fold)
        if c in _ASCII_LETTERS:
            raise self.err("bad escape \\%s" % c, start)
        return ("lit", c, fold)

    def class_escape(self, start):
        """After a backslash inside a class: ('ch', c) or ('cat', letter)."""
        p = self.p
        if self.i >= self.n:
            raise self.err("bad escape (end of pattern)", start)
        c = p[self.i]
        self.i += 1
        if c in "dDsSwW":
            return ("cat", c)
        if c == "b":
            return ("ch", "\b")
        ch = self.common_escape(c, start)
        if ch is not None:
            return ("ch", ch)
        if c in _OCTAL:
            j = self.i - 1
            while self.i < self.n and self.i - j < 3 and p[self.i] in _OCTAL:
                self.i += 1
            return ("ch", self.octal_char(p[j:self.i], start))
        if c in _DIGITS or c in _ASCII_LETTERS:
            raise self.err("bad escape \\%s" % c, start)
        return ("ch", c)

    # -- character classes ---------------------------------------------

    def parse_class(self, fl, start):
        p = self.p
        negated = False
        if self.i < self.n and p[self.i] == "[":
            warn("Possible nested set at position %d" % self.i, FutureWarning)
        if self.i < self.n and p[self.i] == "^":
            negated = True
            self.i += 1
        first = self.i
        items = []
        while True:
            if self.i >= self.n:
                raise self.err("unterminated character set", start)
            c = p[self.i]
            if c == "]" and self.i != first:
                self.i += 1
                break
            item_start = self.i
            if (items and c in _SET_OPERATORS and self.i + 1 < self.n
                    and p[self.i + 1] == c):
                # Reserved for future set operations like [a--b] and [a&&b].
                warn("Possible set %s at position %d" % (_SET_OPERATORS[c], self.i),
                     FutureWarning)
            item = self.class_item()
            if self.i < self.n and p[self.i] == "-":
                self.i += 1
                if self.i >= self.n:
                    raise self.err("unterminated character set", start)
                if p[self.i] == "-":
                    warn("Possible set difference at position %d" % (self.i - 1),
                         FutureWarning)
                if p[self.i] == "]":
                    # A trailing '-' is literal: [a-]
                    items.append(item)
                    items.append(("ch", "-"))
                    self.i += 1
                    break
                item2 = self.class_item()
                if item[0] != "ch" or item2[0] != "ch":
                    raise self.err("bad character range %s" % p[item_start:self.i],
                                   item_start)
                lo, hi = item[1], item2[1]
                if lo > hi:
                    raise self.err("bad character range %s" % p[item_start:self.i],
                                   item_start)
                items.append(("rng", lo, hi) if lo != hi else ("ch", lo))
            else:
                items.append(item)
        fold, ascii = self.node_modes(fl)
        return ("set", negated, items, fold, ascii)

    def class_item(self):
        c = self.p[self.i]
        start = self.i
        self.i += 1
        if c == "\\":
            return self.class_escape(start)
        return ("ch", c)

    # -- groups ----------------------------------------------------------

    def read_name(self, terminator, missing):
        """Read a group name up to terminator; returns (name, start)."""
        p = self.p
        start = self.i
        j = p.find(terminator, self.i)
        if j < 0:
            if start >= self.n:
                raise self.err("missing group name", start)
            raise self.err("missing %s, unterminated name" % terminator, start)
        name = p[start:j]
        if not name:
            raise self.err("missing group name", start)
        self.i = j + 1
        return name, start

    def check_name(self, name, pos):
        if not name.isidentifier():
            raise self.err("bad character in group name %r" % name, pos)

    def parse_group(self, fl, depth, start):
        """After '('.  Returns a node, or None for a comment or global flags."""
        p = self.p
        self.new_global_flags = 0
        if self.i < self.n and p[self.i] == "?":
            self.i += 1
            if self.i >= self.n:
                raise self.err("unexpected end of pattern", self.i)
            c = p[self.i]
            self.i += 1
            if c == "P":
                if self.i >= self.n:
                    raise self.err("unexpected end of pattern", self.i)
                c2 = p[self.i]
                self.i += 1
                if c2 == "<":
                    name, npos = self.read_name(">", "missing >")
                    self.check_name(name, npos)
                    return self.capture(fl, depth, start, name, npos)
                if c2 == "=":
                    name, npos = self.read_name(")", "missing )")
                    self.check_name(name, npos)
                    if name not in self.names:
                        raise self.err("unknown group name %r" % name, npos)
                    group = self.names[name]
                    if group in self.open:
                        raise self.err("cannot refer to an open group", npos)
                    return ("bref", group, self.node_modes(fl)[0])
                raise self.err("unknown extension ?P" + c2, start + 1)
            if c == ":":
                return ("ncg", self.sub(fl, depth, start))
            if c == "#":
                j = p.find(")", self.i)
                if j < 0:
                    raise self.err("missing ), unterminated comment", start)
                self.i = j + 1
                return None
            if c == "=" or c == "!":
                return ("look", self.sub(fl, depth, start), False, c == "!", 0)
            if c == "<":
                if self.i >= self.n:
                    raise self.err("unexpected end of pattern", self.i)
                c2 = p[self.i]
                self.i += 1
                if c2 != "=" and c2 != "!":
                    raise self.err("unknown extension ?<" + c2, start + 1)
                body = self.sub(fl, depth, start)
                # The width is fixed now (group widths are known for closed
                # groups); a variable width is reported after the whole
                # parse, as CPython's compiler does.
                lo, hi = self.width(body)
                self.behind.append(lo == hi)
                return ("look", body, True, c2 == "!", lo)
            if c == ">":
                return ("atomic", self.sub(fl, depth, start))
            if c == "(":
                return self.conditional(fl, depth, start)
            if c in F.INLINE or c == "-":
                return self.inline_flags(fl, depth, start)
            raise self.err("unknown extension ?" + c, start + 1)
        return self.capture(fl, depth, start, None, None)

    def capture(self, fl, depth, start, name, npos):
        self.ngroups += 1
        index = self.ngroups
        if index >= MAXGROUPS:
            raise self.err("too many groups", start)
        if name is not None:
            if name in self.names:
                raise self.err("redefinition of group name %r as group %d; "
                               "was group %d" % (name, index, self.names[name]), npos)
            self.names[name] = index
        self.open.append(index)
        body = self.sub(fl, depth, start)
        self.open.remove(index)
        self.widths[index] = self.width(body)
        return ("grp", index, body)

    def sub(self, fl, depth, start):
        """A parenthesised body up to and including its ')'."""
        node, bars = self.parse_alt(fl, depth + 1)
        if self.i >= self.n or self.p[self.i] != ")":
            raise self.err("missing ), unterminated subpattern", start)
        self.i += 1
        return node

    def conditional(self, fl, depth, start):
        name, npos = self.read_name(")", "missing )")
        if name.isidentifier():
            if name not in self.names:
                raise self.err("unknown group name %r" % name, npos)
            group = self.names[name]
        else:
            if not name.isdigit() or not name.isascii():
                raise self.err("bad character in group name %r" % name, npos)
            group = int(name)
            if group == 0:
                raise self.err("bad group number", npos)
            if group >= MAXGROUPS:
                raise self.err("invalid group reference %d" % group, npos)
            self.condrefs.setdefault(group, npos)
        node, bars = self.parse_alt(fl, depth + 1)
        if len(bars) > 1:
            raise self.err("conditional backref with more than two branches", bars[1])
        if self.i >= self.n or self.p[self.i] != ")":
            raise self.err("missing ), unterminated subpattern", start)
        self.i += 1
        if bars:
            yes, no = node[1]
        else:
            yes, no = node, None
        return ("cond", group, yes, no)

    def inline_flags(self, fl, depth, start):
        p = self.p
        self.i -= 1
        add = self.read_flag_letters(True)
        if self.i >= self.n:
            raise self.err("missing -, : or )", self.i)
        c = p[self.i]
        self.i += 1
        if c == ")":
            if depth > 0 or self.top_started:
                raise self.err("global flags not at the start of the expression",
                               start)
            self.flags |= add
            self.new_global_flags = add
            return None
        remove = 0
        if c == "-":
            if self.i >= self.n:
                raise self.err("missing flag", self.i)
            remove = self.read_flag_letters(False)
            if self.i >= self.n:
                raise self.err("missing :", self.i)
            c = p[self.i]
            if c != ":":
                if c.isalpha():
                    raise self.err("unknown flag", self.i)
                raise self.err("missing :", self.i)
            self.i += 1
            if add & remove:
                raise self.err("bad inline flags: flag turned on and off", self.i - 1)
        elif c != ":":
            if c.isalpha():
                raise self.err("unknown flag", self.i - 1)
            raise self.err("missing -, : or )", self.i - 1)
        local = (fl | add) & ~remove
        if add & (F.ASCII | F.UNICODE | F.LOCALE):
            # A scoped a/u/L replaces whichever of the three was in force.
            local = (fl & ~(F.ASCII | F.UNICODE | F.LOCALE)) | add
            local &= ~remove
        return ("ncg", self.sub(local, depth, start))

    def read_flag_letters(self, adding):
        p = self.p
        value = 0
        begin = self.i
        charset_letters = 0
        while self.i < self.n and p[self.i] in F.INLINE:
            c = p[self.i]
            self.i += 1
            if c == "L" and not self.is_bytes:
                raise self.err("bad inline flags: cannot use 'L' flag with a str pattern",
                               self.i)
            if c == "u" and self.is_bytes:
                raise self.err("bad inline flags: cannot use 'u' flag with a bytes pattern",
                               self.i)
            if c in "auL":
                if not adding:
                    raise self.err("bad inline flags: cannot turn off flags "
                                   "'a', 'u' and 'L'", self.i)
                charset_letters += 1
                if charset_letters > 1:
                    raise self.err("bad inline flags: flags 'a', 'u' and 'L' "
                                   "are incompatible", self.i)
            value |= F.INLINE[c]
        if not adding and self.i == begin:
            if self.i < self.n and p[self.i].isalpha():
                raise self.err("unknown flag", self.i)
            raise self.err("missing flag", self.i)
        return value

    # -- widths ------------------------------------------------------------

    def width(self, node):
        """(min, max) number of characters node can match; max None = any."""
        kind = node[0]
        if kind == "lit" or kind == "any" or kind == "set":
            return 1, 1
        if kind == "cat":
            lo = hi = 0
            for item in node[1]:
                a, b = self.width(item)
                lo += a
                hi = None if hi is None or b is None else hi + b
            return lo, hi
        if kind == "alt":
            lo, hi = None, 0
            for item in node[1]:
                a, b = self.width(item)
                lo = a if lo is None else min(lo, a)
                hi = None if hi is None or b is None else max(hi, b)
            return lo, hi
        if kind == "rep":
            a, b = self.width(node[1])
            mx = node[3]
            if b == 0 or mx == 0:
                hi = 0
            elif b is None or mx is None:
                hi = None
            else:
                hi = b * mx
            return a * node[2], hi
        if kind == "grp":
            return self.width(node[2])
        if kind == "ncg" or kind == "atomic":
            return self.width(node[1])
        if kind == "bref":
            return self.widths.get(node[1], (0, None))
        if kind == "cond":
            a, b = self.width(node[2])
            if node[3] is None:
                c, d = 0, 0
            else:
                c, d = self.width(node[3])
            return min(a, c), (None if b is None or d is None else max(b, d))
        return 0, 0   # 'at' and 'look'


def parse(pattern, flags):
    """Parse a str or bytes pattern; returns a ParseResult."""
    is_bytes = not isinstance(pattern, str)
    text = pattern.decode("latin-1") if is_bytes else pattern
    parser = _Parser(text, pattern, flags, is_bytes)
    tree, bars = parser.parse_alt(flags, 0)
    if parser.i < parser.n:
        # parse_alt only stops early at a ')' with no group open.
        raise parser.err("unbalanced parenthesis", parser.i)
    for group, pos in parser.condrefs.items():
        if group > parser.ngroups:
            raise parser.err("invalid group reference %d" % group, pos)
    if not all(parser.behind):
        raise error("look-behind requires fixed-width pattern")
    flags = int(_check_flags(parser.flags, is_bytes))
    result = ParseResult(tree, flags, parser.ngroups, dict(parser.names))
    return result


def _check_flags(flags, is_bytes):
    if not is_bytes:
        if flags & F.LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & F.ASCII:
            flags |= F.UNICODE
        elif flags & F.UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & F.UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & F.LOCALE and flags & F.ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags
