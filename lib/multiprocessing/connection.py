"""Connections between processes: pickled objects over pipes, length-prefixed."""

import os
import pickle

_HEADER = 4


def _read_exact(fd, n):
    chunks = []
    while n:
        data = os.read(fd, min(n, 1 << 20))
        if not data:
            raise EOFError
        chunks.append(data)
        n -= len(data)
    return b"".join(chunks)


def _write_all(fd, data):
    view = memoryview(data) if len(data) > 65536 else data
    while len(view):
        n = os.write(fd, bytes(view[:1 << 20]))
        view = view[n:]


class Connection:
    """One end of a Pipe: send()/recv() objects, send_bytes()/recv_bytes() raw data."""

    def __init__(self, rfd, wfd, readable=True, writable=True):
        self._rfd = rfd
        self._wfd = wfd
        self._readable = readable
        self._writable = writable
        self._closed = False

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        return self._rfd if self._readable else self._wfd

    def _check(self, writing):
        if self._closed:
            raise OSError("handle is closed")
        if writing and not self._writable:
            raise OSError("connection is read-only")
        if not writing and not self._readable:
            raise OSError("connection is write-only")

    def send_bytes(self, buf, offset=0, size=None):
        self._check(True)
        data = bytes(buf)[offset:None if size is None else offset + size]
        _write_all(self._wfd, len(data).to_bytes(_HEADER, "big") + data)

    def recv_bytes(self, maxlength=None):
        self._check(False)
        n = int.from_bytes(_read_exact(self._rfd, _HEADER), "big")
        return _read_exact(self._rfd, n)

    def send(self, obj):
        self.send_bytes(pickle.dumps(obj))

    def recv(self):
        return pickle.loads(self.recv_bytes())

    def close(self):
        if not self._closed:
            self._closed = True
            for fd in {self._rfd, self._wfd} - {None}:
                try:
                    os.close(fd)
                except OSError:
                    pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Pipe(duplex=True):
    """Two Connection objects joined by pipes (both ways unless duplex is False)."""
    r1, w1 = os.pipe()
    if not duplex:
        return Connection(r1, None, True, False), Connection(None, w1, False, True)
    r2, w2 = os.pipe()
    return Connection(r1, w2), Connection(r2, w1)
