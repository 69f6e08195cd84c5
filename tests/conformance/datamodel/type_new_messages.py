# messages for bad calls to type.__new__ / type.__init__ / type()
class A: pass
try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__new__(type, "X", ())
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__new__(type, "X", (), {"__qualname__": 5})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__new__(type, "X", (), {"__slots__": ("a",), "a": 1})
except ValueError as e:
    print(type(e).__name__, e)
try:
    type.__init__(A, "A", (), {}, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__init__(A, "A", ())
except TypeError as e:
    print(type(e).__name__, e)
# name with a NUL or non-str
try:
    type("a\0b", (), {})
except ValueError as e:
    print(type(e).__name__, e)
try:
    type(b"bytes", (), {})
except TypeError as e:
    print(type(e).__name__, e)
