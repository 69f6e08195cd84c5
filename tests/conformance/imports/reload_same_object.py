# importlib.reload re-executes the module's code in the same module object;
# names the new code does not define survive.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import importlib
import counter_mod

first = counter_mod
print(counter_mod.RUNS, counter_mod.PERSIST)
counter_mod.PERSIST = "changed"
counter_mod.extra = "kept"
again = importlib.reload(counter_mod)
print(again is first, counter_mod.RUNS, counter_mod.PERSIST, counter_mod.extra)
print(sys.modules["counter_mod"] is first)
