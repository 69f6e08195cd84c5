# pickle: frames and batches of large data, errors, Pickler/Unpickler hooks, copyreg.
import copyreg
import io
import pickle


def digest(data):
    # A short deterministic fingerprint of a long pickle.
    return len(data), sum(data), data.count(b"\x95"), data[:24], data[-24:]


# Batches of 1000 items and 64 KiB frames.
for n in (999, 1000, 1001, 2001):
    for proto in range(6):
        print("list", n, proto, digest(pickle.dumps(list(range(n)), protocol=proto)))
        print("dict", n, proto, digest(pickle.dumps({i: i for i in range(n)}, protocol=proto)))
        print("set", n, proto, digest(pickle.dumps(set(range(n)), protocol=proto)))
big = [("k%d" % i, i * 1000003, [i]) for i in range(6000)]
for proto in range(6):
    data = pickle.dumps(big, protocol=proto)
    print("big", proto, digest(data), pickle.loads(data) == big)
for proto in range(6):
    data = pickle.dumps([b"x" * 70000, "y" * 70000, b"z" * 10, bytearray(b"w" * 66000)], protocol=proto)
    print("large payloads", proto, digest(data), pickle.loads(data)[3][:3])
fr = [i * 0.5 for i in range(10000)]
for proto in (4, 5):
    print("floats frame", proto, digest(pickle.dumps(fr, protocol=proto)))

# Errors.
def outer():
    def inner():
        pass
    return inner


class Weird:
    def __reduce__(self):
        return 42


class Short:
    def __reduce__(self):
        return (Short,)


class NotCallable:
    def __reduce__(self):
        return (1, ())


class BadArgs:
    def __reduce__(self):
        return (BadArgs, [])


for obj in (lambda: 0, outer(), Weird(), Short(), NotCallable(), BadArgs()):
    for proto in (0, 2, 4):
        try:
            pickle.dumps(obj, protocol=proto)
        except Exception as e:
            print(proto, type(e).__name__, e)
for bad in (b"", b"\x80\x04", b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K", b"K\x01", b"\xff", b"(l", b"]K\x01e."):
    try:
        print(pickle.loads(bad))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
try:
    pickle.loads("abc")
except TypeError as e:
    print(e)
try:
    pickle.dumps(1, protocol=6)
except ValueError as e:
    print(e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.dumps(1, protocol=-1))

# Pickles written by CPython (old protocols and opcodes pickle.dumps no longer emits).
old = [
    b"(lp0\nI1\naF2.5\naS'abc'\np1\naS'\\x00\\n\\\\q'\np2\na(dp3\nVk\np4\nI00\nsa.",
    b"(I1\nI2\nt.",
    b"]q\x00(U\x03abcq\x01T\x03\x00\x00\x00defq\x02e.",
    b"\x80\x02]q\x00(K\x01\x88\x89Ne.",
    b"(i__main__\nReducer2\np0\n(dp1\nVa\np2\nI5\nsb.",
    b"ccopy_reg\n_reconstructor\np0\n(c__main__\nPlain\np1\nc__builtin__\nobject\np2\nNtp3\nRp4\n(dp5\nVa\np6\nI1\nsb.",
    b"c__builtin__\nset\np0\n((lp1\nI1\naI2\natp2\nRp3\n.",
    b"cexceptions\nValueError\np0\n.",
    b"\x80\x02c__builtin__\nxrange\nq\x00K\x00K\x05K\x01\x87q\x01Rq\x02.",
    b"\x80\x05\x95\x0b\x00\x00\x00\x00\x00\x00\x00\x96\x02\x00\x00\x00\x00\x00\x00\x00ab\x94.",
]


class Reducer2:
    pass


class Plain:
    pass


for data in old:
    obj = pickle.loads(data)
    print(type(obj).__name__, obj if not isinstance(obj, (Reducer2, Plain)) else vars(obj))
print(pickle.loads(b"S'\\xe9'\n.", encoding="latin-1"), pickle.loads(b"U\x02hi.", encoding="bytes"))


# Pickler hooks.
class Ref:
    def __init__(self, key):
        self.key = key


class PidPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return "ref-" + obj.key
        return None


class PidUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded " + pid


for proto in range(6):
    f = io.BytesIO()
    PidPickler(f, proto).dump([Ref("a"), 1, Ref("b")])
    print("pid", proto, f.getvalue(), PidUnpickler(io.BytesIO(f.getvalue())).load())
try:
    pickle.loads(b"Pabc\n.")
except pickle.UnpicklingError as e:
    print(e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return (Point, (p.x, p.y))


class TablePickler(pickle.Pickler):
    dispatch_table = {Point: reduce_point}


f = io.BytesIO()
TablePickler(f, 2).dump(Point(1, 2))
p = pickle.loads(f.getvalue())
print("dispatch_table", f.getvalue(), p.x, p.y)
copyreg.pickle(Point, reduce_point)
print("copyreg", pickle.dumps(Point(3, 4), protocol=2), pickle.loads(pickle.dumps(Point(3, 4))).y)
del copyreg.dispatch_table[Point]


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Point:
            return (str, ("was Point",))
        return NotImplemented


f = io.BytesIO()
OverridePickler(f, 4).dump([Point, 1, "s"])
print("reducer_override", f.getvalue(), pickle.loads(f.getvalue()))

# Several pickles in one stream, the memo across dumps of one Pickler.
f = io.BytesIO()
pk = pickle.Pickler(f, 2)
shared = ["shared"]
pk.dump(shared)
pk.dump(shared)
pk.clear_memo()
pk.dump(shared)
print("stream", f.getvalue())
f.seek(0)
up = pickle.Unpickler(f)
print(up.load(), up.load(), up.load())
try:
    up.load()
except EOFError as e:
    print("EOFError", e)

# Extension codes.
copyreg.add_extension("__main__", "Point", 240)
copyreg.add_extension("__main__", "Ref", 0x1234)
for proto in (1, 2, 4):
    data = pickle.dumps([Point, Ref, Point], protocol=proto)
    print("ext", proto, data, pickle.loads(data) == [Point, Ref, Point])
copyreg.remove_extension("__main__", "Point", 240)
copyreg.remove_extension("__main__", "Ref", 0x1234)
print(pickle.dumps(Point, protocol=2))

# State setter and list/dict items from __reduce__.
def set_state(obj, state):
    obj.extra = state


class Custom:
    def __reduce__(self):
        return (Custom, (), {"s": 1}, iter([1, 2]), iter([("a", 1)]), set_state)

    def append(self, x):
        self.__dict__.setdefault("items", []).append(x)

    def __setitem__(self, k, v):
        self.__dict__.setdefault("pairs", []).append((k, v))


for proto in (0, 2, 5):
    data = pickle.dumps(Custom(), protocol=proto)
    print("custom", proto, data, sorted(vars(pickle.loads(data)).items()))

# PickleBuffer.
buf = pickle.PickleBuffer(b"abc")
print(pickle.dumps(buf, protocol=5), pickle.dumps(pickle.PickleBuffer(bytearray(b"xy")), protocol=5))
bufs = []
data = pickle.dumps([pickle.PickleBuffer(b"out"), 1], protocol=5, buffer_callback=bufs.append)
print(data, len(bufs), bytes(pickle.loads(data, buffers=bufs)[0]))
try:
    pickle.dumps(buf, protocol=4)
except pickle.PicklingError as e:
    print(e)
