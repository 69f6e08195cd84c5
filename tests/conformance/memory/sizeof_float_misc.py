# Sizes of scalar and small built-in objects.
import sys

values = [1.5, float("inf"), 0j, None, ..., NotImplemented, object(), range(10), range(-5, 5, 2),
          slice(None), slice(1, 2, 3), property(), staticmethod(len), classmethod(len)]
for v in values:
    print(type(v).__name__, sys.getsizeof(v))
