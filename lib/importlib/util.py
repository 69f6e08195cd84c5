"""Utilities for the import system."""

import sys
from importlib._bootstrap import module_from_spec, spec_from_loader, _find_spec
from importlib._bootstrap_external import (
    spec_from_file_location, cache_from_source, source_from_cache, decode_source)

MAGIC_NUMBER = (3495).to_bytes(2, "little") + b"\r\n"


def resolve_name(name, package):
    """Resolves a relative module name to an absolute one."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError("no package specified for {} (required for relative module names)".format(repr(name)))
    level = 0
    for character in name:
        if character != ".":
            break
        level += 1
    from importlib import _resolve_name
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of a module: from sys.modules if imported, else from the finders."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition(".")[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=["__path__"])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    "__path__ attribute not found on {!r} while trying to find {!r}".format(parent_name, fullname),
                    name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError("{}.__spec__ is not set".format(name)) from None
    if spec is None:
        raise ValueError("{}.__spec__ is None".format(name))
    return spec
