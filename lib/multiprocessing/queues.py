"""Queues between processes, over a pipe (one reader process at a time)."""

import queue as _queue
from multiprocessing.connection import Pipe


class Queue:
    """Queue(maxsize=0): put() pickles into a pipe, get() unpickles from it."""

    def __init__(self, maxsize=0):
        self._reader, self._writer = Pipe(duplex=False)
        self._maxsize = maxsize
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        self._writer.send(obj)

    def put_nowait(self, obj):
        self.put(obj, False)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        return self._reader.recv()

    def get_nowait(self):
        return self.get(False)

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def task_done(self):
        pass

    def join(self):
        pass


class SimpleQueue(Queue):
    def empty(self):
        raise NotImplementedError("SimpleQueue.empty() needs select(), which ferrython lacks")


Empty = _queue.Empty
Full = _queue.Full
