# from-import of a name not yet defined in a partially initialised module.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

try:
    import circ_from_a
except ImportError as e:
    print(type(e).__name__ + ":", e)
    print(e.name, os.path.basename(e.path))
print("circ_from_a" in sys.modules, "circ_from_b" in sys.modules)
