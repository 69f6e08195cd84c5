# spec_from_file_location + module_from_spec + exec_module load a file under any
# name, without touching sys.modules.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import importlib.util

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support", "simple_mod.py")
spec = importlib.util.spec_from_file_location("renamed", path)
print(spec.name, spec.origin == path, spec.has_location, spec.parent == "", spec.submodule_search_locations)
print(type(spec.loader).__name__, spec.cached is not None)
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, mod.__spec__ is spec, mod.__file__ == path, hasattr(mod, "VALUE"), "renamed" in sys.modules)
spec.loader.exec_module(mod)
print(mod.VALUE, mod.func(), "renamed" in sys.modules)
pkg_init = os.path.join(os.path.dirname(path), "pkg_a", "__init__.py")
pspec = importlib.util.spec_from_file_location("pkg_copy", pkg_init, submodule_search_locations=[])
print(pspec.parent, pspec.submodule_search_locations)
print(importlib.util.spec_from_file_location("x", "/nonexistent/file.txt"))
