# Module-level __getattr__ and __dir__ (PEP 562).
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import lazy_getattr
from lazy_getattr import lazy

print(lazy, lazy_getattr.lazy, dir(lazy_getattr))
try:
    lazy_getattr.other
except AttributeError as e:
    print("AttributeError:", e)
try:
    from lazy_getattr import other
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
