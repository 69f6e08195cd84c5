b = b"hello world"
print(b[0], b[1:3], b[-1], len(b), b + b"!", b * 2, 2 * b"ab", b"o w" in b, 101 in b, list(b"abc"))
print(bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), bytes(b"x"), bytes(), bytearray(b"ab"), bytearray(3), bytearray("é", "utf-8"))
print(b.upper(), b.title(), b.split(), b.split(b"o"), b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"w"))
print(b.startswith(b"he"), b.endswith((b"x", b"ld")), b.strip(b"hd"), b"  x  ".strip(), b"-".join([b"a", b"b"]), b.partition(b" "), b.center(15, b"*"))
print(b.decode(), b"\xc3\xa9".decode("utf-8"), b.hex(), bytes.fromhex("41 42 ff"), b"abc".hex("-"), b.isalpha(), b"123".isdigit())
print(b"%s=%d" % (b"x", 5), b"%05.1f" % 2.5, b"a\nb\r\nc".splitlines(), b == b"hello world", b < b"z", b"a" != b"a")
ba = bytearray(b"abc")
ba[0] = 65; ba.append(68); ba.extend(b"EF"); ba.insert(0, 48); print(ba, ba.pop(), ba.pop(0), ba)
ba[1:3] = b"xyz"; del ba[0]; print(ba, len(ba), ba.upper(), bytes(ba), ba.copy(), ba == b"xyzDE")
ba += b"!"; ba.reverse(); print(ba); ba.remove(ord("!")); ba.clear(); print(ba)
print(repr(b"\x00\x7f\x80'\"\\"), repr(bytearray(b"q")), hash(b"abc") == hash(b"abc"))
for bad in ["b'a' + 'b'", "bytes('x')", "bytes(-1)", "bytes([256])", "b'\\xff'.decode()", "bytearray(b'a')[5]", "b'x'.index(b'y')", "hash(bytearray())", "bytes.fromhex('zz')", "b'abc'[10]"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
