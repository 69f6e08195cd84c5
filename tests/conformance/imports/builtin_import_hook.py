# builtins.__import__ can be replaced; import statements go through it.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import builtins

original = builtins.__import__
calls = []


def spy(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, fromlist, level))
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = spy
import simple_mod
from pkg_a import sub
import pkg_a.sub as alias
builtins.__import__ = original
# (CPython's own import machinery also calls __import__ for private modules.)
print([c for c in calls if not c[0].startswith("_")])
