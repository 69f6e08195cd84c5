# The import system: __spec__/__loader__, importlib.import_module and reload,
# spec_from_file_location + module_from_spec, a custom sys.meta_path finder,
# namespace packages, circular imports, star imports and the errors.
import sys
import os
import importlib
import importlib.util
import importlib.machinery

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "_imp"))

print("os" in sys.modules, "site" in sys.modules)
print(sys.meta_path[-3:])
print(sys.__spec__, sys.__loader__)
print(type(sys.path_importer_cache).__name__, len(sys.path_hooks) >= 1)

import reloadable
spec = reloadable.__spec__
print(spec.name, spec.origin == reloadable.__file__, spec.parent == "", spec.has_location)
print(type(spec.loader).__name__, reloadable.__loader__ is spec.loader)
print(os.path.basename(os.path.dirname(reloadable.__cached__)), reloadable.__cached__.endswith(".pyc"))
again = importlib.reload(reloadable)
print(again is reloadable, reloadable.COUNT)

m = importlib.import_module("reloadable")
print(m is reloadable, importlib.import_module("os.path") is os.path)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError:", e)
try:
    importlib.import_module("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import os.nonexistent_child
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import reloadable.child
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from reloadable import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)

path = os.path.join(here, "_imp", "from_file.txt")
loader = importlib.machinery.SourceFileLoader("from_file", path)
spec = importlib.util.spec_from_loader("from_file", loader)
mod = importlib.util.module_from_spec(spec)
print(repr(mod).startswith("<module 'from_file'"), "from_file" in sys.modules)
spec.loader.exec_module(mod)
print(mod.hello(), mod.__spec__ is spec)
fspec = importlib.util.spec_from_file_location("by_path", os.path.join(here, "_imp", "with_all.py"))
print(fspec.name, fspec.has_location, os.path.basename(fspec.origin), fspec.submodule_search_locations)
bp = importlib.util.module_from_spec(fspec)
fspec.loader.exec_module(bp)
print(bp.public, bp.__name__, importlib.util.find_spec("reloadable").name, importlib.util.find_spec("nope_nope"))
print(importlib.util.resolve_name(".sub", "pkg"), importlib.util.resolve_name("..x", "a.b.c"))


class RecordingFinder:
    def __init__(self):
        self.asked = []

    def find_spec(self, name, path, target=None):
        self.asked.append(name)
        if name == "virtual_mod":
            return importlib.util.spec_from_loader(name, VirtualLoader())
        return None


class VirtualLoader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.answer = 42


finder = RecordingFinder()
sys.meta_path.insert(0, finder)
import virtual_mod
import with_all
print(virtual_mod.answer, virtual_mod.__spec__.name, type(virtual_mod.__loader__).__name__)
print(finder.asked)
sys.meta_path.remove(finder)

import nspkg.inner.mod
print(nspkg.inner.mod.WHERE, nspkg.__spec__.loader, nspkg.__file__ if hasattr(nspkg, "__file__") else "no __file__")
print(list(nspkg.__path__) == [os.path.join(here, "_imp", "nspkg")])

try:
    import circ_a
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

ns = {}
exec("from with_all import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
ns = {}
exec("from without_all import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))

fake = type(sys)("fake_mod")
fake.x = 1
sys.modules["fake_mod"] = fake
import fake_mod
print(fake_mod is fake, fake.__spec__)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
