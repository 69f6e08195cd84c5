# sys.intern accepts exact str objects only.
import sys


class S(str):
    pass


for v in (1, b"b", None, S("sub")):
    try:
        sys.intern(v)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.intern()
except TypeError as e:
    print("TypeError:", e)
x = sys.intern("x" * 1000)
print(sys.intern("x" * 1000) is x)
