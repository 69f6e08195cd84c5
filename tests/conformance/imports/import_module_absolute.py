# importlib.import_module imports by absolute name and returns the module (the
# leaf for dotted names, unlike __import__).
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import importlib

m = importlib.import_module("simple_mod")
print(m.__name__, m.VALUE, m is sys.modules["simple_mod"])
print(importlib.import_module("simple_mod") is m)
sub = importlib.import_module("pkg_a.sub")
print(sub.__name__, "pkg_a" in sys.modules, sys.modules["pkg_a"].sub is sub)
print(__import__("pkg_a.sub").__name__, __import__("pkg_a.sub", fromlist=["x"]).__name__)
