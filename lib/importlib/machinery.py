"""The import system's finders, loaders and ModuleSpec."""

from importlib._bootstrap import ModuleSpec, BuiltinImporter, FrozenImporter
from importlib._bootstrap_external import (
    SOURCE_SUFFIXES, BYTECODE_SUFFIXES, EXTENSION_SUFFIXES, DEBUG_BYTECODE_SUFFIXES,
    OPTIMIZED_BYTECODE_SUFFIXES, FileFinder, PathFinder, SourceFileLoader,
    SourcelessFileLoader, FileLoader)


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
