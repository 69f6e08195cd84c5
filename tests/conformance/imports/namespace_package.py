# A directory without __init__.py is a namespace package.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import lone_ns.inner.leaf
import lone_ns

here = os.path.dirname(os.path.abspath(__file__))
print(lone_ns.inner.leaf.WHO)
print(lone_ns.__spec__.origin, lone_ns.__file__ if hasattr(lone_ns, "__file__") else "no __file__")
print(type(lone_ns.__path__).__name__, [os.path.relpath(p, here) for p in lone_ns.__path__])
print(type(lone_ns.__loader__).__name__, lone_ns.__spec__.loader is lone_ns.__loader__)
print(lone_ns.__package__, lone_ns.__spec__.submodule_search_locations is not None)
print(repr(lone_ns).startswith("<module 'lone_ns'"))
