# re: RegexFlag values and reprs, flag arithmetic, inline and scoped flags,
# IGNORECASE (Unicode and ASCII), MULTILINE, DOTALL, VERBOSE, ASCII, bytes.
import re

print(repr(re.I), str(re.I), f"{re.I}", repr(re.I | re.M), str(re.M | re.I), int(re.I | re.M), re.I | re.M)
print(repr(re.RegexFlag(0)), repr(re.I | 1024), repr(~re.I), repr(re.A), repr(re.U | re.I), re.NOFLAG)
print(type(re.I), re.I.name, re.I.value, (re.I | re.S).name, repr(re.A | re.I), repr(re.I & re.M), repr(re.I ^ re.I))
print(bool(re.NOFLAG), bool(re.I), re.I + 1, re.I == 2, hash(re.I) == hash(2), isinstance(re.I, int), int(~re.I))
print(re.IGNORECASE is re.I or re.IGNORECASE == re.I, re.TEMPLATE, re.T, re.DEBUG, re.LOCALE, re.VERBOSE, re.DOTALL)
print([int(f) for f in (re.A, re.I, re.L, re.U, re.M, re.S, re.X)], re.I in (re.I | re.M), re.S in (re.I | re.M))
print(list(re.I | re.M | re.A), repr(re.RegexFlag.IGNORECASE), re.RegexFlag(10))

for p, f in [("a", 0), ("a", re.I), ("a", re.A | re.I), ("a", re.U | re.I), ("a", re.I | re.M | re.S | re.X),
             (b"a", re.L), (b"a", 0), (b"a", re.I | re.A), ("(?i)a", 0), ("a", 1024), ("(?ms)a", re.X), ("(?x)a", 0)]:
    c = re.compile(p, f)
    print(repr(c), c.flags, type(c.flags).__name__)

# IGNORECASE, Unicode
for p, s in [("abc", "ABC aBc"), ("[a-z]+", "HeLLo"), ("ß", "SS ß ẞ"), ("k", "K \u212a k"), ("s", "S ſ"),
             ("i", "I İ ı"), ("ı", "i I"), ("μ", "µ Μ μ"), ("é+", "ÉéÉ"), ("[^a]", "A"), ("(a)\\1", "aA Aa"),
             ("[à-ÿ]+", "ÀÉÎ"), ("ǆ", "Ǆ ǅ ǆ"), ("σ", "Σ σ ς"), ("[\u0400-\u04ff]+", "ПРИВЕТ привет"),
             (r"\w+", "ÀÉ"), ("ᾳ", "ᾼ ᾳ"), ("[k-l]", "\u212a"), ("[^k]", "\u212a")]:
    print(p, re.findall(p, s, re.I))

# ASCII
for p, s, f in [(r"\w+", "héllo wörld", re.A), (r"\w+", "héllo wörld", 0), (r"\d+", "٣٤ 12", re.A), (r"\d+", "٣٤ 12", 0),
                (r"\s+", "a\u2003b c", re.A), (r"\s+", "a\u2003b c", 0), (r"\bé", "é aé", 0), (r"\bé", "é aé", re.A),
                ("é", "É", re.I | re.A), ("[a-z]+", "ABC\u212a", re.I | re.A), (r"(?a:\w+)é", "aéé", 0),
                (r"(?u)\w+", "é", 0), (r"(?a)[\W]+", "é!", 0)]:
    print(p, re.findall(p, s, f))

# MULTILINE / DOTALL
text = "first line\nsecond line\n\nlast"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.M), re.findall(r"\w+$", text, re.M), re.findall(r"\w+$", text))
print(re.findall(r"^$", text, re.M), re.findall("e.s", "line\nsecond"), re.findall("e.s", "line\nsecond", re.S))
print(re.findall(r"(?m)^.", "a\nb"), re.findall(r"(?s).", "a\n"), re.findall(r"(?-s:.)", "a\n", re.S), re.search(r"\Aa\Z", "a\n"), re.search(r"^a$", "a\n"))
print(re.findall(r"(?m:^x)|^y", "x\ny\nx"), re.findall(r"(?i:a)a", "AA Aa aA"), re.findall(r"(?-i:a)a", "AA Aa aA", re.I))

# VERBOSE
p = re.compile(r"""
    (?P<int> \d+ )      # integer part
    (?: \. (?P<frac>\d+) )?   # optional fraction
    \ x [ ]             # escaped space, space in a class
    \#                  # a literal hash
""", re.X)
print(p.match("12.5 x #"), p.match("7 x #").groupdict())
print(re.findall(r"(?x) a b | c d  # alternatives", "ab cd a b"), re.findall("(?x)a{2} b", "aab"), re.findall("(?x)a {2}", "aa"))
print(re.findall(r"(?x:a b)c d", "abc d abcd"), re.compile("a b", re.X).pattern)

# bytes patterns
print(re.findall(rb"\w+", b"hello w\xe9rld"), re.findall(rb"[a-z]+", b"ABC abc", re.I), re.sub(rb"(\d)", rb"<\1>", b"a1b2"))
print(re.split(rb"\s+", b"a b\tc"), re.match(rb"(?P<x>.)", b"xyz").groupdict(), re.search(rb"\xff+", b"a\xff\xffb"))
print(re.fullmatch(rb"\d+", bytearray(b"123")), re.search(b"b", memoryview(b"abc")), re.escape(b"a+b"))
print(re.sub(b"a", lambda m: m.group().upper(), b"banana"), re.findall(rb"(a)(b)?", b"ab a"), re.match(b"\xe9", b"\xc9", re.I))
