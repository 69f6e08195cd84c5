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


_PACKAGE = __name__.rpartition(".")[0]


def warn(message, category):
    """warnings.warn() attributed to the first caller outside this package
    (CPython's re gets the same effect with a stacklevel that depends on
    its own call depth)."""
    import sys
    import warnings
    frame = sys._getframe(0)
    level = 1
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if name != _PACKAGE and not name.startswith(_PACKAGE + "."):
            break
        frame = frame.f_back
        level += 1
    warnings.warn(message, category, stacklevel=level)
