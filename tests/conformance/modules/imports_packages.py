import sys
here = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
sys.path.insert(0, here + "/_pkgs")
import mypkg
import mypkg.sub
from mypkg.sub import leaf
from mypkg.sub.leaf import *
import plainmod, plainmod as pm2
print(mypkg.VALUE, mypkg.helper(), mypkg.sub.h(), leaf.LEAF, LEAF)
print(plainmod.bump(), pm2.bump(), plainmod is pm2, "plainmod" in sys.modules, sys.modules["mypkg"] is mypkg)
print(__name__, mypkg.__name__, mypkg.sub.__name__, leaf.__name__, mypkg.__package__, leaf.__package__)
try:
    import does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from mypkg import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    import plainmod.sub
except ModuleNotFoundError as e:
    print(e)
