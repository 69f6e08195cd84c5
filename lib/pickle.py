"""Serializing Python objects to bytes and back in the pickle format.

Protocols 0-5 are written byte-for-byte as CPython 3.11's C pickler writes them
for the built-in types and the reduce protocol, and all of them are read.
ferrython's own implementation (the opcode list follows the documented format:
pickletools, PEP 307, PEP 3154, PEP 574)."""

import sys
import io
import copyreg
import math as _math
import _compat_pickle

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "PickleBuffer", "HIGHEST_PROTOCOL",
           "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

_FRAME_TARGET = 64 * 1024      # frames are committed once they reach this size
_FRAME_MIN = 4                 # smaller frames are written without a FRAME header
_BATCH = 1000                  # items per APPENDS/SETITEMS/ADDITEMS


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# ---- opcodes ----

MARK, STOP, POP, POP_MARK, DUP = b"(", b".", b"0", b"1", b"2"
FLOAT, INT, BININT, BININT1, LONG, BININT2 = b"F", b"I", b"J", b"K", b"L", b"M"
NONE, PERSID, BINPERSID, REDUCE, STRING = b"N", b"P", b"Q", b"R", b"S"
BINSTRING, SHORT_BINSTRING, UNICODE, BINUNICODE = b"T", b"U", b"V", b"X"
APPEND, BUILD, GLOBAL, DICT, EMPTY_DICT, APPENDS = b"a", b"b", b"c", b"d", b"}", b"e"
GET, BINGET, INST, LONG_BINGET, LIST, EMPTY_LIST = b"g", b"h", b"i", b"j", b"l", b"]"
OBJ, PUT, BINPUT, LONG_BINPUT, SETITEM, TUPLE = b"o", b"p", b"q", b"r", b"s", b"t"
EMPTY_TUPLE, SETITEMS, BINFLOAT = b")", b"u", b"G"
TRUE, FALSE = b"I01\n", b"I00\n"
PROTO, NEWOBJ, EXT1, EXT2, EXT4 = b"\x80", b"\x81", b"\x82", b"\x83", b"\x84"
TUPLE1, TUPLE2, TUPLE3, NEWTRUE, NEWFALSE = b"\x85", b"\x86", b"\x87", b"\x88", b"\x89"
LONG1, LONG4 = b"\x8a", b"\x8b"
BINBYTES, SHORT_BINBYTES = b"B", b"C"
SHORT_BINUNICODE, BINUNICODE8, BINBYTES8 = b"\x8c", b"\x8d", b"\x8e"
EMPTY_SET, ADDITEMS, FROZENSET, NEWOBJ_EX = b"\x8f", b"\x90", b"\x91", b"\x92"
STACK_GLOBAL, MEMOIZE, FRAME = b"\x93", b"\x94", b"\x95"
BYTEARRAY8, NEXT_BUFFER, READONLY_BUFFER = b"\x96", b"\x97", b"\x98"


# ---- binary helpers ----

def _u(n, size):
    return n.to_bytes(size, "little")


def _float_bits(x):
    """IEEE 754 binary64 of x, big-endian (BINFLOAT's payload)."""
    if x != x:
        return b"\x7f\xf8\x00\x00\x00\x00\x00\x00"
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    x = abs(x)
    if x == float("inf"):
        exp, mant = 0x7FF, 0
    elif x == 0.0:
        exp, mant = 0, 0
    else:
        m, e = _math.frexp(x)                     # x == m * 2**e, 0.5 <= m < 1
        if e - 1 > -1023:
            exp = e - 1 + 1023
            mant = int((m * 2.0 - 1.0) * 4503599627370496.0)
        else:                                     # subnormal
            exp = 0
            mant = int(_ldexp(x, 1074))
    return ((sign << 63) | (exp << 52) | mant).to_bytes(8, "big")


def _ldexp(x, e):
    # math.ldexp in steps of at most 2**500 (exact: intermediate values stay normal).
    while e > 500:
        x = _math.ldexp(x, 500)
        e -= 500
    while e < -500:
        x = _math.ldexp(x, -500)
        e += 500
    return _math.ldexp(x, e)


def _float_from_bits(data):
    bits = int.from_bytes(data, "big")
    sign = -1.0 if bits >> 63 else 1.0
    exp = (bits >> 52) & 0x7FF
    mant = bits & 0xFFFFFFFFFFFFF
    if exp == 0x7FF:
        return sign * float("inf") if mant == 0 else float("nan")
    if exp == 0:
        return sign * _ldexp(float(mant), -1074)
    return sign * _ldexp(float(mant | 0x10000000000000), exp - 1075)


