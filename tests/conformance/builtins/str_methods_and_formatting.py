s = "  Hello, World  "
print(s.strip(), s.lstrip(), s.rstrip(), "xxhixx".strip("x"), s.split(), "a,b,,c".split(","), "a,b,c".split(",", 1), "a b  c".rsplit(None, 1))
print("-".join(["a", "b"]), "abc".upper(), "ABC".lower(), "hello world".title(), "hello".capitalize(), "HeLLo".swapcase())
print("abcabc".find("c"), "abcabc".rfind("c"), "abc".find("z"), "abcabc".index("b", 2), "abcabc".count("b"), "aaa".count("a", 1))
print("abc".startswith("a"), "abc".endswith(("x", "c")), "abc".startswith("b", 1), "hello".replace("l", "L"), "hello".replace("l", "L", 1))
print("abc".center(9, "*"), "abc".ljust(6, "-"), "abc".rjust(6), "42".zfill(5), "-42".zfill(6), "a\tb".expandtabs(4))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "line1\nline2\r\nline3".splitlines(), "a\nb\n".splitlines(True))
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "  ".isspace(), "Title Case".istitle(), "abc".islower(), "ABC".isupper(), "_x1".isidentifier(), "1x".isidentifier())
print("prefix_rest".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "ß".casefold(), "héllo".encode(), "abc".encode("ascii"))
t = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(t), "hello".translate({ord("l"): None}))
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{0[0]} {0[1]}".format([5, 6]), "{p.real}".format(p=3))
print("{:>8}|{:<8}|{:^8}".format("r", "l", "c"), "{:08.3f}".format(3.14159), "{:,}".format(1234567), "{:x} {:#b} {:o}".format(255, 5, 8))
print("{!r} {!s} {!a}".format("hi", "hi", "é"), "{:{w}.{p}f}".format(3.14159, w=10, p=2), "{{literal}}".format())
print("%s %d %5.2f %-5s| %05d %x %X %o %e %g %%" % ("s", 42, 3.14159, "ab", 42, 255, 255, 8, 12345.678, 0.0001))
print("%(a)s and %(b)r" % {"a": 1, "b": "two"}, "%c%c" % (72, "i"), "%.3s" % "abcdef", "%+d % d" % (5, 5), "%#x %#o" % (255, 8))
print("ab" * 3, 3 * "ab", "abc"[::-1], "abc"[1:], "é" * 2, len("héllo"), "b" in "abc")
for bad in ["'%d' % 'x'", "'%s %s' % (1,)", "'%s' % (1, 2)", "'{} {1}'.format(1, 2)", "'{2}'.format(1)", "'{x}'.format()", "'a'.join([1])", "'abc'.index('z')", "'%z' % 1", "'{'.format()", "'}'.format()", "''.split('')", "'x'.center('a')", "'abc'.startswith(1)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
