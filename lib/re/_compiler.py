"""Syntax tree -> matcher closures (a backtracking engine).

Every node is compiled together with the matcher of what follows it
(continuation-passing with static continuations), so each matcher is a
function m(s, i, st) -> bool that matches its node at position i and then
calls its successor; True means the whole pattern matched.  Backtracking is
simply returning False, after undoing any changes made to `st`.

`s` is the subject: the str itself when it is ASCII (O(1) indexing in
ferrython), else a list of its characters (see _subject.py).  Only literal
strings need to know which: `listmode` compiles them as lists.

`st` is a list of ints, the match state:
    st[0]          lastindex (-1 = None)
    st[1]          end of the overall match (set on success)
    st[2]          an end position the match may not have (forbids an empty
                   match right after an empty match, CPython 3.7+ rules)
    st[3]          required end (fullmatch), -1 when any end will do
    st[2g+2..2g+3] start/end of group g (g >= 1), -1 when unset
    then two slots per general repeat (iteration count, start of the last
    iteration) and one scratch slot for atomic groups.

Repetitions of single characters or fixed-width bodies without alternatives
of different widths are matched by loops rather than recursion; other
repetitions recurse once per iteration.
"""

from ._casefold import fold, fold_ascii, fold_text, variants, is_cased
from . import _charset
from ._charset import _ASCII_WORD
from ._analysis import (
    merge_literals, first_char, literal_prefix, starts_anchored, has_refs, has_groups,
)


def _is_word(c):
    return c.isalnum() or c == "_"


def _accept(s, i, st):
    return True


def _fail(s, i, st):
    return False


_ASCII = [chr(c) for c in range(128)]


def ascii_fold_key(text, mode):
    """For case-insensitive literals against ASCII subjects: the lowercase
    string that s[i:j].lower() must equal; None when some character of text
    matches no ASCII character; False when .lower() cannot decide (never
    happens with the case rules of ASCII letters, kept for safety)."""
    f = fold if mode == 1 else fold_ascii
    key = []
    for c in text:
        k = f(c)
        matches = [a for a in _ASCII if f(a) == k]
        if not matches:
            return None
        low = set([a.lower() for a in matches])
        if len(low) != 1:
            return False
        low = low.pop()
        if set(matches) != set([a for a in _ASCII if a.lower() == low]):
            return False
        key.append(low)
    return "".join(key)


class Program:
    """A compiled pattern: the matcher plus facts the search loop uses."""

    def __init__(self, matcher, nslots, prefix, firstset, anchored):
        self.matcher = matcher
        self.nslots = nslots
        self.prefix = prefix        # literal every match starts with, or ''
        self.firstset = firstset    # frozenset of possible first chars, or None
        self.anchored = anchored    # matches can only start at position 0


