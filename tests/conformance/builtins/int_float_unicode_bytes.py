# int()/float() accept Unicode decimal digits and spaces; str.isdecimal/isdigit agree with CPython.
for s in ["٣", "١٢٣", "３４", "\u3000 42\u2003", "-٤٥", "𝟗𝟖", "1_٢", "١٢.٥", "٣e٢", "²", "1²", "abc", "٣x"]:
    for conv in (int, float):
        try:
            print(repr(s), conv.__name__, conv(s))
        except ValueError as e:
            print(repr(s), conv.__name__, "ValueError", e)
for s in ["٣", "३", "²", "½", "12", "١٢x", "", "\u0e53", "𝟎"]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric())
print(int("٣٣", 8), int(" ١٠ ", 16))
print(int(b"12"), float(b"1.5"), int(bytearray(b" 7 ")))
for bad in [b"abc", bytearray(b"1x"), b"\xff"]:
    for conv in (int, float):
        try:
            conv(bad)
        except ValueError as e:
            print(conv.__name__, e)
