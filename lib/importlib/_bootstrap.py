"""The import system's Python half: module specs, the default finders and loaders,
and the slow path used when `sys.meta_path` holds finders of the program's own.

The interpreter imports modules natively while `sys.meta_path` is the default
[BuiltinImporter, FrozenImporter, PathFinder]; the objects here describe those
imports (`__spec__`, `__loader__`) and carry out the others. Registered as
`_frozen_importlib` too, the name CPython's reprs use.
"""

import sys
import _imp


def _object_name(obj):
    try:
        return obj.__qualname__
    except AttributeError:
        return type(obj).__qualname__


class ModuleSpec:
    """The import-related information about a module."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodule_search_locations = True
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ["name={!r}".format(self.name), "loader={!r}".format(self.loader)]
        if self.origin is not None:
            args.append("origin={!r}".format(self.origin))
        if self.submodule_search_locations is not None:
            args.append("submodule_search_locations={}".format(self.submodule_search_locations))
        return "{}({})".format(self.__class__.__name__, ", ".join(args))

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin and smsl == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    __hash__ = None

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith(".py"):
                self._cached = _cache_from_source(self.origin)
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


def _cache_from_source(path):
    head, _, tail = path.rpartition("/")
    base = tail.rpartition(".")[0] if "." in tail else tail
    return "{}/__pycache__/{}.{}.pyc".format(head, base, sys.implementation.cache_tag)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if origin is None:
        origin = getattr(loader, "_ORIGIN", None)
    if is_package is None and hasattr(loader, "is_package"):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=bool(is_package))


def _init_module_attrs(spec, module, override=False):
    def put(name, value):
        if override or getattr(module, name, None) is None:
            try:
                setattr(module, name, value)
            except AttributeError:
                pass

    put("__name__", spec.name)
    put("__loader__", spec.loader)
    put("__package__", spec.parent)
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if spec.submodule_search_locations is not None:
        put("__path__", spec.submodule_search_locations)
    if spec.submodule_search_locations is not None and spec.origin is None and spec.loader is not None \
            and type(spec.loader).__name__ == "NamespaceLoader":
        put("__file__", None)
    if spec.has_location:
        put("__file__", spec.origin)
        if spec.cached is not None:
            put("__cached__", spec.cached)
    return module


def module_from_spec(spec):
    """Creates a module from a spec (the loader may create it)."""
    module = None
    if hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = type(sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


def _load(spec):
    """Creates, registers and executes the module for `spec`."""
    if spec.loader is not None and not hasattr(spec.loader, "exec_module"):
        module = spec.loader.load_module(spec.name)
        return sys.modules[spec.name] if spec.name in sys.modules else module
    module = module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        if spec.loader is None:
            if spec.submodule_search_locations is None:
                raise ImportError("missing loader", name=spec.name)
        else:
            spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(spec.name, None)
        raise
    return sys.modules.pop(spec.name) if False else sys.modules[spec.name]


def _find_spec(name, path, target=None):
    meta_path = sys.meta_path
    if meta_path is None:
        raise ImportError("sys.meta_path is None, Python is likely shutting down")
    if not meta_path:
        import warnings
        warnings.warn("sys.meta_path is empty", ImportWarning)
    for finder in meta_path:
        find_spec = getattr(finder, "find_spec", None)
        if find_spec is None:
            continue
        spec = find_spec(name, path, target)
        if spec is not None:
            return spec
    return None


def _find_and_load(name):
    """Imports `name` through sys.meta_path (the interpreter's slow path)."""
    path = None
    parent, _, child = name.rpartition(".")
    parent_module = None
    if parent:
        if parent not in sys.modules:
            __import__(parent)
        if name in sys.modules:
            return sys.modules[name]
        parent_module = sys.modules[parent]
        try:
            path = parent_module.__path__
        except AttributeError:
            raise ModuleNotFoundError("No module named {!r}; {!r} is not a package".format(name, parent), name=name) from None
    spec = _find_spec(name, path)
    if spec is None:
        raise ModuleNotFoundError("No module named {!r}".format(name), name=name)
    module = _load(spec)
    if parent_module is not None:
        try:
            setattr(parent_module, child, module)
        except AttributeError:
            pass
    return module


class BuiltinImporter:
    """Finds and loads the modules built into the interpreter."""

    _ORIGIN = "built-in"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or not _imp.is_builtin(fullname):
            return None
        return spec_from_loader(fullname, cls, origin=cls._ORIGIN)

    @staticmethod
    def create_module(spec):
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False


class FrozenImporter:
    """Finds and loads the modules embedded in the interpreter (its `lib/`)."""

    _ORIGIN = "frozen"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not _imp.is_frozen(fullname):
            return None
        return spec_from_loader(fullname, cls, origin=cls._ORIGIN, is_package=_imp.is_frozen_package(fullname))

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        name = module.__spec__.name
        code = compile(_imp.get_frozen_source(name), "<frozen {}>".format(name), "exec")
        exec(code, module.__dict__)

    @classmethod
    def get_code(cls, fullname):
        return compile(_imp.get_frozen_source(fullname), "<frozen {}>".format(fullname), "exec")

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return _imp.is_frozen_package(fullname)


for _cls in (ModuleSpec, BuiltinImporter, FrozenImporter):
    _cls.__module__ = "_frozen_importlib"
del _cls


def _spec_for_native(name, kind, origin, search_location):
    """The spec of a module the interpreter imported natively (kind: 'builtin',
    'frozen' or 'source'); called before the module's code runs."""
    if kind == "builtin":
        return ModuleSpec(name, BuiltinImporter, origin="built-in")
    if kind == "frozen":
        return ModuleSpec(name, FrozenImporter, origin="frozen", is_package=search_location is not None)

    import _frozen_importlib_external as ext
    if kind == "namespace":
        return ext._namespace_spec(name, search_location)
    spec = ModuleSpec(name, ext.SourceFileLoader(name, origin), origin=origin, is_package=search_location is not None)
    spec._set_fileattr = True
    if search_location is not None:
        spec.submodule_search_locations = [search_location]
    return spec


def _install():
    """Called once at start-up: the default finders, and specs for the modules
    imported before this one existed."""
    import importlib._bootstrap_external as ext
    sys.modules.setdefault("_frozen_importlib", sys.modules[__name__])
    sys.modules.setdefault("_frozen_importlib_external", ext)
    sys.meta_path = [BuiltinImporter, FrozenImporter, ext.PathFinder]
    sys.path_hooks = [ext.FileFinder.path_hook()]
    sys.path_importer_cache = {}
    for name, module in list(sys.modules.items()):
        if getattr(module, "__spec__", None) is not None or name == "__main__":
            continue
        if _imp.is_builtin(name):
            spec = ModuleSpec(name, BuiltinImporter, origin="built-in")
        elif _imp.is_frozen(name):
            spec = ModuleSpec(name, FrozenImporter, origin="frozen", is_package=_imp.is_frozen_package(name))
            if spec.submodule_search_locations is not None:
                spec.submodule_search_locations = list(getattr(module, "__path__", []))
        else:
            continue
        module.__spec__ = spec
        module.__loader__ = spec.loader
