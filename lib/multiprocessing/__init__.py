"""Process-based parallelism: Process, Pool, Queue, Pipe (ferrython's own, on os.fork).

Only the "fork" start method exists: "spawn" and "forkserver" are accepted and run
as fork (the child starts as a copy of the parent instead of re-importing __main__).
Objects travel between processes pickled, through pipes."""

import os as _os

from multiprocessing.process import Process, current_process, active_children, parent_process
from multiprocessing.connection import Pipe
from multiprocessing.queues import Queue, SimpleQueue, JoinableQueue
from multiprocessing.pool import Pool, TimeoutError


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


_start_method = None


def cpu_count():
    """The number of CPUs in the system."""
    return _os.cpu_count()


def get_start_method(allow_none=False):
    global _start_method
    if _start_method is None and not allow_none:
        _start_method = "fork"
    return _start_method


def set_start_method(method, force=False):
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError("context has already been set")
    if method not in ("fork", "spawn", "forkserver", None):
        raise ValueError("cannot find context for %r" % (method,))
    _start_method = method


def get_all_start_methods():
    return ["fork", "spawn", "forkserver"]


class _Context:
    """What get_context() returns: this module's API under a start method's name."""

    def __init__(self, method):
        self._name = method

    def get_start_method(self, allow_none=False):
        return self._name

    def __getattr__(self, name):
        return globals()[name]


def get_context(method=None):
    if method not in (None, "fork", "spawn", "forkserver"):
        raise ValueError("cannot find context for %r" % (method,))
    return _Context(method or get_start_method())


def freeze_support():
    pass


def Lock():
    # Within one process only: ferrython has no shared-memory semaphores yet.
    import threading
    return threading.Lock()


def RLock():
    import threading
    return threading.RLock()


def Event():
    import threading
    return threading.Event()
