"""Executors and futures for threads (ferrython's own implementation).

ProcessPoolExecutor runs its work items in threads until ferrython has
multiprocessing; results and ordering are the same, only the parallelism differs.
"""

import threading
import time as _time
import queue as _queue

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING, _RUNNING, _CANCELLED, _FINISHED = "PENDING", "RUNNING", "CANCELLED", "FINISHED"


class CancelledError(Exception):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    pass


class Future:
    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._waiters = []

    def cancel(self):
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state == _CANCELLED:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _FINISHED)

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                return False
            self._state = _RUNNING
            return True

    def _invoke_callbacks(self):
        for cb in self._callbacks:
            try:
                cb(self)
            except Exception:
                pass
        for w in list(self._waiters):
            w.set()

    def add_done_callback(self, fn):
        with self._condition:
            if not self.done():
                self._callbacks.append(fn)
                return
        fn(self)

    def result(self, timeout=None):
        with self._condition:
            if not self.done():
                self._condition.wait(timeout)
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._state != _FINISHED:
                raise TimeoutError()
            if self._exception is not None:
                raise self._exception
            return self._result

    def exception(self, timeout=None):
        with self._condition:
            if not self.done():
                self._condition.wait(timeout)
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._state != _FINISHED:
                raise TimeoutError()
            return self._exception

    def set_result(self, result):
        with self._condition:
            self._result = result
            self._state = _FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            self._exception = exception
            self._state = _FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            for f in fs:
                yield f.result(timeout)
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            max_workers = 5
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        ThreadPoolExecutor._counter += 1
        self._max_workers = max_workers
        self._work = _queue.Queue()
        self._threads = []
        self._shutdown = False
        self._prefix = thread_name_prefix or f"ThreadPoolExecutor-{ThreadPoolExecutor._counter - 1}"
        self._initializer = initializer
        self._initargs = initargs
        self._idle = 0
        self._lock = threading.Lock()

    def _worker(self):
        if self._initializer is not None:
            self._initializer(*self._initargs)
        while True:
            item = self._work.get()
            if item is None:
                self._work.put(None)
                return
            f, fn, args, kwargs = item
            if not f.set_running_or_notify_cancel():
                continue
            try:
                r = fn(*args, **kwargs)
            except BaseException as e:
                f.set_exception(e)
            else:
                f.set_result(r)
            with self._lock:
                self._idle += 1

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        f = Future()
        self._work.put((f, fn, args, kwargs))
        with self._lock:
            idle = self._idle
            if idle:
                self._idle -= 1
        if not idle and len(self._threads) < self._max_workers:
            t = threading.Thread(target=self._worker, name=f"{self._prefix}_{len(self._threads)}", daemon=True)
            t.start()
            self._threads.append(t)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        self._work.put(None)
        if wait:
            for t in self._threads:
                t.join()


class ProcessPoolExecutor(ThreadPoolExecutor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=()):
        super().__init__(max_workers or 4, "ProcessPoolExecutor", initializer, initargs)


def as_completed(fs, timeout=None):
    fs = list(fs)
    done_order = []
    cond = threading.Condition()

    def _cb(f):
        with cond:
            done_order.append(f)
            cond.notify_all()

    for f in fs:
        f.add_done_callback(_cb)
    yielded = 0
    end = None if timeout is None else _time.monotonic() + timeout
    while yielded < len(fs):
        with cond:
            while len(done_order) <= yielded:
                remaining = None if end is None else end - _time.monotonic()
                if remaining is not None and remaining <= 0:
                    raise TimeoutError(f"{len(fs) - yielded} (of {len(fs)}) futures unfinished")
                cond.wait(remaining)
            f = done_order[yielded]
        yielded += 1
        yield f


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    end = None if timeout is None else _time.monotonic() + timeout
    while True:
        done = {f for f in fs if f.done()}
        if return_when == FIRST_COMPLETED and done:
            break
        if return_when == FIRST_EXCEPTION and any(not f.cancelled() and f.exception() is not None for f in done):
            break
        if len(done) == len(fs):
            break
        if end is not None and _time.monotonic() >= end:
            break
        _time.sleep(0.001)
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)


class DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    done = property(lambda self: self[0])
    not_done = property(lambda self: self[1])
