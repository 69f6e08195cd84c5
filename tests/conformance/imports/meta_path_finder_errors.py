# Exceptions from finders propagate; a finder returning a spec without a loader;
# a module created by create_module.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

import importlib.util
import importlib.machinery
import types


class Boom:
    def find_spec(self, name, path, target=None):
        if name == "boom_mod":
            raise RuntimeError("finder exploded")
        return None


class NoLoader:
    def find_spec(self, name, path, target=None):
        if name == "noloader_mod":
            return importlib.machinery.ModuleSpec(name, None)
        return None


class Custom(types.ModuleType):
    kind = "custom"


class CreatingLoader:
    def create_module(self, spec):
        return Custom(spec.name)

    def exec_module(self, module):
        module.x = 1


class Creating:
    def find_spec(self, name, path, target=None):
        if name == "created_mod":
            return importlib.util.spec_from_loader(name, CreatingLoader())
        return None


sys.meta_path[:0] = [Boom(), NoLoader(), Creating()]
try:
    import boom_mod
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    import noloader_mod
except ImportError as e:
    print(type(e).__name__ + ":", e)
import created_mod
print(type(created_mod).__name__, created_mod.kind, created_mod.x)
del sys.meta_path[:3]
