# re: sub/subn (templates, callables, count, empty matches), split (maxsplit,
# capturing groups, empty matches), findall (group semantics), finditer,
# escape.
import re

print(re.sub(r"\d+", "#", "a1b22c333"), re.subn(r"\d+", "#", "a1b22c333"), re.sub(r"\d+", "#", "a1b22c333", 2))
print(re.sub(r"(\w)(\d)", r"\2\1", "a1 b2 c3"), re.sub(r"(?P<w>\w)=(?P<v>\d)", r"\g<v>:\g<w>", "a=1 b=2"))
print(re.sub(r"(a)|(b)", r"[\1|\2]", "ab"), re.sub("a", r"\n\t\\", "xax"), re.sub("a", "\\.", "a"))
print(re.sub(r"(\d)", lambda m: str(int(m.group(1)) * 2), "a1b2c9"), re.subn("a", lambda m: "", "banana"))
print(re.sub("x*", "-", "abxd"), re.sub("x*", "-", ""), re.sub("", "-", "abc"), re.sub("a|", "-", "bab"))
print(re.sub(r"\b", "|", "ab cd"), re.sub("$", "!", "a\nb\n"), re.sub("(?m)^", "> ", "a\nb"), re.subn("(?m)$", ";", "a\nb"))
print(re.sub("a", "b", "aaa", count=1), re.sub("A", "b", "aaa", flags=re.I), re.sub(pattern="a", repl="b", string="ca"))
print(re.sub("(?i)é", "e", "ÉéE"), re.sub("[à-ÿ]", "?", "façade à la mode"))
print(re.sub(r"\s+", " ", "  lots   of\n\tspace  ").strip())
print(re.sub(r"(\d+)\.(\d+)", r"\2.\1", "1.5 22.75"), re.sub(r"\d+\.\d+", "T", "took 0.001s and 12.5s, 3 calls"))
p = re.compile(r"(?P<k>\w+)=(?P<v>\w*)")
print(p.sub(r"\g<v>=\g<k>", "a=1 b= c=3"), p.subn(lambda m: m.group("k").upper(), "a=1 b= c=3"))
print(re.sub("a", lambda m: None, "banana"))

print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1), re.split(r"\W+", "Words, words, words.", maxsplit=2))
print(re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE), re.split(r"(\W+)", "...words, words..."))
print(re.split(r"\W*", "...words..."), re.split(r"(\W*)", "...words..."), re.split("x*", "axbc"), re.split("", "abc"))
print(re.split(r"(a)|(b)", "xaybz"), re.split(",", ""), re.split("(,)", ",a,"), re.split(r"\s", "a b", -1))
print(re.split(r"(?m)^$", "a\n\nb\n"), re.split(r"\b", "a b"), re.split("(?=b)", "abab"))

print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(\w)\d", "a1 b2"))
print(re.findall(r"(a)|b", "ab"), re.findall(r"(a)(x)?", "aa"), re.findall("", "ab"), re.findall("a*", "baaac"))
print(re.findall(r"\w+@\w+\.com", "x a@b.com, c@d.com y"), re.findall("(?i)the", "The theme THE"))
print(re.findall(r"(?:(\d)|x)+", "1x2xx"), re.findall(r"((a)(b))", "abab"))
print([m.span() for m in re.finditer(r"\w+", "ab  cd e")], [m.group() for m in re.finditer("a*", "baa")])
it = re.finditer("a", "aa")
print(type(it).__name__ in ("callable_iterator", "generator"), next(it), next(it), next(it, None))

print(re.escape("a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o/p-q#r s\tt\nu&v~w'x\"y%z=!:,<>@_;`é"))
print(re.escape(b"a.b c\xff"), re.escape(""), re.escape("0123456789abcXYZ_"))
print(re.match(re.escape("1+1=2?"), "1+1=2?"), re.findall(re.escape("a.b"), "a.b axb"))
