"""A first asyncio: event loop, futures, tasks and the common helpers.

ferrython's own implementation, written in Python on top of coroutines. The loop
runs ready callbacks in FIFO order and timers in deadline order, sleeping (with
the GIL released) until the next timer when nothing is ready, as CPython's
selector loop does for programs without I/O. A native loop is a later step.
"""

import time as _time

__all__ = [
    "run", "sleep", "gather", "wait", "wait_for", "create_task", "ensure_future",
    "Future", "Task", "CancelledError", "TimeoutError", "InvalidStateError",
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "iscoroutine",
    "iscoroutinefunction", "get_event_loop", "get_running_loop", "new_event_loop",
    "Event", "Lock", "Semaphore", "Queue", "QueueEmpty", "QueueFull", "as_completed",
    "TaskGroup", "current_task", "all_tasks", "shield",
]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


class CancelledError(BaseException):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


_PENDING, _CANCELLED, _FINISHED = "PENDING", "CANCELLED", "FINISHED"
_running_loop = None
_current_tasks = {}
_all_tasks = []


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine" or hasattr(obj, "send") and hasattr(obj, "throw") and hasattr(obj, "__await__")


def iscoroutinefunction(func):
    code = getattr(func, "__code__", None)
    if code is None:
        func = getattr(func, "__func__", None) or getattr(func, "__wrapped__", None)
        code = getattr(func, "__code__", None)
    return code is not None and bool(code.co_flags & 0x80) or getattr(func, "_is_coroutine", False)


class _Handle:
    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        self._callback(*self._args)


class _TimerHandle(_Handle):
    def __init__(self, when, seq, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when
        self._seq = seq

    def when(self):
        return self._when


class BaseEventLoop:
    def __init__(self):
        self._ready = []
        self._timers = []
        self._seq = 0
        self._closed = False
        self._stopping = False

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        h = _Handle(callback, args, self)
        self._ready.append(h)
        return h

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._seq += 1
        h = _TimerHandle(when, self._seq, callback, args, self)
        self._timers.append(h)
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None):
        return Task(coro, loop=self, name=name)

    def _run_once(self):
        if self._timers:
            self._timers = [t for t in self._timers if not t._cancelled]
        if not self._ready and self._timers:
            nxt = min(self._timers, key=lambda t: (t._when, t._seq))
            delay = nxt._when - self.time()
            if delay > 0:
                _time.sleep(delay)
        if self._timers:
            now = self.time()
            due = [t for t in self._timers if t._when <= now]
            if due:
                due.sort(key=lambda t: (t._when, t._seq))
                self._timers = [t for t in self._timers if t._when > now]
                self._ready.extend(due)
        ntodo = len(self._ready)
        for _ in range(ntodo):
            h = self._ready.pop(0)
            if not h._cancelled:
                h._run()

    def run_until_complete(self, future):
        global _running_loop
        future = ensure_future(future, loop=self)
        previous = _running_loop
        _running_loop = self
        try:
            while not future.done():
                self._run_once()
                if not self._ready and not self._timers and not future.done():
                    raise RuntimeError("Event loop stopped before Future completed.")
        finally:
            _running_loop = previous
        return future.result()

    def run_forever(self):
        global _running_loop
        _running_loop = self
        self._stopping = False
        try:
            while not self._stopping:
                self._run_once()
        finally:
            _running_loop = None

    def stop(self):
        self._stopping = True

    def is_running(self):
        return _running_loop is self

    def is_closed(self):
        return self._closed

    def close(self):
        self._closed = True

    async def shutdown_asyncgens(self):
        pass

    def run_in_executor(self, executor, func, *args):
        fut = self.create_future()
        try:
            fut.set_result(func(*args))
        except BaseException as e:
            fut.set_exception(e)
        return fut


AbstractEventLoop = BaseEventLoop


def new_event_loop():
    return BaseEventLoop()


_default_loop = None


def get_event_loop():
    global _default_loop
    if _running_loop is not None:
        return _running_loop
    if _default_loop is None:
        _default_loop = new_event_loop()
    return _default_loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def set_event_loop(loop):
    global _default_loop
    _default_loop = loop


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def get_loop(self):
        return self._loop

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for cb in callbacks:
            self._loop.call_soon(cb, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not ready.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks = [c for c in self._callbacks if c != fn]
        return n - len(self._callbacks)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        if isinstance(exception, type):
            exception = exception()
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                return f"<Future finished exception={self._exception!r}>"
            return f"<Future finished result={self._result!r}>"
        return f"<Future {state}>"


_task_counter = 0


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        global _task_counter
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        _task_counter += 1
        self._name = name if name is not None else f"Task-{_task_counter}"
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._loop.call_soon(self._step)
        _all_tasks.append(self)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _current_tasks[self._loop] = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            self._cancel_message = e.args[0] if e.args else None
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            if getattr(result, "_asyncio_future_blocking", None) is not None and isinstance(result, Future):
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup)
                self._fut_waiter = result
                if self._must_cancel:
                    if self._fut_waiter.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            elif result is None:
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(self._step, RuntimeError(f"Task got bad yield: {result!r}"))
        finally:
            _current_tasks.pop(self._loop, None)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()

    def __repr__(self):
        state = self._state.lower()
        coro = getattr(self._coro, "__qualname__", "coro")
        if self._state == _FINISHED and self._exception is None:
            return f"<Task finished name='{self._name}' coro=<{coro}() done> result={self._result!r}>"
        return f"<Task {state} name='{self._name}' coro=<{coro}()>>"


