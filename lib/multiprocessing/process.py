"""multiprocessing.Process: a function run in a forked child process."""

import os
import sys

_children = set()
_counter = 0
_current = None
_parent = None


class BaseProcess:
    """Process(group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None)"""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        global _counter
        assert group is None, "group argument must be None for now"
        _counter += 1
        self._identity = (_counter,)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or "%s-%d" % (type(self).__name__, _counter)
        self._daemonic = bool(daemon) if daemon is not None else False
        self._popen_pid = None
        self._exitcode = None
        self._parent_pid = os.getpid()
        self._closed = False

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._popen_pid is not None:
            raise AssertionError("cannot start a process twice")
        if self._parent_pid != os.getpid():
            raise AssertionError("can only start a process object created by current process")
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            os._exit(self._bootstrap())
        self._popen_pid = pid
        _children.add(self)

    def _bootstrap(self):
        global _current, _parent, _children
        _parent = _current_process()
        _current = self
        _children = set()
        self._popen_pid = os.getpid()
        exitcode = 1
        try:
            self.run()
            exitcode = 0
        except SystemExit as e:
            code = e.code
            if code is None:
                exitcode = 0
            elif isinstance(code, int):
                exitcode = code
            else:
                sys.stderr.write(str(code) + "\n")
                exitcode = 1
        except BaseException:
            import traceback
            sys.stderr.write("Process %s:\n" % self.name)
            traceback.print_exc()
            exitcode = 1
        finally:
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            except Exception:
                pass
        return exitcode

    def _poll(self, block):
        if self._exitcode is None and self._popen_pid is not None:
            try:
                pid, status = os.waitpid(self._popen_pid, 0 if block else os.WNOHANG)
            except ChildProcessError:
                return None
            if pid == self._popen_pid:
                self._exitcode = os.waitstatus_to_exitcode(status)
                _children.discard(self)
        return self._exitcode

    def join(self, timeout=None):
        if self._popen_pid is None:
            raise AssertionError("can only join a started process")
        if timeout is None:
            self._poll(True)
            return
        import time
        deadline = time.monotonic() + timeout
        while self._poll(False) is None and time.monotonic() < deadline:
            time.sleep(0.005)

    def is_alive(self):
        if self is _current:
            return True
        if self._popen_pid is None:
            return False
        return self._poll(False) is None

    def terminate(self):
        self._signal(15)  # SIGTERM

    def kill(self):
        self._signal(9)  # SIGKILL

    def _signal(self, sig):
        if self._popen_pid is not None and self._exitcode is None:
            try:
                os.kill(self._popen_pid, sig)
            except ProcessLookupError:
                pass

    def close(self):
        if self._exitcode is None and self._popen_pid is not None and self.is_alive():
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._closed = True

    @property
    def exitcode(self):
        if self._popen_pid is None:
            return None
        return self._poll(False)

    @property
    def pid(self):
        return self._popen_pid

    ident = pid

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        self._daemonic = bool(value)

    @property
    def sentinel(self):
        return self._popen_pid

    def __repr__(self):
        if self is _current:
            status = "started"
        elif self._popen_pid is None:
            status = "initial"
        elif self._exitcode is not None or self._poll(False) is not None:
            status = "stopped"
        else:
            status = "started"
        info = [type(self).__name__, "name=%r" % self._name, "parent=%s" % self._parent_pid, status]
        if self._daemonic:
            info.append("daemon")
        return "<%s>" % " ".join(info)


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = "MainProcess"
        self._daemonic = False
        self._popen_pid = os.getpid()
        self._parent_pid = None
        self._exitcode = None
        self._target = None

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


def _current_process():
    global _current
    if _current is None:
        _current = _MainProcess()
    return _current


def current_process():
    """The Process object of the running process."""
    return _current_process()


def parent_process():
    return _parent


def active_children():
    """The started children still running (finished ones are reaped)."""
    for p in list(_children):
        p._poll(False)
    return [p for p in _children if p._exitcode is None]
