# importlib.import_module with relative names needs the package argument.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import importlib

print(importlib.import_module(".sub", "pkg_a").__name__)
print(importlib.import_module(".sub_pkg.deep", "pkg_a").DEEP)
print(importlib.import_module("..sub", "pkg_a.sub_pkg").__name__)
try:
    importlib.import_module(".sub")
except TypeError as e:
    print("TypeError:", e)
try:
    importlib.import_module("...x", "pkg_a")
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    importlib.import_module(".missing", "pkg_a")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
