"""Wrapping and filling of text paragraphs; dedent/indent helpers
(ferrython's implementation, giving CPython 3.11's results)."""

import re

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# Only these characters count as whitespace when wrapping (not the other
# Unicode spaces, e.g. U+00A0 stays inside words).
_whitespace = "\t\n\x0b\x0c\r "
_WS = frozenset(_whitespace)


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    # a word character that is not a decimal digit
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_word_punct(c):
    return c.isalnum() or c in "_!\"'&.,?"


class _WordSplitter:
    """Splits text into whitespace runs, words, hyphenated word parts and
    em-dashes ('--' between words), like the word-separator pattern of
    CPython's TextWrapper; split() mirrors re.split with a capturing group."""

    pattern = "<textwrap word splitter>"

    def split(self, text):
        chunks = []
        n = len(text)
        ws = _WS
        p = 0
        while p < n:
            c = text[p]
            if c in ws:
                e = p + 1
                while e < n and text[e] in ws:
                    e += 1
                chunks.append(text[p:e])
                p = e
                continue
            if c == "-" and p > 0 and _is_word_punct(text[p - 1]):
                e = p
                while e < n and text[e] == "-":
                    e += 1
                if e - p >= 2 and e < n and _is_word(text[e]):
                    chunks.append(text[p:e])
                    p = e
                    continue
            e = self._word_end(text, p, n)
            chunks.append(text[p:e])
            p = e
        return chunks

    @staticmethod
    def _word_end(text, p, n):
        ws = _WS
        e = p + 1
        while True:
            if e >= n or text[e] in ws:
                return e
            if text[e] == "-":
                # a hyphen inside a word: "ab-c..." or "a-b-c..." breaks after it
                if e + 1 < n and _is_letter(text[e + 1]):
                    before = (e >= 2 and _is_letter(text[e - 2]) and _is_letter(text[e - 1])) or \
                             (e >= 3 and _is_letter(text[e - 3]) and text[e - 2] == "-"
                              and _is_letter(text[e - 1]))
                    if before:
                        after = e + 2 < n and (
                            _is_letter(text[e + 2])
                            or (text[e + 2] == "-" and e + 3 < n and _is_letter(text[e + 3])))
                        # the letter after the hyphen is itself enough when
                        # followed by another letter (or '-' and a letter)
                        if after:
                            return e + 1
                # an em-dash follows this word
                if _is_word_punct(text[e - 1]) and e + 1 < n and text[e + 1] == "-":
                    k = e
                    while k < n and text[k] == "-":
                        k += 1
                    if k < n and _is_word(text[k]):
                        return e
            e += 1


class TextWrapper:
    """Wraps paragraphs to a width; see the attributes set in __init__."""

    unicode_whitespace_trans = {ord(c): ord(" ") for c in _whitespace}
    wordsep_re = _WordSplitter()
    wordsep_simple_re = re.compile("([%s]+)" % re.escape(_whitespace))
    sentence_end_re = re.compile(r"[a-z][.!?][\"']?\Z")

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            chunks = self.wordsep_re.split(text)
        else:
            chunks = self.wordsep_simple_re.split(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        search = self.sentence_end_re.search
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # prefer breaking after the last hyphen that fits, unless only
                # hyphens precede it
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-"):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        placeholder = self.placeholder
        max_lines = self.max_lines
        if max_lines is not None:
            indent = self.subsequent_indent if max_lines > 1 else self.initial_indent
            if len(indent) + len(placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        drop = self.drop_whitespace
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if drop and lines and chunks[-1].strip() == "":
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if drop and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (max_lines is None or len(lines) + 1 < max_lines
                    or ((not chunks or (drop and len(chunks) == 1 and not chunks[0].strip()))
                        and cur_len <= width)):
                lines.append(indent + "".join(cur_line))
                continue
            # the last allowed line: end it with the placeholder
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(placeholder) <= width:
                    cur_line.append(placeholder)
                    lines.append(indent + "".join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(placeholder) <= self.width:
                        lines[-1] = prev_line + placeholder
                        break
                lines.append(indent + placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Removes the whitespace prefix common to all non-blank lines; lines of
    only spaces and tabs become empty."""
    lines = text.split("\n")
    margin = None
    for i, line in enumerate(lines):
        body = line.lstrip(" \t")
        if not body:
            if line:
                lines[i] = ""
            continue
        lead = line[:len(line) - len(body)]
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            for a, b in zip(margin, lead):
                if a != b:
                    break
                k += 1
            margin = margin[:k]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines for which predicate(line) is true (by default
    those that are not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        if predicate(line) if predicate is not None else line.strip():
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
