# Attribute access on a partially initialised module during a circular import.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

try:
    import circ_attr_a
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print("circ_attr_a" in sys.modules)
