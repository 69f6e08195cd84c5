"""re.error: the exception raised for invalid patterns and templates."""


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg (the bare message), pattern, pos (index into the
    pattern or None), lineno and colno (derived from pos).
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            text = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                # Multi-line patterns also say where in the text it went wrong.
                text = "%s (line %d, column %d)" % (text, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
            text = msg
        super().__init__(text)


error.__module__ = "re"
