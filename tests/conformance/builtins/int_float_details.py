import sys
print(2 ** 100, -2 ** 63, 10 ** 20 // 7, 10 ** 20 % 7, -(10 ** 20) // 7, divmod(-10 ** 20, 7), (1 << 70) | 1, (2 ** 64) ^ (2 ** 63))
print(int("123456789012345678901234567890"), int("-0x1F", 16), int("z", 36), int("0o17", 0), int(" +42 "), int("1_2_3"))
print((1234).to_bytes(4, "big"), (-1).to_bytes(2, "little", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True), (255).bit_length(), (2**100).bit_length())
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(1.25, 1), round(1.35, 1), round(123.456, -1), round(5, -1), round(15, -1), round(25, -1))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.0, 1.0, -0.0, 1e300 * 1e10, float("nan"), 3.0 * 1e-320)
print(float("inf") - float("inf"), float("-inf") < 0, 5e-324, 1.7976931348623157e308, 0.1 * 3, 100.0 / 3.0, 2.5e-7)
print(7 // 2, -7 // 2, 7 % -2, -7 % 2, 7.5 // 2, -7.5 % 2, 2 ** 0.5, 10 ** -2, (-8) ** (1 / 3) if False else 0, pow(10, 2, 7))
print(int(1e20), int(-2.9), float(2 ** 60), float("1e500"), 1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), hash(-1), hash(2 ** 61), hash(1.5))
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
for bad in ["1 // 0", "1.0 % 0", "2 ** -1 // 0", "int('12a')", "(2).to_bytes(0, 'big')", "int(None)", "float([])", "1 << -1", "10 ** 400 * 1.0"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__ + ":", e)
