# A namespace package may span several sys.path entries.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "_support", "ns_one"))
sys.path.insert(0, os.path.join(here, "_support", "ns_two"))
import shared_ns.part_one
import shared_ns.part_two

print(shared_ns.part_one.WHO, shared_ns.part_two.WHO)
print([os.path.relpath(p, here) for p in shared_ns.__path__])
print(shared_ns.__spec__.has_location, shared_ns.__spec__.origin)
