# re: re.error messages, positions, lineno/colno for bad patterns and
# templates, plus the TypeError/ValueError/IndexError/OverflowError cases.
import re


def compile_error(p, flags=0):
    try:
        re.compile(p, flags)
    except re.error as e:
        print(repr(p), "-> error:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), "->", type(e).__name__ + ":", e)
    else:
        print(repr(p), "ok")


for p in [
    "(a", "(?i)(?m)a", "a(?i)b", "(?i)", "((?i)a)", "(?x) a(?i)", "*", "a**", "a*?+",
    "a{2,1}", "^*", r"\b*", "(?<=a+)b", "(?<=a|bc)", "[a", "[]", "[^]", "a)", "a|*",
    "(*)", r"\q", "\\", r"\x1", r"[\x1]", r"\1", r"(a)\2", r"\400", "(?P<1a>x)",
    "(?P<a>x)(?P<a>y)", "(?P=b)", "(?P<a", "(?Px)", "(?<x)", "(?z)", "(?", "(?i",
    "(?-)", "(?i-i:a)", "(?a-u:a)", "(?-a:a)", "(?#abc", "(a)(?(2)b)", "(?(1)a|b|c)",
    "(a)(?(x)b)", "[z-a]", r"[\w-z]", r"[a-\w]", "a{4294967296}", "(?x)a{1, 2}", "a{,2}",
    "a{}", "(?P<a>a)(?P=a", "x(?P=", r"[\8]", r"\8", "(?u)a", "(?L)a", "(?a)", "(?au)",
    "(?>a)+", "a++", "(?<=\\1)(a)", "(a)(?<=\\1)", "(?i:", "(?-i", "(?i-:a)", "(?x:a b)",
    "a(?x)b", "(?P<>a)", "(?P=)", "(?P<a>)(?P=a", "(a)(?(0)b)", "(?(", "(?()", "(?(1",
    "[a-]", "[-a]", "[\\d-a]", "a{1,2}{3}", "(?<=a)*", "(?=a)*", "$*", "\\Z?", "(?:)*",
    "(a)(?P=1)", "(?P<a>x)(?P=a)", "(a\\1)", "(?i)(?x) a", "  (?i)a", "(?x)  (?i)a",
    "(?x)#c\n(?i)a", "[a\n", "(a\n(b", "a\n)", "a|(?i)b", "(?i)a|B", "(?#x)(?i)a",
    "a*{", "a{,}", r"(?P<a>x(?P=a))", "(?x)a(?i)", "(?(1)a|b)(x)", "(?i-", "(?-:a)",
    "(?-x)", "(?ix-s:a)", "(?q:a)", "(?P", "(?<", "x{3,2}", "[[a]", r"\u12", r"\U00110000",
    r"\U0010ffff", "(?<=(?P<x>a))b", "(?<=a(?=b))", r"(a)(?<=\1b)", "(?i)\\N{foo",
]:
    compile_error(p)

compile_error(b"\\u1234")
compile_error(b"(?u)a")
compile_error(b"a", re.U)
compile_error("a", re.A | re.U)
compile_error("a", re.L)
compile_error("(?L)a")
compile_error("(?a)(?u)a")
compile_error(123)
compile_error(re.compile("a"), re.I)
print(re.compile(re.compile("a")) is re.compile("a"))


def template_error(t):
    try:
        print(repr(t), "->", repr(re.sub("(a)(?P<n>b)?", t, "xabx")))
    except re.error as e:
        print(repr(t), "-> error:", e, "|", e.pos)
    except Exception as e:
        print(repr(t), "->", type(e).__name__ + ":", e)


for t in [r"\x41", r"\g<1>", r"\g<x>", r"\g<1", r"\g", r"\g<>", r"\g<1a>", r"\3",
          r"\q", r"\.", r"\0", r"\07", r"\101", r"\400", r"\12", r"\n\t\b",
          r"\g<0>\g<01>", "\\", "a\\", r"\g<n>", r"\g<2>", r"[\2]", "\\\\"]:
    template_error(t)

for bad in [lambda: re.match("a", 1), lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"),
            lambda: re.sub(b"a", "x", b"a"), lambda: re.sub("a", lambda m: 1, "a"),
            lambda: re.sub("a", 5, "a"), lambda: re.match("(a)", "a").group(2),
            lambda: re.match("(a)", "a").group("x"), lambda: re.match("(a)", "a").start(-1),
            lambda: re.match("(a)", "a")[1.5], lambda: re.sub("(a)", r"\g<x>", "a")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)

e = re.error("plain message")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception), re.error.__name__, re.error.__module__)
e = re.error("msg", "ab\ncd", 4)
print(e, e.lineno, e.colno, repr(e))