def encode_long(x):
    """Little-endian two's complement in as few bytes as possible (LONG1/LONG4)."""
    if x == 0:
        return b""
    data = x.to_bytes((x.bit_length() >> 3) + 1, "little", signed=True)
    if x < 0 and len(data) > 1 and data[-1] == 0xFF and data[-2] & 0x80:
        data = data[:-1]
    return data


def decode_long(data):
    return int.from_bytes(data, "little", signed=True)


_ESCAPED_IN_PROTO0 = frozenset("\\\x00\n\r\x1a")


def _raw_unicode_escape(s):
    """UNICODE's argument: Latin-1 bytes, other characters (and the ones that would
    break the line-based format) as \\uXXXX / \\UXXXXXXXX."""
    parts = []
    for ch in s:
        c = ord(ch)
        if c >= 0x10000:
            parts.append("\\U%08x" % c)
        elif c >= 0x100 or ch in _ESCAPED_IN_PROTO0:
            parts.append("\\u%04x" % c)
        else:
            parts.append(ch)
    return "".join(parts).encode("latin-1")


_HEX = frozenset(b"0123456789abcdefABCDEF")


def _raw_unicode_unescape(data):
    out = []
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c == 0x5C and i + 1 < n and data[i + 1] in (0x75, 0x55):
            width = 4 if data[i + 1] == 0x75 else 8
            digits = data[i + 2:i + 2 + width]
            if len(digits) != width or not all(d in _HEX for d in digits):
                raise UnicodeDecodeError("rawunicodeescape", bytes(data), i, i + 2 + len(digits),
                                         "truncated \\%sXXXX escape" % ("u" if width == 4 else "U"))
            out.append(chr(int(digits.decode("ascii"), 16)))
            i += 2 + width
            continue
        out.append(chr(c))
        i += 1
    return "".join(out)


_SIMPLE_ESCAPES = {ord("n"): 10, ord("t"): 9, ord("r"): 13, ord("a"): 7, ord("b"): 8,
                   ord("f"): 12, ord("v"): 11, ord("\\"): 92, ord("'"): 39, ord('"'): 34}


def _escape_decode(data):
    """The bytes a Python 2 str repr (STRING's argument) stands for."""
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        i += 1
        if c != 0x5C or i >= n:
            out.append(c)
            continue
        e = data[i]
        i += 1
        if e in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[e])
        elif e == 0x0A:
            pass
        elif e == 0x78:
            digits = data[i:i + 2]
            if len(digits) != 2 or not all(d in _HEX for d in digits):
                raise ValueError("invalid \\x escape at position %d" % (i - 2))
            out.append(int(digits.decode("ascii"), 16))
            i += 2
        elif 0x30 <= e <= 0x37:
            j = i
            while j < n and j < i + 2 and 0x30 <= data[j] <= 0x37:
                j += 1
            out.append(int(data[i - 1:j].decode("ascii"), 8) & 0xFF)
            i = j
        else:
            out.append(0x5C)
            out.append(e)
    return bytes(out)


def _fresh(s):
    # A new str object equal to s: CPython builds these constants per call, so they
    # must not be shared through the memo between two reductions.
    return "".join([s[:1], s[1:]])


def _codecs_encode(obj, encoding="utf-8", errors="strict"):
    """Stands for _codecs.encode, which pickles of bytes name below protocol 3."""
    if isinstance(obj, str):
        return obj.encode(encoding, errors)
    raise TypeError("encode() argument 'obj' must be str")


_codecs_encode.__module__ = "_codecs"
_codecs_encode.__name__ = _codecs_encode.__qualname__ = "encode"


# ---- locating globals ----

def _dotted_path(name, owner=None):
    parts = name.split(".")
    if "<locals>" in parts:
        if owner is None:
            raise AttributeError("Can't pickle local object %r" % (name,))
        raise AttributeError("Can't pickle local attribute %r on %r" % (name, owner))
    return parts


def _deep_getattr(obj, parts):
    """(object, its parent) found by following the attribute path."""
    parent = None
    for part in parts:
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def _getattribute(obj, name):
    return _deep_getattr(obj, _dotted_path(name, obj))


