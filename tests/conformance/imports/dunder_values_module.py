# __name__, __file__, __package__, __spec__, __loader__, __cached__ of a plain
# module imported from sys.path (paths shown relative to the test folder).
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import simple_mod as m

here = os.path.dirname(os.path.abspath(__file__))
print(m.__name__, m.__package__, os.path.relpath(m.__file__, here))
print(type(m.__loader__).__name__, m.__loader__ is m.__spec__.loader)
s = m.__spec__
print(s.name, os.path.relpath(s.origin, here), s.parent == "", s.has_location, s.submodule_search_locations)
print(os.path.relpath(os.path.dirname(m.__cached__), here), m.__cached__.endswith(".pyc"), s.cached == m.__cached__)
print(m.__loader__.name, os.path.relpath(m.__loader__.path, here))
print(sorted(k for k in vars(m) if k.startswith("__")))
