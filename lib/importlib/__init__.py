"""The import system's Python interface: import_module, reload, invalidate_caches."""

import sys
import _imp
from importlib import _bootstrap, _bootstrap_external

__all__ = ["__import__", "import_module", "invalidate_caches", "reload"]

__import__ = __import__


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def import_module(name, package=None):
    """Imports a module; a relative name ('.mod') needs `package`."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError("Empty module name")
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    for finder in sys.meta_path:
        if hasattr(finder, "invalidate_caches"):
            finder.invalidate_caches()


_RELOADING = {}


def reload(module):
    """Re-executes a module's code in the same module object and returns it."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition(".")[0]
        path = None
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError("parent {!r} not in sys.modules".format(parent_name), name=parent_name) from None
            path = parent.__path__
        spec = module.__spec__ = _bootstrap._find_spec(name, path, module)
        if spec is None:
            raise ModuleNotFoundError("spec not found for the module {!r}".format(name), name=name)
        _bootstrap._init_module_attrs(spec, module, override=True)
        spec.loader.exec_module(module)
        return sys.modules[name]
    finally:
        _RELOADING.pop(name, None)
