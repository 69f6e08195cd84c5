"""Serializing Python objects to bytes and back, in the pickle format (protocols 2–5
written, 0–5 read), byte-for-byte what CPython writes for the common types.
ferrython's own implementation."""

import sys
import io
import copyreg
import math as _math


def _double_bytes(x):
    """IEEE 754 binary64, big-endian (BINFLOAT's payload)."""
    if x != x:
        return b"\x7f\xf8" + bytes(6)
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    x = abs(x)
    if x == float("inf"):
        exp, mant = 0x7FF, 0
    elif x == 0.0:
        exp, mant = 0, 0
    else:
        m, e = _math.frexp(x)          # x = m * 2**e, 0.5 <= m < 1
        if e - 1 > -1023:
            exp = e - 1 + 1023
            mant = int((m * 2 - 1) * (1 << 52))
        else:                          # subnormal
            exp = 0
            mant = int(x / 2.0 ** -1074)
    return ((sign << 63) | (exp << 52) | mant).to_bytes(8, "big")


def _double_from(data):
    bits = int.from_bytes(data, "big")
    sign = -1.0 if bits >> 63 else 1.0
    exp = (bits >> 52) & 0x7FF
    mant = bits & ((1 << 52) - 1)
    if exp == 0x7FF:
        return sign * float("inf") if mant == 0 else float("nan")
    if exp == 0:
        return sign * mant * 2.0 ** -1074
    return sign * _math.ldexp(1 + mant / (1 << 52), exp - 1023)


_SIZES = {"B": (1, False), "H": (2, False), "I": (4, False), "i": (4, True), "Q": (8, False)}


def _pack(fmt, value):
    if fmt == ">d":
        return _double_bytes(value)
    n, signed = _SIZES[fmt[1]]
    return value.to_bytes(n, "little", signed=signed)


def _unpack(fmt, data):
    if fmt == ">d":
        return (_double_from(data),)
    n, signed = _SIZES[fmt[1]]
    return (int.from_bytes(data, "little", signed=signed),)


def _size(fmt):
    return 8 if fmt == ">d" else _SIZES[fmt[1]][0]

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
_FRAME_TARGET = 64 * 1024


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# Opcodes (the pickle format's, see the pickletools documentation).
MARK, STOP, POP, POP_MARK, DUP = b"(", b".", b"0", b"1", b"2"
FLOAT, INT, BININT, BININT1, LONG, BININT2 = b"F", b"I", b"J", b"K", b"L", b"M"
NONE, PERSID, BINPERSID, REDUCE, STRING = b"N", b"P", b"Q", b"R", b"S"
BINSTRING, SHORT_BINSTRING, UNICODE, BINUNICODE = b"T", b"U", b"V", b"X"
APPEND, BUILD, GLOBAL, DICT, EMPTY_DICT, APPENDS = b"a", b"b", b"c", b"d", b"}", b"e"
GET, BINGET, INST, LONG_BINGET, LIST, EMPTY_LIST = b"g", b"h", b"i", b"j", b"l", b"]"
OBJ, PUT, BINPUT, LONG_BINPUT, SETITEM, TUPLE = b"o", b"p", b"q", b"r", b"s", b"t"
EMPTY_TUPLE, SETITEMS, BINFLOAT = b")", b"u", b"G"
PROTO, NEWOBJ, EXT1, EXT2, EXT4 = b"\x80", b"\x81", b"\x82", b"\x83", b"\x84"
TUPLE1, TUPLE2, TUPLE3, NEWTRUE, NEWFALSE = b"\x85", b"\x86", b"\x87", b"\x88", b"\x89"
LONG1, LONG4 = b"\x8a", b"\x8b"
BINBYTES, SHORT_BINBYTES = b"B", b"C"
SHORT_BINUNICODE, BINUNICODE8, BINBYTES8 = b"\x8c", b"\x8d", b"\x8e"
EMPTY_SET, ADDITEMS, FROZENSET, NEWOBJ_EX = b"\x8f", b"\x90", b"\x91", b"\x92"
STACK_GLOBAL, MEMOIZE, FRAME = b"\x93", b"\x94", b"\x95"
BYTEARRAY8, NEXT_BUFFER, READONLY_BUFFER = b"\x96", b"\x97", b"\x98"

_BATCH = 1000


