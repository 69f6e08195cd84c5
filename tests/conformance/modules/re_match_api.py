# re: Match and Pattern objects -- group/groups/groupdict/start/end/span/
# expand/lastindex/lastgroup/regs/__getitem__, pos/endpos handling, reprs,
# equality, hashing, the compile cache and scanner().
import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?P<rest> .*)?", "Jane Doe")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, "last", 0))
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end("first"), m.span("rest"), m.start(3))
print(m[0], m[1], m["last"], m[3], m.lastindex, m.lastgroup, m.regs)
print(m.string, m.re, m.pos, m.endpos, bool(m), m.re.groups, m.re.groupindex)
print(m.expand(r"\2, \1! [\g<0>] \g<last> \\n"), repr(m.expand(r"\n")))
print(type(m).__name__, type(m), type(m.re), re.Match, re.Pattern)

for p, s in [("(a)(b)?", "ac"), ("((a)b)", "ab"), ("(a)|(b)", "b"), ("(?:(a)|b)+", "ab"),
             ("x", "x"), ("(?P<n>a)(?P<m>b)", "ab"), ("(a)(?P<n>b)?", "a"), ("((?P<n>a))", "a")]:
    mm = re.search(p, s)
    print(p, mm.lastindex, mm.lastgroup, mm.groups(), mm.regs)

# repr of long matches, of other types
print(re.search(".+", "x" * 100))
print(re.search(".+", "it's \"quoted\"\n\\"))
print(re.search(b".+", b"by\xfftes"))
print(re.match("", "abc"))

# pos / endpos
p = re.compile(r"\w+")
print(p.search("ab cd ef", 2), p.search("ab cd ef", 3), p.search("ab cd ef", 3, 4))
print(p.match("ab cd", 3), p.match("ab cd", 2), p.fullmatch("ab cd", 3), p.fullmatch("ab cd", 3, 4))
print(p.search("abc", -5), p.search("abc", 10), p.search("abc", 1, 100), p.search("abc", 2, 1))
print(p.findall("ab cd ef", 1, 7), [x.span() for x in p.finditer("ab cd ef", 2)])
m = p.search("ab cd ef", 3, 7)
print(m, m.pos, m.endpos, m.string)
print(re.compile("^a").search("ba", 1), re.compile("^a", re.M).search("b\na", 1), re.compile("a$").search("ab", 0, 1))
print(re.compile(r"\Ba").search("ba", 1), re.compile("(?<=b)a").search("ba", 1))
print(re.compile("").findall("abc", 1, 2))

# Pattern objects
p1 = re.compile("a+b", re.I)
print(p1, repr(p1), p1.pattern, p1.flags, p1.groups, p1.groupindex)
print(p1 == re.compile("a+b", re.I), p1 == re.compile("a+b"), p1 != re.compile("a+b"), hash(p1) == hash(re.compile("a+b", re.I)))
print(re.compile("x" * 300))
print(re.compile(b"a\xff", re.I), re.compile("(?i)a"), re.compile("a", re.A | re.M), re.compile("a", re.X | re.S | re.DEBUG * 0))
print(re.compile("'"), re.compile('"'), re.compile("\n"))
print(re.compile("(?P<a>x)(?P<b>y)").groupindex, dict(re.compile("(?P<a>x)(?P<b>y)").groupindex))
print(re.compile("a") is re.compile("a"), re.compile("a", re.I) is re.compile("a"))
re.purge()
print(re.compile("a") == re.compile("a"))
print(re.Pattern[str], re.Match[bytes])
print(p1.__copy__() is p1, p1.__deepcopy__({}) is p1)

# scanner
sc = re.compile(r"\d+|\s+|[a-z]+").scanner("12 ab 3")
print([sc.match().group() for _ in range(5)], sc.match())
sc = re.compile(r"\d").scanner("a1b2")
print(sc.search(), sc.search(), sc.search())
