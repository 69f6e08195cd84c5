# Relative imports inside packages, including from .. in a subpackage.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import pkg_a.rel

print(pkg_a.rel.RESULT)
try:
    import pkg_a.beyond
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    exec("from . import anything", {"__name__": "top"})
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    exec("from .x import y", {"__name__": "a.b", "__package__": "a"})
except ImportError as e:
    print(type(e).__name__ + ":", e)
