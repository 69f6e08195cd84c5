# sys.path_importer_cache caches a FileFinder per directory searched.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

here = os.path.dirname(os.path.abspath(__file__))
support = os.path.join(here, "_support")
sys.path_importer_cache.pop(support, None)
import simple_mod

finder = sys.path_importer_cache[support]
print(type(finder).__name__, os.path.relpath(finder.path, here))
print(finder.find_spec("simple_mod").name, finder.find_spec("absent_module"))
sys.path.insert(0, "/nonexistent_dir_for_conformance")
try:
    import still_absent
except ImportError:
    pass
print("/nonexistent_dir_for_conformance" in sys.path_importer_cache,
      sys.path_importer_cache.get("/nonexistent_dir_for_conformance"))
