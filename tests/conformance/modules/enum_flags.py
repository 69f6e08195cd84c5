import enum
from enum import Enum, Flag, IntFlag, IntEnum, auto, StrEnum
class P(Flag):
    X = 1
    W = 2
    R = 4
    RWX = 7
class Q(Flag):
    R = 4
    W = 2
    X = 1
print(repr(P(7)), repr(P(3)), str(P(3)), repr(P(0)), str(P(0)), repr(Q(7)), repr(Q(3)), list(P), list(P(7)), len(P(7)), P.RWX.name, P(3).name, P(0).name)
print(repr(~P.X), repr(~P.RWX), P._boundary_, IntFlag._boundary_)
try: P(9)
except ValueError as e: print(repr(str(e)))
class I(IntFlag):
    A = 1
    B = 2
print(repr(I(9)), str(I(9)), repr(I.A|I.B), repr(I(0)), repr(~I.A), format(I.A), I.A + 1, repr(I.A | 8))
try: 1 in P
except Exception as e: print(type(e).__name__, e)
class C(Enum):
    RED = 1
    GREEN = 2
try: C.RED = 5
except Exception as e: print(type(e).__name__, e)
try: del C.RED
except Exception as e: print(type(e).__name__, e)
try:
    class D(C): pass
except Exception as e: print(type(e).__name__, e)
try:
    class E(Enum):
        A = 1
        A = 2
except Exception as e: print(type(e).__name__, e)
try: C(3)
except Exception as e: print(type(e).__name__, e)
try: C['X']
except Exception as e: print(type(e).__name__, repr(e))
print(dict(C.__members__), repr(C), type(C), C.RED.__class__, enum.EnumMeta)
class S(StrEnum):
    A = auto()
    B = 'bee'
print(repr(S.A), str(S.A), format(S.A), f"{S.B}", S.A == 'a')
class N(IntEnum):
    ONE = 1
    TWO = auto()
print(repr(N.TWO), str(N.TWO), f"{N.TWO:>4}", N.TWO + 1, N(1), hash(N.ONE) == hash('ONE'))
print(f"{C.RED}", f"{C.RED!r}", "%s" % C.RED, format(C.RED, ">10"))
A = Enum('A', 'X Y Z')
print(list(A), A.__module__ if hasattr(A, '__module__') else None, repr(A.X), A.X.__qualname__ if hasattr(A.X, '__qualname__') else '')
print(list(Enum('B', [('a', 5), ('b', 6)])), list(Enum('C2', {'u': 'x'})), list(Enum('D2', 'p, q', start=10)))
try: Enum('Q', 'A A')
except Exception as e: print(type(e).__name__, e)
try:
    @enum.unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except Exception as e: print(type(e).__name__, e)
print(dict(P.__members__))
