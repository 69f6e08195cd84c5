# A relative import in a script run directly has no parent package.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

try:
    from . import simple_mod
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    from .simple_mod import VALUE
except ImportError as e:
    print(type(e).__name__ + ":", e)
