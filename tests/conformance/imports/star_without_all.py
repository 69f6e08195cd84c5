# Without __all__, from m import * skips every name starting with an underscore
# but includes imported modules.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

ns = {}
exec("from star_noall import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
