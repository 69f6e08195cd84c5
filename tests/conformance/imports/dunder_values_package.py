# The same attributes for a package and its submodules.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import pkg_a.sub
import pkg_a.sub_pkg.deep

here = os.path.dirname(os.path.abspath(__file__))
rel = lambda p: os.path.relpath(p, here)
p = pkg_a
print(p.__name__, p.__package__, rel(p.__file__), [rel(x) for x in p.__path__])
print(p.__spec__.parent, [rel(x) for x in p.__spec__.submodule_search_locations], rel(p.__spec__.origin))
s = pkg_a.sub
print(s.__name__, s.__package__, s.__spec__.parent, hasattr(s, "__path__"))
d = pkg_a.sub_pkg.deep
print(d.__name__, d.__package__, d.__spec__.parent, rel(pkg_a.sub_pkg.__file__))
print(type(p.__path__).__name__, "sub" in vars(p), "sub_pkg" in vars(p))
