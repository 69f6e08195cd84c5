# importlib.import_module argument errors.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import importlib

for args in (("",), (5,), ("no_such_mod_xyz",), ("simple_mod.child",), ("pkg_a.nope.deeper",)):
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "name", "-"))