def whichmodule(obj, name):
    """The name of the module obj (whose qualified name is name) lives in."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    parts = name.split(".") if isinstance(name, str) else name
    for module_name, module in sys.modules.copy().items():
        if module_name == "__main__" or module is None:
            continue
        try:
            if _deep_getattr(module, parts)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


_TYPE_MODULES = {}
_FUNCTION_MODULES = {}


def _function_type():
    return type(_fresh)


_FunctionType = _function_type()
del _function_type


# ---- PickleBuffer ----

class PickleBuffer:
    """A wrapper for a buffer that protocol 5 may pickle out-of-band."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)
        self._obj = buffer

    def raw(self):
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view

    def release(self):
        self._view = None

    def __bytes__(self):
        return self._data()

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")

    def _readonly(self):
        view = self.raw()
        return getattr(view, "readonly", isinstance(self._obj, bytes))

    def _data(self):
        return self.raw().tobytes()


PickleBuffer.__module__ = "pickle"


# ---- Pickler ----

class Pickler:
    """Pickler(file, protocol=None, *, fix_imports=True, buffer_callback=None)

    Writes pickles of objects to a binary file (anything with a write method)."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        protocol = protocol.__index__()
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3
        self.memo = {}
        self._buffer_callback = buffer_callback
        self._framing = False
        self._frame = None
        self._frame_len = 0

    def clear_memo(self):
        """Forgets the objects pickled so far (later ones are written again in full)."""
        self.memo.clear()

    # ---- output and framing ----

    def _write(self, data):
        if self._framing and self._frame is None:
            self._frame = []
            self._frame_len = 0
        if self._frame is not None:
            self._frame.append(data)
            self._frame_len += len(data)
        else:
            self._file_write(data)

    def _commit_frame(self):
        frame = self._frame
        if frame is None:
            return
        self._frame = None
        data = b"".join(frame)
        if len(data) >= _FRAME_MIN:
            self._file_write(FRAME + _u(len(data), 8) + data)
        else:
            self._file_write(data)

    def _opcode_boundary(self):
        if self._frame is not None and self._frame_len >= _FRAME_TARGET:
            self._commit_frame()

    def _write_payload(self, header, payload):
        """An opcode with a large argument: payloads of a frame's size or more go
        outside any frame."""
        if len(payload) < _FRAME_TARGET:
            self._write(header + payload)
            return
        self._commit_frame()
        framing = self._framing
        self._framing = False
        self._write(header)
        self._write(payload)
        self._framing = framing

    def dump(self, obj):
        """Writes the pickle of obj to the file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self._persistent_id = getattr(self, "persistent_id", None)
        self._reducer_override = getattr(self, "reducer_override", None)
        table = getattr(self, "dispatch_table", None)
        self._dispatch_table = copyreg.dispatch_table if table is None else table
        if self.proto >= 2:
            self._write(PROTO + _u(self.proto, 1))
            if self.proto >= 4:
                self._framing = True
        try:
            self.save(obj)
            self._write(STOP)
            self._commit_frame()
        finally:
            self._framing = False
            self._frame = None

    # ---- memo ----

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        if self.proto >= 4:
            self._write(MEMOIZE)
        elif self.bin:
            if idx < 256:
                self._write(BINPUT + _u(idx, 1))
            else:
                self._write(LONG_BINPUT + _u(idx, 4))
        else:
            self._write(("p%d\n" % idx).encode("ascii"))
        self.memo[id(obj)] = idx, obj

    def _get_op(self, idx):
        if not self.bin:
            return ("g%d\n" % idx).encode("ascii")
        if idx < 256:
            return BINGET + _u(idx, 1)
        return LONG_BINGET + _u(idx, 4)

    def _memo_get(self, obj):
        x = self.memo.get(id(obj))
        return None if x is None else x[0]

    # ---- the dispatcher ----

    def save(self, obj, save_persistent_id=True):
        self._save(obj, save_persistent_id)
        self._opcode_boundary()

    def _save(self, obj, save_persistent_id):
        if save_persistent_id and getattr(self, "_persistent_id", None) is not None:
            pid = self._persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        f = _ATOMIC.get(t)
        if f is not None:
            f(self, obj)
            return
        idx = self._memo_get(obj)
        if idx is not None:
            self._write(self._get_op(idx))
            return
        f = _CONTAINERS.get(t)
        if f is not None:
            f(self, obj)
            return
        rv = NotImplemented
        override = getattr(self, "_reducer_override", None)
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            if t is type:
                self.save_type(obj)
                return
            if t is _FunctionType:
                self.save_global(obj)
                return
            table = getattr(self, "_dispatch_table", copyreg.dispatch_table)
            try:
                reduce = table[t]
            except KeyError:
                reduce = None
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                reduce_ex = getattr(obj, "__reduce_ex__", None)
                if reduce_ex is not None:
                    rv = reduce_ex(self.proto)
                else:
                    reduce = getattr(obj, "__reduce__", None)
                    if reduce is None:
                        raise PicklingError("can't pickle '%s' object: %r" % (t.__name__, obj))
                    rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self._save_reduce_value(rv, obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
            return
        text = str(pid)
        try:
            data = text.encode("ascii")
        except UnicodeEncodeError:
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self._write(PERSID + data + b"\n")

    # ---- the reduce protocol ----

    def _save_reduce_value(self, rv, obj):
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        rv = rv + (None,) * (6 - len(rv))
        func, args, state, listitems, dictitems, state_setter = rv
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not hasattr(type(listitems), "__next__"):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not hasattr(type(dictitems), "__next__"):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a "
                                "function, not %s" % type(state_setter).__name__)
        self._reduce(func, args, state, listitems, dictitems, state_setter, obj)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        rv = (func, args, state, listitems, dictitems, state_setter)
        self._save_reduce_value(rv, obj)

    def _reduce(self, func, args, state, listitems, dictitems, state_setter, obj):
        write = self._write
        name = getattr(func, "__name__", None) if self.proto >= 2 else None
        if name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not %d" % len(args))
            cls, cargs, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, not %s"
                                    % type(cls).__name__)
            if not isinstance(cargs, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be a tuple, not %s"
                                    % type(cargs).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be a dict, not %s"
                                    % type(kwargs).__name__)
            if self.proto >= 4:
                self.save(cls)
                self.save(cargs)
                self.save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *cargs, **kwargs))
                self.save(())
                write(REDUCE)
        elif name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and getattr(obj, "__class__", None) is not cls:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            write(REDUCE)
        if obj is not None:
            idx = self._memo_get(obj)
            if idx is not None:
                # A recursive reference: drop what was built and use the memo.
                write(POP + self._get_op(idx))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # ---- atoms ----

    def save_none(self, obj):
        self._write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self._write(NEWTRUE if obj else NEWFALSE)
        else:
            self._write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7FFFFFFF:
            if not self.bin:
                self._write(INT + repr(obj).encode("ascii") + b"\n")
            elif 0 <= obj <= 0xFF:
                self._write(BININT1 + _u(obj, 1))
            elif 0 <= obj <= 0xFFFF:
                self._write(BININT2 + _u(obj, 2))
            else:
                self._write(BININT + obj.to_bytes(4, "little", signed=True))
            return
        if self.proto >= 2:
            data = encode_long(obj)
            n = len(data)
            if n < 256:
                self._write(LONG1 + _u(n, 1) + data)
            else:
                if n > 0x7FFFFFFF:
                    raise OverflowError("int too large to pickle")
                self._write(LONG4 + n.to_bytes(4, "little", signed=True) + data)
            return
        self._write(LONG + repr(obj).encode("ascii") + b"L\n")

    def save_float(self, obj):
        if self.bin:
            self._write(BINFLOAT + _float_bits(obj))
        else:
            self._write(FLOAT + repr(obj).encode("ascii") + b"\n")

    # ---- strings ----

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self._reduce(bytes, (), None, None, None, None, obj)
            else:
                self._reduce(_codecs_encode, (obj.decode("latin-1"), "latin1"),
                             None, None, None, None, obj)
            return
        self._save_bytes_data(obj, obj)

    def _save_bytes_data(self, obj, data):
        n = len(data)
        if n <= 0xFF:
            header = SHORT_BINBYTES + _u(n, 1)
        elif n <= 0xFFFFFFFF:
            header = BINBYTES + _u(n, 4)
        elif self.proto >= 4:
            header = BINBYTES8 + _u(n, 8)
        else:
            raise PicklingError("cannot serialize a bytes object larger than 4 GiB")
        self._write_payload(header, data)
        self.memoize(obj)

    def _save_bytearray_data(self, obj, data):
        self._write_payload(BYTEARRAY8 + _u(len(data), 8), data)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            self._save_reduce_value(obj.__reduce_ex__(self.proto), obj)
            return
        self._save_bytearray_data(obj, bytes(obj))

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        readonly = obj._readonly()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if readonly:
                self._save_bytes_data(obj, obj._data())
            else:
                self._save_bytearray_data(obj, obj._data())
        else:
            self._write(NEXT_BUFFER)
            if readonly:
                self._write(READONLY_BUFFER)

    def save_str(self, obj):
        if self.bin:
            data = obj.encode("utf-8", "surrogatepass")
            n = len(data)
            if n <= 0xFF and self.proto >= 4:
                header = SHORT_BINUNICODE + _u(n, 1)
            elif n <= 0xFFFFFFFF:
                header = BINUNICODE + _u(n, 4)
            elif self.proto >= 4:
                header = BINUNICODE8 + _u(n, 8)
            else:
                raise PicklingError("cannot serialize a string larger than 4GiB")
            self._write_payload(header, data)
        else:
            self._write(UNICODE + _raw_unicode_escape(obj) + b"\n")
        self.memoize(obj)

    # ---- containers ----

    def save_tuple(self, obj):
        n = len(obj)
        write = self._write
        if n == 0:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            idx = self._memo_get(obj)
            if idx is not None:
                write(POP * n + self._get_op(idx))
            else:
                write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        write(MARK)
        for item in obj:
            self.save(item)
        idx = self._memo_get(obj)
        if idx is not None:
            # The tuple was pickled while pickling its items (a cycle through a list
            # or dict): throw away what was pushed and use the memo.
            if self.bin:
                write(POP_MARK + self._get_op(idx))
            else:
                write(POP * (n + 1) + self._get_op(idx))
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_appends(iter(obj))
            return
        save = self.save
        write = self._write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        total = 0
        while total < len(obj):
            write(MARK)
            count = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                count += 1
                if count == _BATCH:
                    break
            write(APPENDS)

    def _batch_appends(self, items):
        save = self.save
        write = self._write
        if not self.bin:
            for item in items:
                save(item)
                write(APPEND)
            return
        done = object()
        while True:
            first = next(items, done)
            if first is done:
                return
            second = next(items, done)
            if second is done:
                save(first)
                write(APPEND)
                return
            write(MARK)
            save(first)
            save(second)
            n = 2
            while n < _BATCH:
                item = next(items, done)
                if item is done:
                    break
                save(item)
                n += 1
            write(APPENDS)
            if n < _BATCH:
                return

    def save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_setitems(iter(obj.items()))
            return
        save = self.save
        write = self._write
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return
        it = iter(obj.items())
        while True:
            write(MARK)
            count = 0
            for k, v in it:
                save(k)
                save(v)
                count += 1
                if count == _BATCH:
                    break
            write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if count != _BATCH:
                return

    def _batch_setitems(self, items):
        save = self.save
        write = self._write

        def pair(item):
            if not isinstance(item, tuple) or len(item) != 2:
                raise TypeError("dict items iterator must return 2-tuples")
            return item

        if not self.bin:
            for item in items:
                k, v = pair(item)
                save(k)
                save(v)
                write(SETITEM)
            return
        done = object()
        while True:
            first = next(items, done)
            if first is done:
                return
            k, v = pair(first)
            second = next(items, done)
            if second is done:
                save(k)
                save(v)
                write(SETITEM)
                return
            write(MARK)
            save(k)
            save(v)
            item = second
            n = 1
            while item is not done:
                k, v = pair(item)
                save(k)
                save(v)
                n += 1
                if n == _BATCH:
                    break
                item = next(items, done)
            write(SETITEMS)
            if n < _BATCH:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self._reduce(set, (list(obj),), None, None, None, None, obj)
            return
        write = self._write
        write(EMPTY_SET)
        self.memoize(obj)
        size = len(obj)
        if not size:
            return
        it = iter(obj)
        while True:
            write(MARK)
            count = 0
            for item in it:
                self.save(item)
                count += 1
                if count == _BATCH:
                    break
            write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if count != _BATCH:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self._reduce(frozenset, (list(obj),), None, None, None, None, obj)
            return
        write = self._write
        write(MARK)
        for item in obj:
            self.save(item)
        idx = self._memo_get(obj)
        if idx is not None:
            write(POP_MARK + self._get_op(idx))
            return
        write(FROZENSET)
        self.memoize(obj)

    # ---- globals ----

    def save_global(self, obj, name=None):
        write = self._write
        if obj is _codecs_encode:
            module_name, name = "_codecs", "encode"
            parent = module = None
            parts = [name]
        else:
            if name is None:
                name = getattr(obj, "__qualname__", None)
                if name is None:
                    name = obj.__name__
            parts = _dotted_path(name)
            module_name = whichmodule(obj, parts)
            # CPython shares one "builtins"-style name object among the built-in
            # types of a module and another among the built-in functions; the memo
            # makes that visible, so mirror it.
            if type(obj) is type(len):
                module_name = _FUNCTION_MODULES.setdefault(module_name, module_name)
            elif not (type(obj) is _FunctionType
                      or isinstance(obj, type) and copyreg._is_python_class(obj)):
                module_name = _TYPE_MODULES.setdefault(module_name, module_name)
            try:
                __import__(module_name, level=0)
                module = sys.modules[module_name]
            except Exception:
                raise PicklingError("Can't pickle %r: import of module %r failed" % (obj, module_name)) from None
            try:
                found, parent = _deep_getattr(module, parts)
            except AttributeError:
                raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                    % (obj, name, module_name)) from None
            if found is not obj:
                raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                    % (obj, module_name, name))
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code is not None:
                if not 0 < code <= 0x7FFFFFFF:
                    raise PicklingError("Can't pickle %r: extension code %d is out of range" % (obj, code))
                if code <= 0xFF:
                    write(EXT1 + _u(code, 1))
                elif code <= 0xFFFF:
                    write(EXT2 + _u(code, 2))
                else:
                    write(EXT4 + _u(code, 4))
                return
        lastname = parts[-1]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self._reduce(getattr, (parent, lastname), None, None, None, None, None)
        else:
            if self.fix_imports:
                mapped = _compat_pickle.REVERSE_NAME_MAPPING.get((module_name, name))
                if mapped is not None:
                    module_name, name = mapped
                else:
                    module_name = _compat_pickle.REVERSE_IMPORT_MAPPING.get(module_name, module_name)
            encoding = "utf-8" if self.proto >= 3 else "ascii"
            try:
                data = module_name.encode(encoding) + b"\n" + name.encode(encoding) + b"\n"
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %d"
                                    % (module_name, name, self.proto)) from None
            write(GLOBAL + data)
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self._reduce(type, (None,), None, None, None, None, obj)
        if obj is type(NotImplemented):
            return self._reduce(type, (NotImplemented,), None, None, None, None, obj)
        if obj is type(...):
            return self._reduce(type, (...,), None, None, None, None, obj)
        return self.save_global(obj)


