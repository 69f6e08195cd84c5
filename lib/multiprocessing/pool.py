"""multiprocessing.Pool: worker processes forked at creation; tasks and results
travel pickled through one pair of pipes per worker."""

import os
import sys
from multiprocessing.connection import Connection
from multiprocessing.process import current_process


class TimeoutError(Exception):
    pass


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _worker_loop(tasks, results, initializer, initargs):
    if initializer is not None:
        initializer(*initargs)
    while True:
        try:
            job = tasks.recv()
        except EOFError:
            return
        if job is None:
            return
        func, chunk, star = job
        try:
            out = [func(*args) if star else func(args) for args in chunk]
            message = (True, out)
        except Exception as e:
            import traceback
            message = (False, (e, "".join(traceback.format_exception(e))))
        try:
            results.send(message)
        except Exception as e:
            results.send((False, (RuntimeError("cannot send result: %r" % (e,)), "")))


class _Worker:
    def __init__(self, index, initializer, initargs):
        task_r, task_w = os.pipe()
        res_r, res_w = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            os.close(task_w)
            os.close(res_r)
            code = 0
            try:
                import multiprocessing.process as p
                p._current = p.Process(name="SpawnPoolWorker-%d" % index)
                p._current._popen_pid = os.getpid()
                _worker_loop(Connection(task_r, None, True, False), Connection(None, res_w, False, True),
                             initializer, initargs)
            except BaseException:
                code = 1
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        os.close(task_r)
        os.close(res_w)
        self.pid = pid
        self.tasks = Connection(None, task_w, False, True)
        self.results = Connection(res_r, None, True, False)


class AsyncResult:
    """The result of an *_async call (the work is already done when it is returned)."""

    def __init__(self, ok, value, callback=None, error_callback=None):
        self._ok = ok
        self._value = value
        if ok and callback is not None:
            callback(value)
        if not ok and error_callback is not None:
            error_callback(value)

    def ready(self):
        return True

    def successful(self):
        return self._ok

    def wait(self, timeout=None):
        pass

    def get(self, timeout=None):
        if self._ok:
            return self._value
        raise self._value


MapResult = ApplyResult = AsyncResult


class Pool:
    """Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None)"""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._workers = [_Worker(i + 1, initializer, initargs) for i in range(processes)]
        self._state = "RUN"

    def _check_running(self):
        if self._state != "RUN":
            raise ValueError("Pool not running")

    def _run(self, func, chunks, star):
        """Runs every chunk, keeping each worker busy with one chunk at a time."""
        results = [None] * len(chunks)
        pending = {}
        next_chunk = 0
        error = None
        for w in self._workers:
            if next_chunk < len(chunks):
                w.tasks.send((func, chunks[next_chunk], star))
                pending[w] = next_chunk
                next_chunk += 1
        while pending:
            for w in list(pending):
                ok, value = w.results.recv()
                index = pending.pop(w)
                if ok:
                    results[index] = value
                elif error is None:
                    error = value
                if next_chunk < len(chunks) and error is None:
                    w.tasks.send((func, chunks[next_chunk], star))
                    pending[w] = next_chunk
                    next_chunk += 1
        if error is not None:
            exc, tb = error
            if tb:
                exc.__cause__ = RemoteTraceback('\n"""\n' + tb + '"""')
            raise exc
        return [x for chunk in results for x in chunk]

    def _chunks(self, iterable, chunksize):
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), self._processes * 4)
            if extra:
                chunksize += 1
        if chunksize < 1:
            chunksize = 1
        return [items[i:i + chunksize] for i in range(0, len(items), chunksize)]

    def map(self, func, iterable, chunksize=None):
        """Like map(), in the worker processes; results in order."""
        self._check_running()
        return self._run(func, self._chunks(iterable, chunksize), False)

    def starmap(self, func, iterable, chunksize=None):
        self._check_running()
        return self._run(func, self._chunks(iterable, chunksize), True)

    def imap(self, func, iterable, chunksize=1):
        return iter(self.map(func, iterable, chunksize))

    def imap_unordered(self, func, iterable, chunksize=1):
        return iter(self.map(func, iterable, chunksize))

    def apply(self, func, args=(), kwds={}):
        self._check_running()
        if kwds:
            return self._run(_CallWithKwargs(func, kwds), [[args]], True)[0]
        return self._run(func, [[args]], True)[0]

    def _async(self, call, callback, error_callback):
        try:
            value = call()
        except Exception as e:
            return AsyncResult(False, e, None, error_callback)
        return AsyncResult(True, value, callback, None)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        return self._async(lambda: self.apply(func, args, kwds), callback, error_callback)

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._async(lambda: self.map(func, iterable, chunksize), callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._async(lambda: self.starmap(func, iterable, chunksize), callback, error_callback)

    def close(self):
        if self._state == "RUN":
            self._state = "CLOSE"
            for w in self._workers:
                try:
                    w.tasks.send(None)
                except OSError:
                    pass

    def terminate(self):
        self.close()
        self._state = "TERMINATE"
        self.join()

    def join(self):
        if self._state == "RUN":
            raise ValueError("Pool is still running")
        for w in self._workers:
            try:
                os.waitpid(w.pid, 0)
            except ChildProcessError:
                pass
            w.tasks.close()
            w.results.close()
        self._workers = []

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        return "<multiprocessing.pool.Pool state=%s pool_size=%d>" % (self._state, self._processes)


class _CallWithKwargs:
    def __init__(self, func, kwds):
        self.func = func
        self.kwds = kwds

    def __call__(self, *args):
        return self.func(*args, **self.kwds)


class ThreadPool(Pool):
    """A Pool of threads with the same interface (concurrent.futures underneath)."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        from concurrent.futures import ThreadPoolExecutor
        self._processes = processes or os.cpu_count() or 1
        self._executor = ThreadPoolExecutor(self._processes, initializer=initializer, initargs=initargs)
        self._workers = []
        self._state = "RUN"

    def _run(self, func, chunks, star):
        call = (lambda chunk: [func(*a) for a in chunk]) if star else (lambda chunk: [func(a) for a in chunk])
        return [x for chunk in self._executor.map(call, chunks) for x in chunk]

    def close(self):
        self._state = "CLOSE"

    def join(self):
        self._executor.shutdown(wait=True)
