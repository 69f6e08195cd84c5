# sys.getrefcount counts the reference held by its own argument.
import sys


class C:
    pass


o = C()
print(sys.getrefcount(o))
alias = o
print(sys.getrefcount(o))
lst = [o, o, o]
print(sys.getrefcount(o))
del lst
print(sys.getrefcount(o))
d = {"k": o}
print(sys.getrefcount(o))
d.clear()
del alias
print(sys.getrefcount(o))
print(sys.getrefcount(C()))
print(sys.getrefcount([]))
