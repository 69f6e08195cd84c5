# Circular imports that only use each other after initialisation work.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import circ_ok_a

print(circ_ok_a.use_b(), circ_ok_a.circ_ok_b.circ_ok_a is circ_ok_a)
