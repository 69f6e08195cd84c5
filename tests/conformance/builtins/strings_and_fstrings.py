name, n = "World", 42
print(f"Hello {name}!", f"{n:5d}|{n:<5}|{n:^7}|{n:x}|{n:#o}|{n:e}", f"{3.14159:.2f}", f"{name!r}", f"{n=}", f"{n * 2 = }", f"{'nested'}")
print(f"{{braces}}", f"{n:{'>'}{10}}", f"{1e10:,.2f}", f"{0.25:%}", f"{-5:+d}", f"{5:+d}", f"{1234567:_}")
w = 10
print(f"{'x':{w}}|", f"{name[0]}", f"{[1, 2][1]}", f"{ {'a': 1}['a'] }", f"{n if n else 0}")
s = "Python"
print(s[0], s[-1], s[1:4], s[::-1], s[::2], s * 2, s + "3", len(s), "th" in s, s.lower(), s.find("th"))
print("a,b,c".split(","), " ".join(["x", "y"]), "  pad  ".strip(), "x".center(5, "-"), "%s is %d" % ("age", 30), "{:>6}".format("r"))
print(str(1), str(1.5), str(None), str([1]), repr("it's"), repr('say "hi"'), "\t\n".isspace(), "ABC".isupper())
print(ord("€"), chr(8364), "€".encode(), len("€"), "naïve".upper(), "straße".upper(), "ǅ".lower())
multi = """line1
line2"""
print(multi.splitlines(), r"raw\n", b"bytes", "\x41\u0042\N{LATIN SMALL LETTER A}")
print("abc" < "abd", "a" * 0, "".join([]), "x".join("abc"), str.upper("q"), "%.3f|%5s|%-5s|" % (1 / 3, "ab", "cd"))
