# module_from_spec sets the module attributes from the spec.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import importlib.util
import importlib.machinery


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.ran = True


spec = importlib.machinery.ModuleSpec("virtual.child", Loader(), origin="somewhere", is_package=False)
m = importlib.util.module_from_spec(spec)
print(m.__name__, m.__package__, m.__spec__ is spec, type(m.__loader__).__name__, hasattr(m, "__file__"))
pspec = importlib.machinery.ModuleSpec("virtual_pkg", Loader(), is_package=True)
pm = importlib.util.module_from_spec(pspec)
print(pm.__package__, pm.__path__, pspec.parent, pspec.submodule_search_locations)
print(repr(spec))
