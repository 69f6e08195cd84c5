# A finder inserted at the front of sys.meta_path is asked first, with the
# parent's __path__ for submodules.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import importlib.abc
import importlib.util


class Loader(importlib.abc.Loader):
    def exec_module(self, module):
        module.made_by = "custom loader for " + module.__name__


class Finder(importlib.abc.MetaPathFinder):
    def __init__(self):
        self.calls = []

    def find_spec(self, fullname, path, target=None):
        self.calls.append((fullname, None if path is None else len(list(path))))
        if fullname.startswith("virt"):
            return importlib.util.spec_from_loader(fullname, Loader(), is_package=fullname == "virtpkg")
        return None


f = Finder()
sys.meta_path.insert(0, f)
import virtmod
import virtpkg.child
import pkg_a.sub
print(virtmod.made_by, virtpkg.made_by, virtpkg.child.made_by)
print(virtpkg.__path__, virtpkg.child.__package__)
print(f.calls)
sys.meta_path.remove(f)
