# reload picks up a changed source file; objects from before keep the old code.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import importlib

tmp = "/tmp/ferrython_conf_reload_%d" % os.getpid()
os.mkdir(tmp)
path = os.path.join(tmp, "changing_mod.py")
sys.path.insert(0, tmp)
try:
    with open(path, "w") as f:
        f.write("VERSION = 1\ndef version():\n    return 1\n")
    import changing_mod
    old_func = changing_mod.version
    print(changing_mod.VERSION, old_func())
    with open(path, "w") as f:
        f.write("VERSION = 2\ndef version():\n    return 2\n# longer now\n")
    importlib.invalidate_caches()
    importlib.reload(changing_mod)
    print(changing_mod.VERSION, changing_mod.version(), old_func(), old_func is changing_mod.version)
finally:
    os.remove(path)
    os.rmdir(tmp)
