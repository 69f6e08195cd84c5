# sys.meta_path ends with the built-in, frozen and path finders.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import importlib.machinery

print(sys.meta_path[-1] is importlib.machinery.PathFinder)
print([getattr(f, "__name__", type(f).__name__) for f in sys.meta_path][-3:])
print(importlib.machinery.BuiltinImporter.find_spec("sys").origin)
print(importlib.machinery.PathFinder.find_spec("simple_mod").name)
print(importlib.machinery.PathFinder.find_spec("nothing_like_this"))
