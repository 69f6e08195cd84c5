# Spec and loader of built-in modules.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import importlib.machinery

for name in ("sys", "builtins"):
    mod = sys.modules[name]
    print(name, mod.__spec__.origin, mod.__loader__ is importlib.machinery.BuiltinImporter, mod.__package__,
          hasattr(mod, "__file__"), repr(mod))
print(sys.builtin_module_names.count("sys"), "builtins" in sys.builtin_module_names)
