"""Path-based import: PathFinder, FileFinder and the source file loader.
Registered as `_frozen_importlib_external` too (the name in CPython's reprs)."""

import sys
import _imp
from importlib._bootstrap import ModuleSpec, _cache_from_source

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES


def _path_join(*parts):
    return "/".join(p.rstrip("/") for p in parts if p)


def _is_file(path):
    return _imp._isfile(path)


def _is_dir(path):
    return _imp._isdir(path)


def cache_from_source(path, debug_override=None, *, optimization=None):
    return _cache_from_source(path)


def source_from_cache(path):
    head, _, tail = path.rpartition("/")
    head = head.rpartition("/")[0]
    return _path_join(head, tail.partition(".")[0] + ".py")


def decode_source(source_bytes):
    return source_bytes.decode("utf-8") if isinstance(source_bytes, (bytes, bytearray)) else source_bytes


class FileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, fullname=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def is_package(self, fullname):
        filename = self.path.rpartition("/")[2]
        return filename.rpartition(".")[0] == "__init__"

    def create_module(self, spec):
        return None


class SourceFileLoader(FileLoader):
    """Loads a module from a .py file."""

    def get_source(self, fullname):
        return decode_source(self.get_data(self.path))

    def source_to_code(self, data, path):
        return compile(data, path, "exec", dont_inherit=True)

    def get_code(self, fullname):
        return self.source_to_code(self.get_source(fullname), self.path)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname):
        import importlib._bootstrap as b
        return b._load(spec_from_file_location(fullname, self.path, loader=self))


SourcelessFileLoader = SourceFileLoader


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """A spec for a module in a file."""
    if location is None:
        location = "<unknown>"
        if hasattr(loader, "get_filename"):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        if not location.endswith(".py"):
            return None
        loader = SourceFileLoader(name, location)
        spec.loader = loader
    if submodule_search_locations is None:
        if hasattr(loader, "is_package"):
            try:
                if loader.is_package(name):
                    spec.submodule_search_locations = []
            except ImportError:
                pass
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(location.rpartition("/")[0])
    return spec


class NamespaceLoader:
    """The loader of namespace packages (directories without __init__.py)."""

    def __init__(self, name, path, path_finder):
        self._name = name
        self._path = path

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ""

    def get_code(self, fullname):
        return compile("", "<string>", "exec", dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


def _namespace_spec(name, locations):
    spec = ModuleSpec(name, NamespaceLoader(name, locations, PathFinder), is_package=True)
    spec.submodule_search_locations = locations
    return spec


class FileFinder:
    """Finds modules and packages in one directory."""

    def __init__(self, path, *loader_details):
        self.path = path or "."

    def __repr__(self):
        return "FileFinder({!r})".format(self.path)

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        tail = fullname.rpartition(".")[2]
        base = _path_join(self.path, tail)
        init = _path_join(base, "__init__.py")
        if _is_dir(base) and _is_file(init):
            return spec_from_file_location(fullname, init, submodule_search_locations=[base])
        if _is_file(base + ".py"):
            return spec_from_file_location(fullname, base + ".py")
        if _is_dir(base):
            # A namespace package portion.
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = [base]
            return spec
        return None

    @classmethod
    def path_hook(cls, *loader_details):
        def path_hook_for_FileFinder(path):
            if not _is_dir(path or "."):
                raise ImportError("only directories are supported", path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder


class PathFinder:
    """Finds modules on sys.path (or a package's __path__) through path entry finders."""

    @staticmethod
    def invalidate_caches():
        for finder in list(sys.path_importer_cache.values()):
            if finder is not None and hasattr(finder, "invalidate_caches"):
                finder.invalidate_caches()

    @classmethod
    def _path_importer_cache(cls, entry):
        if entry == "":
            entry = "."
        try:
            return sys.path_importer_cache[entry]
        except KeyError:
            pass
        finder = None
        for hook in sys.path_hooks:
            try:
                finder = hook(entry)
                break
            except ImportError:
                continue
        sys.path_importer_cache[entry] = finder
        return finder

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        namespace = []
        for entry in path:
            if not isinstance(entry, str):
                continue
            finder = cls._path_importer_cache(entry)
            if finder is None:
                continue
            spec = finder.find_spec(fullname, target)
            if spec is None:
                continue
            if spec.loader is not None:
                return spec
            namespace.extend(spec.submodule_search_locations or [])
        if namespace:
            return _namespace_spec(fullname, namespace)
        return None


for _cls in (FileLoader, SourceFileLoader, NamespaceLoader, FileFinder, PathFinder):
    _cls.__module__ = "_frozen_importlib_external"
del _cls
