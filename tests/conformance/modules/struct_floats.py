# struct: IEEE 754 half, single and double precision packing
import struct
import math

inf = float("inf")
nan = float("nan")
for v in [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 3.141592653589793, 1e300, -1e-300, 5e-324,
          2.2250738585072014e-308, 1.7976931348623157e308, inf, -inf, nan, -nan, 123456789.0]:
    d = struct.pack("<d", v)
    print(repr(v), d, struct.unpack("<d", d), struct.pack(">d", v).hex())
for v in [0.0, -0.0, 1.0, 0.1, -2.5, 1e-38, 1e-45, 1e-46, 1.4e-45, 3.4028234663852886e38,
          3.4028235e38, 16777217.0, 16777219.0, 1.1754942e-38, inf, -inf, nan, 1e300, 2**-149, 2**-150,
          3 * 2**-151, 0.30000001192092896]:
    try:
        f = struct.pack("<f", v)
        print(repr(v), f, struct.unpack("<f", f), struct.pack(">f", v).hex())
    except OverflowError as e:
        print(repr(v), "OverflowError", e)
    nf = struct.pack("f", v)
    print("  native", nf, struct.unpack("f", nf))
for v in [0.0, -0.0, 1.0, 0.1, -2.5, 65504.0, 65519.0, 65519.99, 65520.0, 6.1e-5, 6e-8, 5.960464477539063e-08,
          1e-8, 3e-8, 2049.0, 2051.0, 2050.0, 0.333, inf, -inf, nan, -nan, 1e10, -1e-10, 1.00048828125, 1.000732421875]:
    try:
        e = struct.pack("<e", v)
        print(repr(v), e, struct.unpack("<e", e), struct.pack(">e", v).hex(), struct.pack("e", v).hex())
    except OverflowError as err:
        print(repr(v), "OverflowError", err)
for bits in range(0, 65536, 4099):
    data = bits.to_bytes(2, "little")
    print(bits, struct.unpack("<e", data))
for bits in (0x7F800001, 0xFF800000, 0x00000001, 0x00800000, 0x3F800001, 0x7F7FFFFF, 0x80000000):
    print(hex(bits), struct.unpack(">f", bits.to_bytes(4, "big")))
for bits in (0x7FF0000000000001, 0x0000000000000001, 0x000FFFFFFFFFFFFF, 0x3FF0000000000001, 0x8000000000000000):
    print(hex(bits), struct.unpack(">d", bits.to_bytes(8, "big")))
x = struct.unpack("<d", struct.pack("<d", -nan))[0]
print(math.isnan(x), math.copysign(1.0, x))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(struct.pack("<dfe", F(), I(), True), struct.pack("<d", 10))
# round trips through single precision are exact for floats already representable
import random
print(all(struct.unpack("<f", struct.pack("<f", float(k) / 1024))[0] == k / 1024 for k in range(-3000, 3000, 7)))