_P = Pickler
_ATOMIC = {type(None): _P.save_none, bool: _P.save_bool, int: _P.save_long, float: _P.save_float}
_CONTAINERS = {
    bytes: _P.save_bytes, str: _P.save_str, dict: _P.save_dict, set: _P.save_set,
    frozenset: _P.save_frozenset, list: _P.save_list, tuple: _P.save_tuple,
    bytearray: _P.save_bytearray, PickleBuffer: _P.save_picklebuffer,
}
del _P


# ---- Unpickler ----

class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=())

    Reads pickles (any protocol) from a binary file with read and readline."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        self._buffers = iter(buffers) if buffers is not None else None
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._file_readinto = getattr(file, "readinto", None)
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self._frame = None

    # ---- input (frames are read whole, then served from memory) ----

    def _read(self, n):
        frame = self._frame
        if frame is not None:
            data = frame.read(n)
            if len(data) == n:
                return data
            if data or n == 0:
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        frame = self._frame
        if frame is not None:
            line = frame.readline()
            if line:
                if not line.endswith(b"\n"):
                    raise UnpicklingError("pickle exhausted before end of frame")
                return line[:-1]
            self._frame = None
        line = self._file_readline()
        if not line.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return line[:-1]

    def _opcode(self):
        frame = self._frame
        if frame is not None:
            key = frame.read(1)
            if key:
                return key[0]
            self._frame = None
        key = self._file_read(1)
        if not key:
            raise EOFError("Ran out of input")
        return key[0]

    def load(self):
        """Reads one pickled object and returns it."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self.stack = []
        self.metastack = []
        self.proto = 0
        self._frame = None
        dispatch = _LOAD
        try:
            while True:
                code = self._opcode()
                f = dispatch.get(code)
                if f is None:
                    if 0x20 <= code <= 0x7E:
                        raise UnpicklingError("invalid load key, '%s'." % chr(code))
                    raise UnpicklingError("invalid load key, '\\x%02x'." % code)
                f(self)
        except _Stop as stop:
            return stop.value
        finally:
            self._frame = None

    # ---- stack helpers ----

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def _pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            mapped = _compat_pickle.NAME_MAPPING.get((module, name))
            if mapped is not None:
                module, name = mapped
            else:
                module = _compat_pickle.IMPORT_MAPPING.get(module, module)
        if module == "_codecs" and name == "encode":
            return _codecs_encode
        __import__(module, level=0)
        mod = sys.modules[module]
        if self.proto >= 4:
            return _getattribute(mod, name)[0]
        return getattr(mod, name)

    def _decode_string(self, data):
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    def _get_ext(self, code):
        obj = copyreg._extension_cache.get(code, _MISSING)
        if obj is not _MISSING:
            self.stack.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.stack.append(obj)

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, err), err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.stack.append(value)

    def _build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None and type(inst).__setstate__ is not _OBJECT_SETSTATE:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)


_MISSING = object()
_OBJECT_SETSTATE = object.__dict__.get("__setstate__", _MISSING)


def _make_load_table():
    U = Unpickler

    def uint(size):
        return lambda self: int.from_bytes(self._read(size), "little")

    u1, u2, u4, u8 = uint(1), uint(2), uint(4), uint(8)

    def i4(self):
        return int.from_bytes(self._read(4), "little", signed=True)

    def proto(self):
        p = u1(self)
        if p > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % p)
        self.proto = p

    def frame(self):
        n = u8(self)
        if n > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % n)
        if self._frame is not None and self._frame.read(1):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        self._frame = io.BytesIO(data)

    def stop(self):
        raise _Stop(self._pop())

    def push(value):
        return lambda self: self.stack.append(value)

    def tuple_n(k):
        def load_tuple_n(self):
            if len(self.stack) < k:
                raise UnpicklingError("unpickling stack underflow")
            items = tuple(self.stack[len(self.stack) - k:])
            del self.stack[len(self.stack) - k:]
            self.stack.append(items)
        return load_tuple_n

    def tuple_mark(self):
        items = self._pop_mark()
        self.stack.append(tuple(items))

    def list_mark(self):
        items = self._pop_mark()
        self.stack.append(items)

    def dict_mark(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self.stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def frozenset_mark(self):
        items = self._pop_mark()
        self.stack.append(frozenset(items))

    def empty_list(self):
        self.stack.append([])

    def empty_dict(self):
        self.stack.append({})

    def empty_set(self):
        self.stack.append(set())

    def append(self):
        value = self._pop()
        target = self._top()
        target.append(value)

    def appends(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, list):
            target.extend(items)
        else:
            add = target.append
            for item in items:
                add(item)

    def setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def setitems(self):
        items = self._pop_mark()
        target = self._top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def additems(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            add = target.add
            for item in items:
                add(item)

    def mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def put_at(self, idx):
        if idx < 0:
            raise ValueError("negative PUT argument")
        self.memo[idx] = self._top()

    def memoize(self):
        self.memo[len(self.memo)] = self._top()

    def get_at(self, idx):
        try:
            self.stack.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def int_line(self):
        line = self._readline()
        if line == b"00":
            value = False
        elif line == b"01":
            value = True
        else:
            value = int(line.decode("ascii"), 0)
        self.stack.append(value)

    def long_line(self):
        line = self._readline()
        if line.endswith(b"L"):
            line = line[:-1]
        self.stack.append(int(line.decode("ascii"), 0))

    def long4(self):
        n = i4(self)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.stack.append(decode_long(self._read(n)))

    def binint4(self):
        self.stack.append(i4(self))

    def float_line(self):
        self.stack.append(float(self._readline().decode("ascii")))

    def unicode_line(self):
        self.stack.append(_raw_unicode_unescape(self._readline()))

    def binunicode(size_reader):
        def load_binunicode(self):
            data = self._read(size_reader(self))
            self.stack.append(str(data, "utf-8", "surrogatepass"))
        return load_binunicode

    def binbytes(size_reader):
        def load_binbytes(self):
            self.stack.append(self._read(size_reader(self)))
        return load_binbytes

    def bytearray8(self):
        n = u8(self)
        self.stack.append(bytearray(self._read(n)))

    def binstring(self):
        n = i4(self)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.stack.append(self._decode_string(self._read(n)))

    def short_binstring(self):
        self.stack.append(self._decode_string(self._read(u1(self))))

    def string_line(self):
        data = self._readline()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.stack.append(self._decode_string(_escape_decode(data)))

    def next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* "
                                  "argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.stack.append(buf)

    def readonly_buffer(self):
        buf = self._top()
        view = buf.raw() if isinstance(buf, PickleBuffer) else memoryview(buf)
        if not view.readonly:
            toreadonly = getattr(view, "toreadonly", None)
            self.stack[-1] = toreadonly() if toreadonly is not None else bytes(view)

    def global_line(self):
        module = self._readline().decode("utf-8")
        name = self._readline().decode("utf-8")
        self.stack.append(self.find_class(module, name))

    def stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.stack.append(self.find_class(module, name))

    def inst(self):
        module = self._readline().decode("ascii")
        name = self._readline().decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self._pop_mark())

    def obj(self):
        args = self._pop_mark()
        if not args:
            raise UnpicklingError("unpickling stack underflow")
        cls = args.pop(0)
        self._instantiate(cls, args)

    def reduce(self):
        args = self._pop()
        func = self._pop()
        self.stack.append(func(*args))

    def newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.stack.append(cls.__new__(cls, *args))

    def newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.stack.append(cls.__new__(cls, *args, **kwargs))

    def pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self._pop_mark()

    def pop_mark(self):
        self._pop_mark()

    def dup(self):
        self.stack.append(self._top())

    def persid(self):
        line = self._readline()
        try:
            pid = line.decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.stack.append(self.persistent_load(pid))

    def binpersid(self):
        pid = self._pop()
        self.stack.append(self.persistent_load(pid))

    table = {
        PROTO: proto, FRAME: frame, STOP: stop, MARK: mark, POP: pop, POP_MARK: pop_mark, DUP: dup,
        NONE: push(None), NEWTRUE: push(True), NEWFALSE: push(False),
        EMPTY_TUPLE: tuple_n(0), TUPLE1: tuple_n(1), TUPLE2: tuple_n(2), TUPLE3: tuple_n(3),
        TUPLE: tuple_mark, EMPTY_LIST: empty_list, LIST: list_mark, EMPTY_DICT: empty_dict,
        DICT: dict_mark, EMPTY_SET: empty_set, FROZENSET: frozenset_mark,
        APPEND: append, APPENDS: appends, SETITEM: setitem, SETITEMS: setitems, ADDITEMS: additems,
        MEMOIZE: memoize,
        BINPUT: lambda self: put_at(self, u1(self)),
        LONG_BINPUT: lambda self: put_at(self, u4(self)),
        PUT: lambda self: put_at(self, int(self._readline().decode("ascii"))),
        BINGET: lambda self: get_at(self, u1(self)),
        LONG_BINGET: lambda self: get_at(self, u4(self)),
        GET: lambda self: get_at(self, int(self._readline().decode("ascii"))),
        BININT: binint4,
        BININT1: lambda self: self.stack.append(u1(self)),
        BININT2: lambda self: self.stack.append(u2(self)),
        LONG1: lambda self: self.stack.append(decode_long(self._read(u1(self)))),
        LONG4: long4, INT: int_line, LONG: long_line,
        BINFLOAT: lambda self: self.stack.append(_float_from_bits(self._read(8))),
        FLOAT: float_line,
        SHORT_BINUNICODE: binunicode(u1), BINUNICODE: binunicode(u4),
        BINUNICODE8: binunicode(u8), UNICODE: unicode_line,
        SHORT_BINBYTES: binbytes(u1), BINBYTES: binbytes(u4), BINBYTES8: binbytes(u8),
        BYTEARRAY8: bytearray8, NEXT_BUFFER: next_buffer, READONLY_BUFFER: readonly_buffer,
        SHORT_BINSTRING: short_binstring, BINSTRING: binstring, STRING: string_line,
        GLOBAL: global_line, STACK_GLOBAL: stack_global, INST: inst, OBJ: obj,
        EXT1: lambda self: self._get_ext(u1(self)),
        EXT2: lambda self: self._get_ext(u2(self)),
        EXT4: lambda self: self._get_ext(i4(self)),
        REDUCE: reduce, NEWOBJ: newobj, NEWOBJ_EX: newobj_ex, BUILD: U._build,
        PERSID: persid, BINPERSID: binpersid,
    }
    return {op[0]: f for op, f in table.items()}


_LOAD = _make_load_table()
del _make_load_table


# ---- shorthands ----

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Writes the pickle of obj to the open binary file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as bytes."""
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Reads one pickled object from the open binary file."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Rebuilds an object from its pickle."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(io.BytesIO(data), fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()
