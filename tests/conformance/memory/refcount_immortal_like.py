# Singletons and small ints have very large reference counts; a fresh big int or
# string built at run time is only referenced by its name (and the argument).
import sys

print(sys.getrefcount(None) > 100, sys.getrefcount(True) > 10, sys.getrefcount(1) > 10)
x = int("1" * 30)
print(sys.getrefcount(x))
s = "".join(["unique", "-string"])
print(sys.getrefcount(s))
