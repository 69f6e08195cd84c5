"""Operating-system interfaces (ferrython's own implementation, on top of posix)."""

import sys
import posix as _posix
import posixpath as path

from posix import (getcwd, chdir, getpid, getppid, cpu_count, listdir, mkdir, rmdir,
                   remove, unlink, rename, strerror, urandom, _exit, waitpid, pipe, read,
                   write, close, kill, WNOHANG, WUNTRACED, WIFEXITED, WIFSIGNALED,
                   WEXITSTATUS, WTERMSIG, waitstatus_to_exitcode)

_at_fork = {"before": [], "parent": [], "child": []}


def register_at_fork(*, before=None, after_in_parent=None, after_in_child=None):
    """Registers callables run around os.fork() (before: newest first)."""
    if before is None and after_in_parent is None and after_in_child is None:
        raise TypeError("At least one argument is required.")
    for key, func in (("before", before), ("parent", after_in_parent), ("child", after_in_child)):
        if func is not None:
            if not callable(func):
                raise TypeError("'%s' must be callable, not %s" % (
                    {"before": "before", "parent": "after_in_parent", "child": "after_in_child"}[key],
                    type(func).__name__))
            _at_fork[key].append(func)


def fork():
    """Forks a child process: 0 in the child, the child's pid in the parent."""
    for func in reversed(_at_fork["before"]):
        func()
    pid = _posix.fork()
    if pid == 0:
        threading = sys.modules.get("threading")
        if threading is not None:
            threading._after_fork()
        for func in _at_fork["child"]:
            func()
    else:
        for func in _at_fork["parent"]:
            func()
    return pid

name = "posix"
sep = path.sep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
linesep = "\n"
devnull = path.devnull
altsep = None
sys.modules["os.path"] = path

F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

error = OSError


class _Environ(dict):
    def __setitem__(self, key, value):
        _posix.putenv(key, value)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        _posix.unsetenv(key)
        super().__delitem__(key)

    def __repr__(self):
        return f"environ({super().__repr__()})"


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _posix.putenv(key, value)


def unsetenv(key):
    _posix.unsetenv(key)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError(f"expected {type(p).__name__}.__fspath__() to return str or bytes, not {type(r).__name__}")
    return r


class PathLike:
    def __fspath__(self):
        raise NotImplementedError


class stat_result(tuple):
    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime")

    def __getattr__(self, name):
        try:
            return self[self._fields.index(name)]
        except ValueError:
            raise AttributeError(f"'os.stat_result' object has no attribute '{name}'") from None

    def __repr__(self):
        parts = ", ".join(f"{f}={int(v) if f.endswith('time') else v}" for f, v in zip(self._fields, self))
        return f"os.stat_result({parts})"


def stat(p, *, follow_symlinks=True):
    return stat_result(_posix.stat(fspath(p)) if follow_symlinks else _posix.lstat(fspath(p)))


def lstat(p):
    return stat_result(_posix.lstat(fspath(p)))


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else nondirs).append(n)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


def get_terminal_size(fd=1):
    return terminal_size((80, 24))


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])
