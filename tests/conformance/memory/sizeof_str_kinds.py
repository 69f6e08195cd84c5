# str sizes depend on the widest character: ASCII 49+n, latin-1 73+n,
# UCS-2 74+2n, UCS-4 76+4n (64-bit CPython 3.11).
import sys

for n in (0, 1, 2, 7, 8, 100):
    print(n, sys.getsizeof("a" * n), sys.getsizeof("\xe9" * n), sys.getsizeof("\u20ac" * n),
          sys.getsizeof("\U0001F600" * n))
print(sys.getsizeof("abc\xe9"), sys.getsizeof("abc\u20ac"), sys.getsizeof("abc\U0001F600"))
print(sys.getsizeof("é".encode().decode()), sys.getsizeof("".join(["ab", "cd"])))
print(sys.getsizeof(str(12345)), sys.getsizeof(repr(1.5)), sys.getsizeof("x".upper()))
print("abc".__sizeof__(), "\u20ac".__sizeof__())
