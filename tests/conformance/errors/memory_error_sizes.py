# Sizes a program chooses that cannot be allocated raise MemoryError (never abort).
cases = [
    "bytes(2**62)", "bytearray(2**62)", "bytes(9999999999999)", "[0] * 2**62", "(1,) * 2**62",
    "'a' * 2**62", "b'a' * 2**62", "'ab' * 2**61", "'a' * 10**13",
    "'x'.ljust(2**62)", "'x'.center(2**62)", "'x'.zfill(2**62)", "'{:>9999999999999}'.format(1)",
    "f'{1:>99999999999999999999}'", "format(1.5, '.99999999999999999999f')",
    "'%9999999999999d' % 1", "'%99999999999999999999999d' % 1",
]
for src in cases:
    try:
        eval(src)
        print(src, "ok")
    except (MemoryError, OverflowError, ValueError) as e:
        print(src, type(e).__name__, e)
