# __class__ assignment involving builtin types
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
class P: pass
try:
    P().__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
class Q: pass
class Sl:
    __slots__ = ("a",)
q = Q()
try:
    q.__class__ = Sl
except TypeError as e:
    print(type(e).__name__, e)
try:
    q.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)
