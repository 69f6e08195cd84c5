# Submodules named in a package's __all__ are imported by from pkg import *.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

ns = {}
exec("from star_pkg import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
print("star_pkg.mod_one" in sys.modules, "star_pkg.mod_two" in sys.modules)
