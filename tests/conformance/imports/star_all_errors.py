# __all__ naming a missing attribute or holding a non-string fails the star import.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

for mod in ("star_bad_name", "star_bad_type"):
    ns = {}
    try:
        exec(f"from {mod} import *", ns)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    print(sorted(k for k in ns if k != "__builtins__"))
