# struct: CPython's error messages
import struct

def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for code in "bBhHiIlLqQ":
    for order in "@=<>!":
        for v in (2**70, -2**70, 1.0, "1", 2**(8 * struct.calcsize(order + code)), -1,
                  -2**(8 * struct.calcsize(order + code) - 1) - 1):
            t(struct.pack, order + code, v)
for code in "nNP":
    for v in (2**64, 2**63, -1, -2**63 - 1, 1.5):
        t(struct.pack, code, v)
    t(struct.pack, "<" + code, 1)
for code in "efd":
    for order in "@<>":
        for v in (1e300, "x", 2**2000, None):
            t(struct.pack, order + code, v)
t(struct.pack, "c", b"ab"); t(struct.pack, "c", "a"); t(struct.pack, "c", bytearray(b"a")); t(struct.pack, "c", 1)
t(struct.pack, "s", "a"); t(struct.pack, "p", "a"); t(struct.pack, "3s", memoryview(b"ab"))
t(struct.pack, "i"); t(struct.pack, "i", 1, 2); t(struct.pack, "2s2p", b""); t(struct.pack, "3x")
for fmt in ("z", "<P", "<n", "3", "2 i", "i<", "99999999999999999999i", "9223372036854775807x",
            "4611686018427387904i", "\0i", "i\0z"):
    t(struct.calcsize, fmt)
t(struct.calcsize, 5); t(struct.Struct, 5); t(struct.Struct, None)
t(struct.unpack, "i", b"abc"); t(struct.unpack, "i", b"abcde"); t(struct.unpack, "i", "abcd")
t(struct.unpack, "i", 5)
for off in (0, 2, 4, 10, -2, -4, -6, -10):
    t(struct.unpack_from, "i", b"abcdef", off)
t(lambda: struct.unpack_from("i", buffer=b"abcdefgh", offset=4))
ba = bytearray(6)
for off in (0, 2, 4, 10, -2, -4, -6, -10):
    t(struct.pack_into, "i", ba, off, 1)
print(ba)
t(struct.pack_into, "i", b"123456", 0, 1); t(struct.pack_into, "i", ba, 0); t(struct.pack_into, "i", ba)
t(struct.pack_into, "i", ba, 0, 1, 2); t(struct.Struct("i").pack_into)
t(lambda: list(struct.iter_unpack("i", b"12345"))); t(lambda: list(struct.iter_unpack("0s", b"")))
t(lambda: list(struct.iter_unpack("<h", b"123456")))
it = struct.iter_unpack("<h", bytearray(b"123456"))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
mv = memoryview(bytearray(8))
struct.pack_into("<hh", mv, 2, 1, -1)
print(mv.tobytes(), struct.unpack_from("<hh", mv, 2), struct.unpack_from("<h", mv, offset=-2))
