# importlib.reload errors: non-modules and modules missing from sys.modules.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import importlib
import types
import simple_mod

for bad in (5, "simple_mod", types.ModuleType("never_imported")):
    try:
        importlib.reload(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
del sys.modules["simple_mod"]
try:
    importlib.reload(simple_mod)
except ImportError as e:
    print("ImportError:", e, e.name)
