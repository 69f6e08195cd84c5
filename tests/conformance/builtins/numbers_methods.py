print((255).bit_length(), (-1).bit_length(), (10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((7).as_integer_ratio(), (3.75).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(7.0), round(1.5, 0))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 0.5), pow(-8, 1/3) if False else 0)
print(bin(10), oct(-8), hex(255), bin(-5))
print((1.5).hex(), float.fromhex("0x1.8p1"), (0.1).hex())
print(int("ff", 16), int("0b101", 0), int("  42  "), int(3.9), int(-3.9), int("1_000"))
print(float("1e3"), float("inf"), float("-nan"), float(" 2.5 "))
print(divmod(7, -2), divmod(-7.5, 2), 7 // -2, -7 % 3, 2 ** -1, 10 / 4)
print(1 << 100, (1 << 100) >> 99, -(1 << 64) // 3, abs(-5), abs(-2.5))
print(True + True, int(True), 5 & 3, 5 | 3, 5 ^ 3, ~5)
print(3 .conjugate(), (3).real, (3).imag, (1.5).real, (2).numerator, (2).denominator)
print(float(2**1000) if False else 1, 1e308 * 10, -1e308 * 10)
import sys
print(sys.maxsize, sys.int_info if False else "", sys.float_info.max if hasattr(sys, "float_info") else 1.7976931348623157e+308)
for bad in ["int('x')", "int('1', 99)", "round(1.5, 'x')", "pow(2, 3, 0)", "(1).to_bytes(1, 'big', signed=False) if False else (256).to_bytes(1, 'big')", "float('abc')", "1 / 0.0", "int(float('inf'))", "int(float('nan'))", "2 ** 10000 * 1.0", "hex(1.5)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(str(10 ** 50), repr(1e16), repr(1.0), repr(123456789.123456789), 1e-7, 1/3, 2/3, 100.0, 1e22, 1.5e-10)