def _encode_long(x):
    """Little-endian two's complement, as short as possible (LONG1/LONG4 payload)."""
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder="little", signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xFF and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def _decode_long(data):
    return int.from_bytes(data, byteorder="little", signed=True)


def _getattribute(obj, qualname):
    for part in qualname.split("."):
        if part == "<locals>":
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(qualname, obj))
        obj = getattr(obj, part)
    return obj


def _whichmodule(obj, name):
    module = getattr(obj, "__module__", None)
    if module is not None:
        return module
    for modname, mod in list(sys.modules.items()):
        if modname == "__main__" or mod is None:
            continue
        try:
            if _getattribute(mod, name) is obj:
                return modname
        except AttributeError:
            pass
    return "__main__"


class Pickler:
    """Pickler(file, protocol=None, *, fix_imports=True, buffer_callback=None)"""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if protocol < 2:
            # Protocols 0 and 1 are read, not written: use 2 (every reader accepts it).
            protocol = 2
        self.proto = protocol
        self._file_write = file.write
        self.memo = {}
        self.fast = 0
        self._frame = None

    def clear_memo(self):
        self.memo.clear()

    # ---- framing (protocol 4+) ----

    def write(self, data):
        if self._frame is not None:
            self._frame.append(data)
            self._frame_size += len(data)
        else:
            self._file_write(data)

    def _commit_frame(self, force=False):
        if self._frame is None:
            return
        if self._frame_size >= _FRAME_TARGET or force:
            data = b"".join(self._frame)
            if len(data) >= 4:
                self._file_write(FRAME + _pack("<Q", len(data)))
            self._file_write(data)
            self._frame = []
            self._frame_size = 0

    def _write_large(self, header, payload):
        # Payloads of a whole frame or more are written outside frames.
        if self._frame is not None:
            self._commit_frame(force=True)
            self._file_write(header)
            self._file_write(payload)
        else:
            self.write(header + payload)

    def dump(self, obj):
        """Writes a pickled representation of obj to the file."""
        if not hasattr(self, "proto"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self.write(PROTO + _pack("<B", self.proto))
        if self.proto >= 4:
            self._frame = []
            self._frame_size = 0
        self.save(obj)
        self.write(STOP)
        if self._frame is not None:
            self._commit_frame(force=True)
            self._frame = None

    # ---- memo ----

    def memoize(self, obj):
        idx = len(self.memo)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif idx < 256:
            self.write(BINPUT + _pack("<B", idx))
        else:
            self.write(LONG_BINPUT + _pack("<I", idx))
        self.memo[id(obj)] = idx, obj

    def _get(self, idx):
        if idx < 256:
            return BINGET + _pack("<B", idx)
        return LONG_BINGET + _pack("<I", idx)

    # ---- dispatch ----

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        if self._frame is not None:
            self._commit_frame()
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save(pid, save_persistent_id=False)
                self.write(BINPERSID)
                return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self._get(x[0]))
            return
        t = type(obj)
        f = self._DISPATCH.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = getattr(self, "dispatch_table", copyreg.dispatch_table).get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif isinstance(t, type) and issubclass(t, type):
            self.save_global(obj)
            return
        else:
            reduce_ex = getattr(obj, "__reduce_ex__", None)
            if reduce_ex is not None and type(obj).__reduce_ex__ is not object.__dict__.get("__reduce_ex__", None):
                rv = reduce_ex(self.proto)
            elif getattr(type(obj), "__reduce__", None) is not getattr(object, "__reduce__", None) \
                    and hasattr(obj, "__reduce__"):
                rv = obj.__reduce__()
            else:
                rv = copyreg._reduce_ex(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % "__reduce__")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("Tuple returned by %s must have two to six elements" % "__reduce__")
        self.save_reduce(obj=obj, *rv)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        write = self.write
        name = getattr(func, "__name__", "")
        if self.proto >= 2 and name == "__newobj_ex__":
            cls, args, kwargs = args
            self.save(cls)
            self.save(args)
            self.save(kwargs)
            write(NEWOBJ_EX)
        elif self.proto >= 2 and name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self._get(self.memo[id(obj)][0]))
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

    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        self.write(NEWTRUE if obj else NEWFALSE)

    def save_long(self, obj):
        if obj >= 0:
            if obj <= 0xFF:
                self.write(BININT1 + _pack("<B", obj))
                return
            if obj <= 0xFFFF:
                self.write(BININT2 + _pack("<H", obj))
                return
        if -0x80000000 <= obj <= 0x7FFFFFFF:
            self.write(BININT + _pack("<i", obj))
            return
        encoded = _encode_long(obj)
        n = len(encoded)
        if n < 256:
            self.write(LONG1 + _pack("<B", n) + encoded)
        else:
            self.write(LONG4 + _pack("<i", n) + encoded)

    def save_float(self, obj):
        self.write(BINFLOAT + _pack(">d", obj))

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, "latin1"), "latin1"), obj=obj)
            return
        n = len(obj)
        if n <= 0xFF:
            self.write(SHORT_BINBYTES + _pack("<B", n) + obj)
        elif n > 0xFFFFFFFF and self.proto >= 4:
            self._write_large(BINBYTES8 + _pack("<Q", n), obj)
        elif n >= _FRAME_TARGET:
            self._write_large(BINBYTES + _pack("<I", n), obj)
        else:
            self.write(BINBYTES + _pack("<I", n) + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_TARGET:
            self._write_large(BYTEARRAY8 + _pack("<Q", n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + _pack("<Q", n) + bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        encoded = obj.encode("utf-8", "surrogatepass")
        n = len(encoded)
        if n <= 0xFF and self.proto >= 4:
            self.write(SHORT_BINUNICODE + _pack("<B", n) + encoded)
        elif n > 0xFFFFFFFF and self.proto >= 4:
            self._write_large(BINUNICODE8 + _pack("<Q", n), encoded)
        elif n >= _FRAME_TARGET:
            self._write_large(BINUNICODE + _pack("<I", n), encoded)
        else:
            self.write(BINUNICODE + _pack("<I", n) + encoded)
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3:
            for element in obj:
                save(element)
            if id(obj) in memo:
                # A recursive tuple: it was pickled while saving its items.
                get = self._get(memo[id(obj)][0])
                self.write(POP * n + get)
            else:
                self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            self.write(POP_MARK + self._get(memo[id(obj)][0]))
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        it = iter(items)
        while True:
            batch = []
            for _ in range(_BATCH):
                try:
                    batch.append(next(it))
                except StopIteration:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif n:
                save(batch[0])
                write(APPEND)
            if n < _BATCH:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        it = iter(items)
        while True:
            batch = []
            for _ in range(_BATCH):
                try:
                    batch.append(next(it))
                except StopIteration:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCH:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        it = iter(obj)
        while True:
            batch = []
            for _ in range(_BATCH):
                try:
                    batch.append(next(it))
                except StopIteration:
                    break
            if batch:
                self.write(MARK)
                for item in batch:
                    self.save(item)
                self.write(ADDITEMS)
            if len(batch) < _BATCH:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self._get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        write = self.write
        if obj is _codecs_encode:
            # Protocol 2 bytes: CPython names codecs.encode's C implementation.
            self.write(GLOBAL + b"_codecs\nencode\n")
            self.memoize(obj)
            return
        if name is None:
            name = getattr(obj, "__qualname__", None)
        if name is None:
            name = obj.__name__
        module_name = _whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            obj2 = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            if "<locals>" in name.split("."):
                raise AttributeError("Can't pickle local object %r" % name) from None
            raise PicklingError("Can't pickle %r: it's not found as %s.%s" % (obj, module_name, name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        else:
            if "." in name:
                # Protocols 2 and 3 cannot name nested objects directly.
                parent = module
                for part in name.split(".")[:-1]:
                    parent = getattr(parent, part)
                self.save_reduce(getattr, (parent, name.rpartition(".")[2]), obj=obj)
                return
            if module_name == "builtins" and self.proto < 3:
                # The Python 2 names, as fix_imports writes them.
                if isinstance(obj, type) and issubclass(obj, BaseException):
                    module_name = "exceptions"
                else:
                    module_name = "__builtin__"
            write(GLOBAL + bytes(module_name, "utf-8") + b"\n" + bytes(name, "utf-8") + b"\n")
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    _DISPATCH = {}


_P = Pickler
Pickler._DISPATCH.update({
    type(None): _P.save_none, bool: _P.save_bool, int: _P.save_long, float: _P.save_float,
    bytes: _P.save_bytes, bytearray: _P.save_bytearray, str: _P.save_str, tuple: _P.save_tuple,
    list: _P.save_list, dict: _P.save_dict, set: _P.save_set, frozenset: _P.save_frozenset,
    type: _P.save_type, type(len): _P.save_global, type(_getattribute): _P.save_global,
    type(...): lambda self, obj: self.save_global(obj, "Ellipsis"),
    type(NotImplemented): lambda self, obj: self.save_global(obj, "NotImplemented"),
})
del _P


def _codecs_encode(text, encoding):
    return text.encode(encoding)


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=())"""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        self._read = file.read
        self._readline = file.readline
        self.memo = {}
        self.encoding = encoding
        self.errors = errors

    def _need(self, n):
        data = self._read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def persistent_load(self, pid):
        raise UnpicklingError("unsupported persistent id encountered")

    def find_class(self, module, name):
        if module in ("__builtin__", "exceptions"):
            module = "builtins"
        if (module, name) == ("_codecs", "encode"):
            return _codecs_encode
        __import__(module, level=0)
        return _getattribute(sys.modules[module], name)

    def load(self):
        """Reads one pickled object from the file and returns it."""
        self.stack = []
        self.metastack = []
        read = self._read
        dispatch = self._DISPATCH
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError
                f = dispatch.get(key[0])
                if f is None:
                    raise UnpicklingError("invalid load key, %r." % key.decode("latin-1"))
                f(self)
        except _Stop as stop:
            return stop.value

    def _pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def _mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def _readline_arg(self):
        line = self._readline()
        if not line.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return line[:-1]

    def _build(self):
        state = self.stack.pop()
        inst = self.stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None and type(inst).__setstate__ is not getattr(object, "__setstate__", None):
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    k = sys.intern(k)
                inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def _setitems(self):
        items = self._pop_mark()
        d = self.stack[-1]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def _appends(self):
        items = self._pop_mark()
        lst = self.stack[-1]
        if isinstance(lst, list):
            lst.extend(items)
        else:
            for x in items:
                lst.append(x)

    def _additems(self):
        items = self._pop_mark()
        s = self.stack[-1]
        if isinstance(s, set):
            s.update(items)
        else:
            for x in items:
                s.add(x)

    def _get_memo(self, idx):
        try:
            self.stack.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def _string(self, data):
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    _DISPATCH = {}


def _unpickler_dispatch():
    U = Unpickler
    n = lambda fmt: (lambda self: _unpack(fmt, self._need(_size(fmt)))[0])
    u1, u2, u4, i4, u8 = n("<B"), n("<H"), n("<I"), n("<i"), n("<Q")

    def proto(self):
        p = self._need(1)[0]
        if not 0 <= p <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % p)

    def frame(self):
        u8(self)

    def stop(self):
        raise _Stop(self.stack.pop())

    def push(v):
        return lambda self: self.stack.append(v)

    def empty(factory):
        return lambda self: self.stack.append(factory())

    def tuple_n(k):
        def f(self):
            if k == 0:
                self.stack.append(())
                return
            items = tuple(self.stack[-k:])
            del self.stack[-k:]
            self.stack.append(items)
        return f

    # (Pop the mark before touching self.stack: it replaces the list.)
    def tuple_mark(self):
        items = self._pop_mark()
        self.stack.append(tuple(items))

    def list_mark(self):
        items = self._pop_mark()
        self.stack.append(items)

    def dict_mark(self):
        items = self._pop_mark()
        self.stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def frozenset_mark(self):
        items = self._pop_mark()
        self.stack.append(frozenset(items))

    def append(self):
        v = self.stack.pop()
        self.stack[-1].append(v)

    def setitem(self):
        v = self.stack.pop()
        k = self.stack.pop()
        self.stack[-1][k] = v

    def memoize(self):
        self.memo[len(self.memo)] = self.stack[-1]

    def binput(self):
        self.memo[u1(self)] = self.stack[-1]

    def long_binput(self):
        self.memo[u4(self)] = self.stack[-1]

    def put(self):
        self.memo[int(self._readline_arg())] = self.stack[-1]

    def binget(self):
        self._get_memo(u1(self))

    def long_binget(self):
        self._get_memo(u4(self))

    def get(self):
        self._get_memo(int(self._readline_arg()))

    def binint(self):
        self.stack.append(i4(self))

    def binint1(self):
        self.stack.append(u1(self))

    def binint2(self):
        self.stack.append(u2(self))

    def long1(self):
        self.stack.append(_decode_long(self._need(u1(self))))

    def long4(self):
        n = i4(self)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.stack.append(_decode_long(self._need(n)))

    def int_(self):
        data = self._readline_arg()
        if data == b"00":
            v = False
        elif data == b"01":
            v = True
        else:
            v = int(data, 0)
        self.stack.append(v)

    def long_(self):
        data = self._readline_arg()
        if data.endswith(b"L"):
            data = data[:-1]
        self.stack.append(int(data, 0))

    def binfloat(self):
        self.stack.append(_unpack(">d", self._need(8))[0])

    def float_(self):
        self.stack.append(float(self._readline_arg()))

    def binunicode(self, n):
        self.stack.append(str(self._need(n), "utf-8", "surrogatepass"))

    def unicode_(self):
        self.stack.append(str(self._readline_arg(), "raw-unicode-escape"))

    def string_(self):
        data = self._readline_arg()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        import codecs
        self.stack.append(self._string(codecs.escape_decode(data)[0]))

    def global_(self):
        module = self._readline_arg().decode("utf-8")
        name = self._readline_arg().decode("utf-8")
        self.stack.append(self.find_class(module, name))

    def stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.stack.append(self.find_class(module, name))

    def reduce(self):
        args = self.stack.pop()
        func = self.stack[-1]
        self.stack[-1] = func(*args)

    def newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        self.stack.append(cls.__new__(cls, *args))

    def newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self.stack.append(cls.__new__(cls, *args, **kwargs))

    def pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self._pop_mark()

    def dup(self):
        self.stack.append(self.stack[-1])

    def persid(self):
        self.stack.append(self.persistent_load(self._readline_arg().decode("ascii")))

    def binpersid(self):
        pid = self.stack.pop()
        self.stack.append(self.persistent_load(pid))

    table = {
        PROTO: proto, FRAME: frame, STOP: stop, NONE: push(None), NEWTRUE: push(True),
        NEWFALSE: push(False), EMPTY_TUPLE: tuple_n(0), TUPLE1: tuple_n(1), TUPLE2: tuple_n(2),
        TUPLE3: tuple_n(3), TUPLE: tuple_mark, EMPTY_LIST: empty(list), LIST: list_mark,
        EMPTY_DICT: empty(dict), DICT: dict_mark, EMPTY_SET: empty(set), FROZENSET: frozenset_mark,
        MARK: U._mark, APPEND: append, APPENDS: U._appends, SETITEM: setitem,
        SETITEMS: U._setitems, ADDITEMS: U._additems, MEMOIZE: memoize, BINPUT: binput,
        LONG_BINPUT: long_binput, PUT: put, BINGET: binget, LONG_BINGET: long_binget, GET: get,
        BININT: binint, BININT1: binint1, BININT2: binint2, LONG1: long1, LONG4: long4,
        INT: int_, LONG: long_, BINFLOAT: binfloat, FLOAT: float_,
        SHORT_BINUNICODE: lambda self: binunicode(self, u1(self)),
        BINUNICODE: lambda self: binunicode(self, u4(self)),
        BINUNICODE8: lambda self: binunicode(self, u8(self)), UNICODE: unicode_,
        SHORT_BINBYTES: lambda self: self.stack.append(self._need(u1(self))),
        BINBYTES: lambda self: self.stack.append(self._need(u4(self))),
        BINBYTES8: lambda self: self.stack.append(self._need(u8(self))),
        BYTEARRAY8: lambda self: self.stack.append(bytearray(self._need(u8(self)))),
        SHORT_BINSTRING: lambda self: self.stack.append(self._string(self._need(u1(self)))),
        BINSTRING: lambda self: self.stack.append(self._string(self._need(i4(self)))),
        STRING: string_, GLOBAL: global_, STACK_GLOBAL: stack_global, REDUCE: reduce,
        NEWOBJ: newobj, NEWOBJ_EX: newobj_ex, BUILD: U._build, POP: pop,
        POP_MARK: lambda self: self._pop_mark(), DUP: dup, PERSID: persid, BINPERSID: binpersid,
    }
    Unpickler._DISPATCH.update({k[0]: v for k, v in table.items()})


_unpickler_dispatch()
del _unpickler_dispatch


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickled representation of obj as bytes."""
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Rebuilds an object from its pickled bytes."""
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return Unpickler(io.BytesIO(data), fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()
