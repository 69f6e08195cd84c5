# importlib.util.find_spec: existing, missing, submodules, and sys.modules entries.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import importlib.util
import types

print(importlib.util.find_spec("simple_mod").name, "simple_mod" in sys.modules)
print(importlib.util.find_spec("no_such_thing"))
print(importlib.util.find_spec("pkg_a.sub").name, "pkg_a" in sys.modules, "pkg_a.sub" in sys.modules)
print(importlib.util.find_spec(".sub", "pkg_a").name)
try:
    importlib.util.find_spec("simple_mod.child")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
m = types.ModuleType("spec_less")
sys.modules["spec_less"] = m
try:
    importlib.util.find_spec("spec_less")
except ValueError as e:
    print("ValueError:", e)
