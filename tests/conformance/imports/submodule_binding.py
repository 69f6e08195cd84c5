# import a.b binds a; import a.b as c binds the submodule; importing a submodule
# sets it as an attribute of its parent.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import pkg_a.sub

print("pkg_a" in dir(), pkg_a.sub.SUB_VALUE)
import pkg_a.sub_pkg.deep as d
print(d.__name__, "d" in dir())
from pkg_a import sub_pkg
print(sub_pkg.__name__, hasattr(pkg_a, "sub_pkg"))
del pkg_a.sub
from pkg_a import sub
print(sub.__name__)