class Compiler:
    def __init__(self, ngroups, listmode):
        self.ngroups = ngroups
        self.listmode = listmode
        self.nslots = 2 * ngroups + 4
        self.tmp = self.alloc(1)
        self.deep = False

    def alloc(self, count):
        slot = self.nslots
        self.nslots += count
        return slot

    # -- entry -------------------------------------------------------

    def program(self, tree):
        def done(s, i, st):
            if i == st[2]:
                return False
            req = st[3]
            if req >= 0 and i != req:
                return False
            st[1] = i
            return True
        matcher = self.comp(tree, done, None)
        prefix = literal_prefix(tree)
        first = self.firstset(tree)
        prog = Program(matcher, self.nslots, prefix, first, starts_anchored(tree))
        # Only general repeats recurse once per iteration; other matchers
        # nest no deeper than the pattern.
        prog.deep = self.deep
        prog.lead = self.leading_scan(tree)
        return prog

    def leading_scan(self, tree):
        """When every match starts with an unbounded repeat of one
        character class (like \w+ or [a-z]*?...), a failed attempt at i
        means attempts inside the same run of class characters fail too:
        they try a subset of the same split points, and nothing else in
        the pattern (no backreference or conditional) can tell the
        difference.  Returns the class's scan function, or None."""
        if has_refs(tree):
            return None
        node = tree
        while True:
            k = node[0]
            if k == "cat" and node[1]:
                node = node[1][0]
            elif k == "grp":
                node = node[2]
            elif k == "ncg" or k == "atomic":
                node = node[1]
            else:
                break
        if node[0] != "rep" or node[2] < 1 or node[3] is not None:
            return None
        simple = self.simple(node[1])
        if simple is None or simple[0] != 1:
            return None
        return simple[1]

    def comp(self, node, nxt, follow):
        """Matcher for node followed by nxt.  follow is the character the
        continuation must start with, if known (lets loops skip hopeless
        positions)."""
        return getattr(self, "c_" + node[0])(node, nxt, follow)

    # -- literals and single characters ---------------------------------

    def c_lit(self, node, nxt, follow):
        if node[2] == 0:
            return self.literal(node[1], 0, nxt)
        return self.single(self.char_test(node), nxt)

    def c_str(self, node, nxt, follow):
        return self.literal(node[1], node[2], nxt)

    def c_any(self, node, nxt, follow):
        return self.single(self.char_test(node), nxt)

    def c_set(self, node, nxt, follow):
        return self.single(self.char_test(node), nxt)

    def char_test(self, node):
        """(kind, data) testing one character against a 'lit', 'any' or
        'set' node.  kinds: 'eq' (== data), 'in'/'notin' (a frozenset),
        'fn'/'nfn' (a predicate), 'all'.  For ASCII subjects (not listmode)
        every test is reduced to a set of ASCII characters, which turns
        Unicode categories and case folding into one `in` check."""
        k = node[0]
        if k == "lit":
            c, mode = node[1], node[2]
            if mode == 0 or not is_cased(c, mode):
                kind, data = "eq", c
            elif mode == 2:
                kind, data = "in", frozenset((c.lower(), c.upper()))
            else:
                direct = frozenset(variants(c))
                key = fold(c)
                kind, data = "fn", (lambda x: x in direct or fold(x) == key)
        elif k == "any":
            if node[1]:
                kind, data = "all", None
            else:
                kind, data = "notin", frozenset("\n")
        else:
            members, test, negated = _charset.build(node)
            if members is not None:
                kind, data = ("notin" if negated else "in"), members
            else:
                kind, data = ("nfn" if negated else "fn"), test
        if self.listmode or kind == "eq" or kind == "all":
            return kind, data
        f = _char_step(kind, data)
        members = frozenset([c for c in _ASCII if f(c, 0)])
        if len(members) == 1:
            for c in members:
                return "eq", c
        return "in", members

    def single(self, test, nxt):
        """Matcher for one character passing test, then nxt."""
        kind, data = test
        if kind == "eq":
            def m(s, i, st):
                return i < len(s) and s[i] == data and nxt(s, i + 1, st)
        elif kind == "in":
            def m(s, i, st):
                return i < len(s) and s[i] in data and nxt(s, i + 1, st)
        elif kind == "notin":
            def m(s, i, st):
                return i < len(s) and s[i] not in data and nxt(s, i + 1, st)
        elif kind == "fn":
            def m(s, i, st):
                return i < len(s) and data(s[i]) and nxt(s, i + 1, st)
        elif kind == "nfn":
            def m(s, i, st):
                return i < len(s) and not data(s[i]) and nxt(s, i + 1, st)
        else:
            def m(s, i, st):
                return i < len(s) and nxt(s, i + 1, st)
        return m

    def literal(self, text, mode, nxt):
        """Matcher for a literal string (mode: case folding), then nxt."""
        if mode and not any(is_cased(c, mode) for c in text):
            mode = 0
        n = len(text)
        if mode == 0:
            if n == 1:
                return self.single(("eq", text), nxt)
            lit = list(text) if self.listmode else text

            def m(s, i, st):
                return s[i:i + n] == lit and nxt(s, i + n, st)
            return m
        if n == 1:
            return self.single(self.char_test(("lit", text, mode)), nxt)
        if not self.listmode:
            key = ascii_fold_key(text, mode)
            if key is None:
                # Some character has no ASCII equivalent: never matches an
                # ASCII subject.
                return _fail
            if key is not False:
                def m(s, i, st):
                    return s[i:i + n].lower() == key and nxt(s, i + n, st)
                return m
        f = fold if mode == 1 else fold_ascii
        keys = fold_text(text, mode)

        def m(s, i, st):
            if i + n > len(s):
                return False
            k = 0
            while k < n:
                c = s[i + k]
                if c != text[k] and f(c) != keys[k]:
                    return False
                k += 1
            return nxt(s, i + n, st)
        return m

    # -- structure -----------------------------------------------------

    def c_cat(self, node, nxt, follow):
        items = merge_literals(node[1])
        m = nxt
        for item in reversed(items):
            m = self.comp(item, m, follow)
            follow = first_char(item)
        return m

    def c_ncg(self, node, nxt, follow):
        return self.comp(node[1], nxt, follow)

    def c_alt(self, node, nxt, follow):
        branches = [self.comp(b, nxt, follow) for b in node[1]]
        firsts = [self.firstset(b) for b in node[1]]
        if all(f is not None for f in firsts):
            # Dispatch on the next character: only branches that can start
            # with it are tried, in their original order.
            table = {}
            for branch, chars in zip(branches, firsts):
                for c in chars:
                    table.setdefault(c, []).append(branch)
            table = {c: tuple(v) for c, v in table.items()}
            empty = ()

            def m(s, i, st):
                if i >= len(s):
                    return False
                for b in table.get(s[i], empty):
                    if b(s, i, st):
                        return True
                return False
            return m
        branches = tuple(branches)

        def m(s, i, st):
            for b in branches:
                if b(s, i, st):
                    return True
            return False
        return m

    def c_grp(self, node, nxt, follow):
        g = node[1]
        a = 2 * g + 2
        b = a + 1

        def close(s, i, st):
            old_end = st[b]
            old_last = st[0]
            st[b] = i
            st[0] = g
            if nxt(s, i, st):
                return True
            st[b] = old_end
            st[0] = old_last
            return False
        inner = self.comp(node[2], close, follow)

        def m(s, i, st):
            old = st[a]
            st[a] = i
            if inner(s, i, st):
                return True
            st[a] = old
            return False
        return m

    def c_bref(self, node, nxt, follow):
        a = 2 * node[1] + 2
        b = a + 1
        mode = node[2]
        if mode == 0:
            def m(s, i, st):
                start = st[a]
                end = st[b]
                if start < 0 or end < start:
                    return False
                j = i + end - start
                return s[i:j] == s[start:end] and j <= len(s) and nxt(s, j, st)
            return m
        f = fold if mode == 1 else fold_ascii

        def m(s, i, st):
            start = st[a]
            end = st[b]
            if start < 0 or end < start:
                return False
            j = i + end - start
            if j > len(s):
                return False
            k = 0
            while start + k < end:
                x = s[start + k]
                y = s[i + k]
                if x != y and f(x) != f(y):
                    return False
                k += 1
            return nxt(s, j, st)
        return m

    def c_at(self, node, nxt, follow):
        kind = node[1]
        if kind == "A":
            def m(s, i, st):
                return i == 0 and nxt(s, i, st)
        elif kind == "Z":
            def m(s, i, st):
                return i == len(s) and nxt(s, i, st)
        elif kind == "bolm":
            def m(s, i, st):
                return (i == 0 or s[i - 1] == "\n") and nxt(s, i, st)
        elif kind == "eol":
            def m(s, i, st):
                n = len(s)
                return (i == n or (i == n - 1 and s[i] == "\n")) and nxt(s, i, st)
        elif kind == "eolm":
            def m(s, i, st):
                return (i == len(s) or s[i] == "\n") and nxt(s, i, st)
        else:
            if node[2]:
                def word(c):
                    return c in _ASCII_WORD
            else:
                word = _is_word
            want = kind == "b"

            def m(s, i, st):
                n = len(s)
                if n == 0:
                    # CPython: neither \b nor \B matches in an empty string.
                    return False
                before = i > 0 and word(s[i - 1])
                after = i < n and word(s[i])
                return (before != after) == want and nxt(s, i, st)
        return m

    def c_look(self, node, nxt, follow):
        _, body, behind, negated, w = node
        inner = self.comp(body, _accept, None)
        keep = has_groups(body)
        if not behind:
            if negated:
                def m(s, i, st):
                    snap = st[:] if keep else None
                    if inner(s, i, st):
                        if keep:
                            st[:] = snap
                        return False
                    return nxt(s, i, st)
            else:
                def m(s, i, st):
                    snap = st[:] if keep else None
                    if not inner(s, i, st):
                        return False
                    if nxt(s, i, st):
                        return True
                    if keep:
                        st[:] = snap
                    return False
            return m
        if negated:
            def m(s, i, st):
                j = i - w
                if j >= 0:
                    snap = st[:] if keep else None
                    if inner(s, j, st):
                        if keep:
                            st[:] = snap
                        return False
                return nxt(s, i, st)
        else:
            def m(s, i, st):
                j = i - w
                if j < 0:
                    return False
                snap = st[:] if keep else None
                if not inner(s, j, st):
                    return False
                if nxt(s, i, st):
                    return True
                if keep:
                    st[:] = snap
                return False
        return m

    def c_atomic(self, node, nxt, follow):
        return self.atomic(node[1], nxt)

    def atomic(self, body, nxt):
        tmp = self.tmp

        def record(s, i, st):
            st[tmp] = i
            return True
        inner = self.comp(body, record, None)

        def m(s, i, st):
            snap = st[:]
            if not inner(s, i, st):
                return False
            if nxt(s, st[tmp], st):
                return True
            st[:] = snap
            return False
        return m

    def c_cond(self, node, nxt, follow):
        _, g, yes, no = node
        a = 2 * g + 2
        b = a + 1
        yes_m = self.comp(yes, nxt, follow)
        no_m = self.comp(no, nxt, follow) if no is not None else nxt

        def m(s, i, st):
            if st[a] >= 0 and st[b] >= st[a]:
                return yes_m(s, i, st)
            return no_m(s, i, st)
        return m

    def firstset(self, node):
        """frozenset of the characters a match of node can start with, or
        None when unknown or when node can match the empty string."""
        k = node[0]
        if k == "lit" or k == "str" or k == "any" or k == "set":
            if k == "str":
                node = ("lit", node[1][0], node[2])
            kind, data = self.char_test(node)
            if kind == "eq":
                return frozenset(data)
            if kind == "in":
                return data
            return None
        if k == "cat":
            return self.firstset(node[1][0]) if node[1] else None
        if k == "grp":
            return self.firstset(node[2])
        if k == "ncg" or k == "atomic":
            return self.firstset(node[1])
        if k == "rep":
            return self.firstset(node[1]) if node[2] >= 1 else None
        if k == "alt":
            out = set()
            for b in node[1]:
                f = self.firstset(b)
                if f is None:
                    return None
                out |= f
            return frozenset(out)
        return None

    # -- repetition ----------------------------------------------------

    def c_rep(self, node, nxt, follow):
        _, body, mn, mx, kind = node
        if mx == 0:
            return nxt
        if mn == 1 and mx == 1:
            if kind == 2:
                return self.atomic(body, nxt)
            return self.comp(body, nxt, follow)
        captured = None
        inner = body
        while inner[0] == "ncg":
            inner = inner[1]
        if inner[0] == "grp":
            # A repeated group around a fixed-width body: the loop below
            # can still be used, setting the group to the last iteration.
            captured = inner[1]
            inner = inner[2]
        simple = self.simple(inner)
        if simple is not None:
            return self.loop_repeat(simple, mn, mx, kind, nxt, follow, captured)
        if kind == 2:
            return self.atomic(("rep", body, mn, mx, 0), nxt)
        return self.general_repeat(body, mn, mx, kind == 1, nxt)

    def loop_repeat(self, simple, mn, mx, kind, nxt, follow, captured):
        w, scan = simple
        if captured is not None:
            a = 2 * captured + 2
            b = a + 1
            g = captured

            def with_group(s, start, j, st):
                # The group holds the last iteration, if there was one.
                if j == start:
                    return nxt(s, j, st)
                old_a = st[a]
                old_b = st[b]
                old_last = st[0]
                st[a] = j - w
                st[b] = j
                st[0] = g
                if nxt(s, j, st):
                    return True
                st[a] = old_a
                st[b] = old_b
                st[0] = old_last
                return False
        else:
            with_group = None

        if kind == 2:
            def m(s, i, st):
                lim = len(s) if mx is None else min(len(s), i + mx * w)
                j = scan(s, i, lim)
                if j < i + mn * w:
                    return False
                if with_group is not None:
                    return with_group(s, i, j, st)
                return nxt(s, j, st)
            return m

        if kind == 1:
            def m(s, i, st):
                n = len(s)
                lim = n if mx is None else min(n, i + mx * w)
                j = i + mn * w
                if j > lim or scan(s, i, j) != j:
                    return False
                while True:
                    if with_group is not None:
                        if with_group(s, i, j, st):
                            return True
                    elif nxt(s, j, st):
                        return True
                    if j + w > lim or scan(s, j, j + w) != j + w:
                        return False
                    j += w
            return m

        if with_group is None and follow is not None:
            def m(s, i, st):
                n = len(s)
                lim = n if mx is None else min(n, i + mx * w)
                j = scan(s, i, lim)
                low = i + mn * w
                while j >= low:
                    if j < n and s[j] == follow and nxt(s, j, st):
                        return True
                    j -= w
                return False
            return m

        def m(s, i, st):
            n = len(s)
            lim = n if mx is None else min(n, i + mx * w)
            j = scan(s, i, lim)
            low = i + mn * w
            if with_group is not None:
                while j >= low:
                    if with_group(s, i, j, st):
                        return True
                    j -= w
                return False
            while j >= low:
                if nxt(s, j, st):
                    return True
                j -= w
            return False
        return m

    def general_repeat(self, body, mn, mx, lazy, nxt):
        self.deep = True
        count = self.alloc(2)
        last = count + 1
        inf = mx is None

        if lazy:
            def loop(s, i, st):
                c = st[count]
                p = st[last]
                if c < mn:
                    st[count] = c + 1
                    st[last] = i
                    if inner(s, i, st):
                        return True
                    st[count] = c
                    st[last] = p
                    return False
                if nxt(s, i, st):
                    return True
                if (inf or c < mx) and i != p:
                    st[count] = c + 1
                    st[last] = i
                    if inner(s, i, st):
                        return True
                    st[count] = c
                    st[last] = p
                return False
        else:
            def loop(s, i, st):
                c = st[count]
                p = st[last]
                if c < mn:
                    st[count] = c + 1
                    st[last] = i
                    if inner(s, i, st):
                        return True
                    st[count] = c
                    st[last] = p
                    return False
                if (inf or c < mx) and i != p:
                    st[count] = c + 1
                    st[last] = i
                    if inner(s, i, st):
                        return True
                    st[count] = c
                    st[last] = p
                return nxt(s, i, st)

        inner = self.comp(body, loop, None)

        def m(s, i, st):
            old_c = st[count]
            old_p = st[last]
            st[count] = 0
            st[last] = -1
            if loop(s, i, st):
                return True
            st[count] = old_c
            st[last] = old_p
            return False
        return m

    # -- fixed-width bodies ------------------------------------------------

    def simple(self, node):
        """(width, scan) when node always matches a fixed number of
        characters without choices that matter; scan(s, i, lim) returns how
        far repeated matches of node reach from i without passing lim."""
        test = self.step(node)
        if test is None:
            return None
        w, kind, data = test
        if w == 0:
            return None
        if kind == "eq":
            c = data

            def scan(s, i, lim):
                while i < lim and s[i] == c:
                    i += 1
                return i
        elif kind == "in":
            members = data

            def scan(s, i, lim):
                while i < lim and s[i] in members:
                    i += 1
                return i
        elif kind == "notin":
            members = data

            def scan(s, i, lim):
                while i < lim and s[i] not in members:
                    i += 1
                return i
        elif kind == "fn":
            f = data

            def scan(s, i, lim):
                while i < lim and f(s[i]):
                    i += 1
                return i
        elif kind == "nfn":
            f = data

            def scan(s, i, lim):
                while i < lim and not f(s[i]):
                    i += 1
                return i
        elif kind == "all":
            def scan(s, i, lim):
                return lim
        else:
            step = data

            def scan(s, i, lim):
                while i + w <= lim and step(s, i):
                    i += w
                return i
        return w, scan

    def step(self, node):
        """(width, kind, data) describing a deterministic fixed-width node:
        kinds 'eq' 'in' 'notin' 'fn' 'nfn' 'all' test one character; kind
        'step' has data step(s, i) testing the node at i (bounds checked by
        the caller).  None when node is not like that."""
        k = node[0]
        if k == "lit" or k == "any" or k == "set":
            kind, data = self.char_test(node)
            return 1, kind, data
        if k == "ncg":
            return self.step(node[1])
        if k == "cat":
            parts = []
            offset = 0
            for item in merge_literals(node[1]):
                if item[0] == "str":
                    text, mode = item[1], item[2]
                    if mode == 0:
                        lit = list(text) if self.listmode else text
                        n = len(text)
                        parts.append((_slice_eq(lit, n), offset))
                        offset += n
                        continue
                    for c in text:
                        kind, data = self.char_test(("lit", c, mode))
                        parts.append((_char_step(kind, data), offset))
                        offset += 1
                    continue
                sub = self.step(item)
                if sub is None:
                    return None
                w, kind, data = sub
                if kind == "step":
                    parts.append((data, offset))
                else:
                    parts.append((_char_step(kind, data), offset))
                offset += w
            parts = tuple(parts)

            def step(s, i):
                for f, off in parts:
                    if not f(s, i + off):
                        return False
                return True
            return offset, "step", step
        if k == "alt":
            subs = []
            for b in node[1]:
                sub = self.step(b)
                if sub is None:
                    return None
                subs.append(sub)
            w = subs[0][0]
            if any(sub[0] != w for sub in subs):
                return None
            if w == 1:
                # Single characters: an alternation is just a bigger class.
                members = set()
                for sub in subs:
                    if sub[1] == "eq":
                        members.add(sub[2])
                    elif sub[1] == "in":
                        members |= sub[2]
                    else:
                        members = None
                        break
                if members is not None:
                    return 1, "in", frozenset(members)
            steps = tuple(_char_step(sub[1], sub[2]) if sub[1] != "step" else sub[2]
                          for sub in subs)

            def step(s, i):
                for f in steps:
                    if f(s, i):
                        return True
                return False
            return w, "step", step
        return None


def _slice_eq(lit, n):
    def f(s, i):
        return s[i:i + n] == lit
    return f


def _char_step(kind, data):
    if kind == "eq":
        return lambda s, i: s[i] == data
    if kind == "in":
        return lambda s, i: s[i] in data
    if kind == "notin":
        return lambda s, i: s[i] not in data
    if kind == "fn":
        return lambda s, i: data(s[i])
    if kind == "nfn":
        return lambda s, i: not data(s[i])
    return lambda s, i: True


def compile_tree(tree, ngroups, listmode):
    return Compiler(ngroups, listmode).program(tree)
