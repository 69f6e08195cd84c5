# re: bytes patterns, non-ASCII subjects, long inputs (deep backtracking
# beyond the default recursion limit), re.Scanner, the seed corpus uses.
import re
import sys

# the seed program's uses
print(re.fullmatch(r"Took \d+\.\d{4}s", "Took 0.0012s") is not None, re.fullmatch(r"Took \d+\.\d{4}s", "Took 1.5s"))
print(re.sub(r"\d+\.\d+", "T", "  8 function calls in 0.000 seconds\n   1    0.000    0.000 <string>:1(<module>)"))

# non-ASCII subjects and patterns
text = "Ünïcödé wörds, 日本語 text; ñandú — émoji 😀 end"
print(re.findall(r"\w+", text), re.findall(r"[^\x00-\x7f]+", text), re.split(r"\W+", text))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(2) + m.group(1), text), re.search("日本", text), re.search("😀", text).span())
print([m.span() for m in re.finditer(r"\b\w", text)], re.findall(r"(?i)ÑANDÚ|ÜNÏ", text), re.match(r".{3}", "日本語x"))
big = ("é" * 50 + " ") * 200
print(len(re.findall(r"\w+", big)), len(re.sub("é", "e", big)), re.search(r"\s(é+)$", big.strip() + " ééé").span(1))

# bytes
print(re.findall(rb"[\x80-\xff]+", b"a\xe9b\xff\xfec"), re.sub(rb"\s+", b" ", b"a \t b"), re.split(rb",", b"a,b,,c"))
print(re.match(rb"(?i)\xe9", b"\xc9"), re.match(rb"\w", b"\xe9"), re.compile(rb"\d+").pattern, re.search(b"b", b"abc").string)

# deep backtracking: more iterations than the recursion limit
limit = sys.getrecursionlimit()
s = "ab" * 3000 + "c"
print(bool(re.match(r"(a|bc?)*c", s)), re.match(r"(?:a|bc?)*", s).span(), sys.getrecursionlimit() == limit)
print(len(re.findall(r"(?:x|yz?)+", "xyz" * 2000)), re.fullmatch(r"(?:(\w)\s?)*", "a b " * 1000).group(1))
print(re.match(r"(x+x+)+y", "x" * 12), re.search(r"(\d+)\s+\1", "12 13 14 14 x").groups())

# re.Scanner
def ident(scanner, token):
    return ("ID", token)
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", ident),
    (r"(\d+)(\.\d*)?", lambda s, t: ("NUM", float(t) if "." in t else int(t))),
    (r"[=+*/-]", lambda s, t: ("OP", t)),
    (r"\s+", None),
])
print(scanner.scan("x = 3 + foo * 2.5 - y1"), scanner.scan("a = 1 $ b"))
