"""RegexFlag: the re module's flag values.

CPython builds RegexFlag with enum.IntFlag and global_enum, which we do not
have; this is a small int subclass reproducing what programs observe: the
values, `re.IGNORECASE|re.MULTILINE` style reprs, bit operations returning
flags, `.name`/`.value`, iteration over the member flags.
"""

# (name, value) in CPython's definition order; reprs of combinations list
# the members in this order, not by value.
_MEMBERS = (
    ("ASCII", 256),
    ("IGNORECASE", 2),
    ("LOCALE", 4),
    ("UNICODE", 32),
    ("MULTILINE", 8),
    ("DOTALL", 16),
    ("VERBOSE", 64),
    ("TEMPLATE", 1),
    ("DEBUG", 128),
)
_ALL_BITS = 511


class _FlagMeta(type):
    # type(re.I) prints as <flag 'RegexFlag'> in CPython (enum's metaclass).
    def __repr__(cls):
        return "<flag %r>" % cls.__name__

    def __iter__(cls):
        for name, _ in _MEMBERS:
            yield getattr(cls, name)

    def __len__(cls):
        return len(_MEMBERS)


class RegexFlag(int, metaclass=_FlagMeta):
    __slots__ = ()

    def _names(self):
        value = int(self)
        names = [name for name, bit in _MEMBERS if value & bit]
        rest = value & ~_ALL_BITS
        return names, rest

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names, rest = self._names()
        parts = ["re." + n for n in names]
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        # IntFlag formats like str() when the spec is empty, else as an int.
        if spec:
            return format(int(self), spec)
        return str(self)

    @property
    def name(self):
        if int(self) == 0:
            return "NOFLAG"
        names, rest = self._names()
        if rest:
            return None
        return "|".join(names)

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        # Flag complement stays inside the defined bits (~re.I == 509).
        return RegexFlag(_ALL_BITS & ~int(self))

    def __contains__(self, other):
        return int(other) & int(self) == int(other)

    def __iter__(self):
        value = int(self)
        for name, bit in _MEMBERS:
            if value & bit:
                yield RegexFlag(bit)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


RegexFlag.__module__ = "re"

NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)

for _name, _bit in _MEMBERS:
    setattr(RegexFlag, _name, RegexFlag(_bit))
RegexFlag.NOFLAG = NOFLAG

# Short letters used by inline flags, e.g. (?i).
INLINE = {
    "a": 256, "i": 2, "L": 4, "m": 8, "s": 16, "u": 32, "x": 64,
}


def pattern_flags_repr(flags, is_str):
    """The flags part of a Pattern repr, in _sre's own order (not RegexFlag's)."""
    order = (
        ("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4),
        ("re.MULTILINE", 8), ("re.DOTALL", 16), ("re.UNICODE", 32),
        ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256),
    )
    if is_str and flags & 288 == 32:
        # UNICODE is implied for str patterns, so the repr leaves it out.
        flags &= ~32
    parts = []
    for name, bit in order:
        if flags & bit:
            parts.append(name)
            flags &= ~bit
    if flags:
        parts.append(hex(flags))
    return "|".join(parts)