def current_task(loop=None):
    return _current_tasks.get(loop or get_running_loop())


def all_tasks(loop=None):
    return {t for t in _all_tasks if not t.done()}


def ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, "__await__"):
        async def _wrap():
            return await coro_or_future
        return loop.create_task(_wrap())
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError(f"a coroutine was expected, got {main!r}")
    loop = new_event_loop()
    try:
        return loop.run_until_complete(main)
    finally:
        # Cancel what is left, as asyncio.run does.
        left = [t for t in _all_tasks if not t.done() and t._loop is loop]
        for t in left:
            t.cancel()
        if left:
            try:
                loop.run_until_complete(gather(*left, return_exceptions=True))
            except BaseException:
                pass
        _all_tasks[:] = [t for t in _all_tasks if t._loop is not loop]
        loop.close()


class _SleepZero:
    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _SleepZero()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    loop = get_event_loop()
    if not coros_or_futures:
        outer = loop.create_future()
        outer.set_result([])
        return outer
    children = []
    arg_to_fut = {}
    for arg in coros_or_futures:
        if isinstance(arg, Future):
            fut = arg
        else:
            key = id(arg)
            fut = arg_to_fut.get(key)
            if fut is None:
                fut = ensure_future(arg, loop=loop)
                arg_to_fut[key] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state = {"done": 0}
    nfuts = len(children)

    def _done_callback(fut):
        state["done"] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state["done"] == nfuts:
            results = []
            for f in children:
                if f.cancelled():
                    res = f._make_cancelled_error()
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for fut in children:
        fut.add_done_callback(_done_callback)
    return outer


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    for f in fs:
        if not isinstance(f, Future):
            raise TypeError(f"Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(fs)]

    def _on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        if not (return_when == FIRST_COMPLETED and any(f.done() for f in fs)) and not all(f.done() for f in fs):
            await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    fut = ensure_future(fut, loop=loop)
    if timeout is None:
        return await fut
    done, pending = await wait([fut], timeout=timeout)
    if fut in done:
        return fut.result()
    fut.cancel()
    try:
        await fut
    except CancelledError:
        pass
    raise TimeoutError()


async def shield(arg):
    return await ensure_future(arg)


def as_completed(fs, *, timeout=None):
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    done_q = []
    waiters = []

    def _on_completion(f):
        todo.discard(f)
        done_q.append(f)
        while waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)

    for f in todo:
        f.add_done_callback(_on_completion)

    async def _wait_for_one():
        while not done_q:
            w = loop.create_future()
            waiters.append(w)
            await w
        return done_q.pop(0).result()

    for _ in range(len(todo)):
        yield _wait_for_one()


class TaskGroup:
    def __init__(self):
        self._tasks = []
        self._errors = []
        self._loop = None
        self._aborting = False

    async def __aenter__(self):
        self._loop = get_running_loop()
        self._parent = current_task()
        return self

    def create_task(self, coro, *, name=None, context=None):
        task = self._loop.create_task(coro, name=name)
        self._tasks.append(task)
        task.add_done_callback(self._on_task_done)
        return task

    def _on_task_done(self, task):
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if not self._aborting:
            self._aborting = True
            for t in self._tasks:
                if not t.done():
                    t.cancel()

    async def __aexit__(self, et, exc, tb):
        if exc is not None and not isinstance(exc, CancelledError):
            self._errors.append(exc)
            if not self._aborting:
                self._aborting = True
                for t in self._tasks:
                    if not t.done():
                        t.cancel()
        while any(not t.done() for t in self._tasks):
            try:
                await wait([t for t in self._tasks if not t.done()])
            except CancelledError:
                for t in self._tasks:
                    if not t.done():
                        t.cancel()
        if self._errors:
            errors = self._errors
            self._errors = []
            raise BaseExceptionGroup("unhandled errors in a TaskGroup", errors)
        return False


class Event:
    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = []

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not self._waiters:
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *args):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *args):
        self.release()


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = []
        self._getters = []
        self._putters = []
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    def qsize(self):
        return len(self._items)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    def _wake(self, waiters):
        while waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)
                break

    async def put(self, item):
        while self.full():
            fut = get_running_loop().create_future()
            self._putters.append(fut)
            await fut
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake(self._getters)

    async def get(self):
        while self.empty():
            fut = get_running_loop().create_future()
            self._getters.append(fut)
            await fut
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._items.pop(0)
        self._wake(self._putters)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()
