# from m import * imports exactly the names in __all__ (private ones too).
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

from star_all import *

print(sorted(k for k in globals() if k in ("public", "_listed_private", "unlisted")))
ns = {}
exec("from star_tuple_all import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
