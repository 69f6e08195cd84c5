# A custom sys.path_hooks entry handles its own kind of sys.path item.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import importlib.util


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.origin = "from hook"


class HookFinder:
    def __init__(self, path):
        if not path.startswith("virtual:"):
            raise ImportError("not mine")
        self.path = path

    def find_spec(self, name, target=None):
        if name.startswith("hooked"):
            return importlib.util.spec_from_loader(name, Loader())
        return None


sys.path_hooks.insert(0, HookFinder)
sys.path.insert(0, "virtual:one")
import hooked_mod
print(hooked_mod.origin, type(sys.path_importer_cache["virtual:one"]).__name__)
print(sys.path_importer_cache["virtual:one"].path)
sys.path_hooks.remove(HookFinder)
