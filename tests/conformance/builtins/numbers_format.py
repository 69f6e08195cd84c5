for v in [0, 1, -1, 1234567, 2**64, -2**70]:
    print(format(v, ","), format(v, "_x"), format(v, "+08d"), format(v, "b")[:20], format(v, "e"), f"{v:>12}")
for v in [0.0, -0.0, 1.5, 2.675, 1e-7, 123456.789, float("inf"), float("nan"), 1e16, 12345678901234567890.0]:
    print(repr(v), str(v), format(v, ".3g"), format(v, ".2f"), format(v, "e"), format(v, "%") if v == v and abs(v) < 1e10 else "-", format(v, "10.4"), f"{v:g}")
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1e20), round(123.456, -2), round(-0.5))
print(int("  -0012  "), int("0"), float("  -1.5e-3 "), float("1_000.5"), complex("1e1j"), 0.1 + 0.7, 3 * 0.1, 1 - 0.9)
print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 7 % 3, -7 % 3, 7.0 % -3, divmod(7.5, 2), 2 ** 10, 2 ** -2, (-2) ** 3, 0 ** 0, 10 ** 30)
print(abs(-7), abs(3.5), abs(-0.0), max(1, 2.5), min(-1, -1.0), sum([0.1] * 10) == 1.0, 0.1 * 10 == 1.0, float(10 ** 308 * 10) if False else 1)
print(bool(0.0), bool(-0.0), bool(float("nan")), 1 < 2.5 < 3, 2 == 2.0 == 2 + 0j, hash(2) == hash(2.0) == hash(2 + 0j), int(True), True + 1.5)
print(bin(0), oct(0), hex(0), bin(-0), hex(-255), (3).__index__(), (10).to_bytes(2, "little"), int.from_bytes(b"\x00\x01", "big"))
