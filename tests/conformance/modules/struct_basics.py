# struct: sizes, native alignment, byte orders, round trips of every code
import struct

for fmt in ["x", "c", "b", "B", "?", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N",
            "e", "f", "d", "s", "p", "P", "ci", "ic", "cd", "dc", "bhilq", "c0l", "3s i",
            "hh0q", "5p2x", "!bhilq", "<ci", ">3e", "=lL", "@bP", "", "0i", "10x", "?q"]:
    print(repr(fmt), struct.calcsize(fmt))

values = {"b": [-128, 0, 127], "B": [0, 255], "h": [-32768, 1, 32767], "H": [0, 65535],
          "i": [-2**31, 2**31 - 1], "I": [0, 2**32 - 1], "l": [-2**31, 2**31 - 1],
          "L": [0, 2**32 - 1], "q": [-2**63, 2**63 - 1], "Q": [0, 2**64 - 1]}
for order in "@=<>!":
    for code, vs in values.items():
        for v in vs:
            data = struct.pack(order + code, v)
            print(order + code, v, data, struct.unpack(order + code, data))
for code, vs in (("n", [-2**63, 5]), ("N", [2**64 - 1]), ("P", [0, 2**64 - 1, -1, 2**63])):
    for v in vs:
        data = struct.pack(code, v)
        print(code, v, data, struct.unpack(code, data))

print(struct.pack("ci?h", b"*", 7, [], -2))
print(struct.pack("<ci?h", b"*", 7, [1], -2))
print(struct.pack(">3sx2p0sp", b"abcdef", b"xyz", b"", b"q"))
print(struct.unpack(">3sx2p0sp", b"abc\x00\x01x\x00"))
print(struct.pack("5p", b"ab"), struct.unpack("5p", b"\x09abcd"), struct.unpack("3p", b"\x01abc"[:3]))
print(struct.pack("10s", b"abc"), struct.pack("2s", bytearray(b"abc")), struct.unpack("4s", b"a\x00b\x00"))
print(struct.pack("300p", b"z" * 300)[:3], len(struct.pack("300p", b"z" * 300)))
print(struct.pack("3c", b"a", b"b", b"c"), struct.unpack("3c", b"xyz"))
print(struct.pack("??", 0, "x"), struct.unpack("4?", b"\x00\x01\x02\xff"))
print(struct.pack(" 2i 3h ", 1, 2, 3, 4, 5))
print(struct.pack(b"<hh", 1, 2), struct.unpack(b"<hh", b"\x01\x00\x02\x00"))
print(struct.unpack("<i", bytearray(b"\x01\x02\x03\x04")), struct.unpack("<i", memoryview(b"\x01\x02\x03\x04")))

class Idx:
    def __index__(self):
        return 42
print(struct.pack("<iQ", Idx(), True), struct.pack(">?", Idx()))

s = struct.Struct("<2hi")
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(b"\x01\x00\x02\x00\x03\x00\x00\x00"))
s = struct.Struct(b"!I")
print(repr(s.format), s.size, s.pack(258), type(s).__name__, type(s).__module__)
print(struct.Struct("") .pack(), struct.unpack("", b""), struct.calcsize("0s"))
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))

# long formats (many items / big sizes)
data = struct.pack("<100h", *range(-50, 50))
print(len(data), struct.unpack("<100h", data)[::9], struct.calcsize("@c100q"))
many = struct.pack("@c70d?", b"x", *[i / 4 for i in range(70)], True)
print(len(many), struct.unpack("@c70d?", many)[:4], struct.unpack("@c70d?", many)[-2:])
big = struct.pack("5000s2h", b"abc", 1, 2)
print(len(big), big[:4], big[-6:], struct.unpack("5000s2h", big)[1:])
print(struct.unpack_from("<70B", bytes(range(80)), 5)[::10])
print([t[:2] for t in struct.iter_unpack("<70B", bytes(range(140)))])
ba = bytearray(150)
struct.pack_into("<70B", ba, 3, *range(70))
print(ba[:8], ba[70:76])
for fmt, args in (("<70b", [0] * 69 + [300]), ("<70s", ["x"]), ("<66e", [0.0] * 65 + [1e10]),
                  ("<80?", [0] * 79), ("<65c", [b"a"] * 64 + [b"ab"])):
    try:
        struct.pack(fmt, *args)
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)
