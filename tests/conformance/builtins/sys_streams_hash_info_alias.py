# sys.stdout/stderr/stdin attributes, sys.hash_info, types.GenericAlias(), writable class __doc__.
import sys, types
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdout.encoding, sys.stderr.errors)
print(repr(sys.stdout), sys.stdout.writable(), sys.stdin.readable())
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.algorithm, sys.hash_info.width)
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
class A:
    __class_getitem__ = classmethod(types.GenericAlias)
print(A[int])
try:
    types.GenericAlias(list)
except TypeError as e:
    print(e)
class D: pass
D.__doc__ = "hi"
print(D.__doc__)
try:
    del D.__doc__
except TypeError as e:
    print(e)
