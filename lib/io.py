"""In-memory streams and the io names scripts use (ferrython's own implementation)."""

import builtins as _builtins

open = _builtins.open
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class _MemoryIO:
    """The contents are a joined prefix plus chunks appended since: writing at the
    end only appends a chunk, so building a stream piece by piece stays linear."""
    _empty = ""

    def __init__(self, initial=None):
        self._buf = self._empty if initial is None else initial
        self._pos = 0
        self.closed = False

    @property
    def _buf(self):
        if self._chunks:
            self._chunks.insert(0, self._joined)
            self._joined = self._empty.join(self._chunks)
            self._chunks = []
        return self._joined

    @_buf.setter
    def _buf(self, value):
        self._joined = value
        self._chunks = []
        self._size = len(value)

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def getvalue(self):
        self._check()
        return self._buf

    def write(self, s):
        self._check()
        if not isinstance(s, type(self._empty)):
            raise TypeError(self._write_error(s))
        n = len(s)
        if self._pos == self._size:
            self._chunks.append(s)
            self._size += n
            self._pos += n
            return n
        buf = self._buf
        end = self._pos + n
        if self._pos > len(buf):
            buf += self._pad() * (self._pos - len(buf))
        self._buf = buf[:self._pos] + s + buf[end:]
        self._pos = end
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            size = len(self._buf) - self._pos
        r = self._buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._check()
        nl = self._newline()
        i = self._buf.find(nl, self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = self._buf[self._pos:end]
        self._pos = end
        return r

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1:
            pos = self._pos + pos
        elif whence == 2:
            pos = self._size + pos
        self._pos = max(pos, 0)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size

    def flush(self):
        pass

    def close(self):
        self.closed = True

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        return False

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_MemoryIO):
    _empty = ""

    def _pad(self):
        return "\0"

    def _newline(self):
        return "\n"

    def _write_error(self, s):
        return f"string argument expected, got '{type(s).__name__}'"


class BytesIO(_MemoryIO):
    _empty = b""

    def __init__(self, initial_bytes=None):
        super().__init__(None if initial_bytes is None else bytes(initial_bytes))

    def _pad(self):
        return b"\0"

    def _newline(self):
        return b"\n"

    def _write_error(self, s):
        return f"a bytes-like object is required, not '{type(s).__name__}'"

    def getbuffer(self):
        return bytearray(self._buf)
