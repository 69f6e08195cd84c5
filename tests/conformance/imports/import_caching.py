# A module executes once; later imports return the cached module.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import simple_mod
import simple_mod as again
from simple_mod import VALUE

print(again is simple_mod, VALUE)
import importlib
print(importlib.import_module("simple_mod") is simple_mod, __import__("simple_mod") is simple_mod)
