"""Running modules and scripts as `__main__`: `python -m name` and `runpy.run_module`.

The command line's `-m NAME` calls `_run_module_as_main`: the module is found with
the import system (so its parent packages are imported first and relative imports
work), a package runs its `__main__` submodule, and the code runs in a fresh
`__main__` module whose `__spec__`, `__package__` and `__file__` describe it."""

import sys
import importlib.machinery
import importlib.util

__all__ = ["run_module", "run_path"]


class _Error(Exception):
    """A problem finding the module to run (reported without a traceback)."""


def _module_details(mod_name, error=ImportError):
    """(name, spec, code) of the module to run; packages give their __main__."""
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name, _, _ = mod_name.rpartition(".")
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            # A missing parent is reported as such; other failures are wrapped.
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + ".")):
                raise
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, "__path__"):
            from warnings import warn
            msg = ("{mod_name!r} found in sys.modules after import of package {pkg_name!r}, but prior "
                   "to execution of {mod_name!r}; this may result in unpredictable behaviour")
            warn(RuntimeWarning(msg.format(mod_name=mod_name, pkg_name=pkg_name)))
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            msg += f". Try using '{mod_name[:-3]}' instead of '{mod_name}' as the module name."
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            main_name = mod_name + ".__main__"
            return _module_details(main_name, error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(("%s; %r is a package and cannot be directly executed" % (e, mod_name)))
    loader = spec.loader
    if loader is None:
        raise error("%r is a namespace package and cannot be executed" % mod_name)
    try:
        code = loader.get_code(mod_name)
    except ImportError as e:
        raise error(format(e)) from e
    if code is None:
        raise error("No code object available for %s" % mod_name)
    return mod_name, spec, code


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader = None
        fname = script_name
        cached = None
    else:
        loader = mod_spec.loader
        fname = mod_spec.origin
        cached = mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached, __doc__=None,
                       __loader__=loader, __package__=pkg_name, __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_module_as_main(mod_name, alter_argv=True):
    """Runs `mod_name` as the `__main__` module (the command line's `-m`)."""
    try:
        mod_name, mod_spec, code = _module_details(mod_name, _Error)
    except _Error as exc:
        sys.stdout.flush()
        sys.stderr.write("%s: %s\n" % (sys.executable, exc))
        raise SystemExit(1)
    main_globals = sys.modules["__main__"].__dict__
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    return _run_code(code, main_globals, None, "__main__", mod_spec)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Runs a module's code in a fresh namespace and returns that namespace."""
    mod_name, mod_spec, code = _module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        import types
        temp = types.ModuleType(run_name)
        saved_argv0 = sys.argv[0] if sys.argv else None
        saved_module = sys.modules.get(run_name)
        sys.argv[0] = mod_spec.origin
        sys.modules[run_name] = temp
        try:
            _run_code(code, temp.__dict__, init_globals, run_name, mod_spec)
        finally:
            if saved_argv0 is not None:
                sys.argv[0] = saved_argv0
            if saved_module is None:
                sys.modules.pop(run_name, None)
            else:
                sys.modules[run_name] = saved_module
        return temp.__dict__.copy()
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def run_path(path_name, init_globals=None, run_name=None):
    """Runs the script (or directory/zip with a __main__.py) at `path_name`."""
    import os
    if run_name is None:
        run_name = "<run_path>"
    if os.path.isdir(path_name):
        path_name = os.path.join(path_name, "__main__.py")
    with open(path_name, "rb") as f:
        source = f.read()
    code = compile(source, path_name, "exec")
    return _run_code(code, {}, init_globals, run_name, pkg_name="", script_name=path_name)
