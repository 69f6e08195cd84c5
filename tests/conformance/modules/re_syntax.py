# re: pattern syntax and matching semantics -- literals, classes, anchors,
# quantifiers (greedy/lazy/possessive), groups, backreferences, lookarounds,
# atomic groups, conditionals -- checked through search/findall/finditer/
# split/sub/match/fullmatch on each pattern.
import re
cases = [
 (r'a.c', 0, 'abc a\nc'), (r'a.c', re.S, 'a\nc'), (r'[a-c]+', 0, 'xxabcbay'), (r'[^a-c]+', 0, 'abxyzc'),
 (r'\d+', 0, 'a12b345'), (r'\D+', 0, '12ab34'), (r'\w+', 0, 'héllo wörld_1'), (r'\W+', 0, 'a, b!'),
 (r'\s+', 0, 'a \t\nb'), (r'\S+', 0, ' ab cd '), (r'\bab', 0, 'ab cab ab'), (r'\Bb', 0, 'ab b'),
 (r'^a', re.M, 'a\na\nb'), (r'a$', re.M, 'a\nba\n'), (r'a$', 0, 'a\n'), (r'a\Z', 0, 'a\n'), (r'\Aa', 0, 'aa'),
 (r'x*', 0, 'axxb'), (r'x+?', 0, 'xxx'), (r'x??', 0, 'x'), (r'x{2}', 0, 'xxxxx'), (r'x{2,}', 0, 'xxxxx'),
 (r'x{,2}', 0, 'xxxxx'), (r'x{1,3}?', 0, 'xxxx'), (r'(ab)+', 0, 'ababx'), (r'(a|ab)(c|bcd)(d*)', 0, 'abcd'),
 (r'(?:a|b)+', 0, 'abbac'), (r'(?P<x>a)(?P=x)', 0, 'aa ab'), (r'(a)\1', 0, 'aab'), (r'(?=ab)a', 0, 'ac ab'),
 (r'a(?!b)', 0, 'ab ac'), (r'(?<=x)y', 0, 'ay xy'), (r'(?<!x)y', 0, 'xy ay'), (r'(?i)abc', 0, 'ABC aBc'),
 (r'(?i:a)b', 0, 'Ab AB'), (r'a(?i:b)', 0, 'aB AB'), (r'(?x) a b # comment', 0, 'ab'), (r'(?s:.)', 0, '\n'),
 (r'(a)?(?(1)b|c)', 0, 'ab c'), (r'(?>a+)b', 0, 'aaab'), (r'(?>a+)a', 0, 'aaa'), (r'a++b', 0, 'aab'),
 (r'a*+a', 0, 'aaa'), (r'(a|b)*+c', 0, 'abc'), (r'\x41\u0042\U00000043\101\0', 0, 'ABCA\x00'),
 (r'[\x41-\x43]+', 0, 'ABCD'), (r'[\d\s]+', 0, 'a1 2b'), (r'[^\W\d]+', 0, '12abc34'), (r'[.]', 0, 'a.b'),
 (r'[]a]+', 0, 'a]]b'), (r'[^]a]+', 0, 'a]bc'), (r'[a-]+', 0, 'a-b'), (r'\.', 0, 'a.b'), (r'[\b]', 0, 'a\bb'),
 (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 0, 'abcdefghijkk'), (r'ß', re.I, 'SS ß ẞ'), (r'[a-z]+', re.I, 'ABC Kſ'),
 (r'k', re.I, 'K\u212a'), (r'[k]', re.I, '\u212a'), (r'\w+', re.A, 'héllo'), (r'(?a)\w+', 0, 'héllo'),
 (r'[a-z]+', re.I | re.A, 'ABC\u212a'), (r'(a*)+', 0, 'b'), (r'(a*)*', 0, 'b'), (r'(a|)+', 0, 'aab'),
 (r'(?:a?)*?b', 0, 'aab'), (r'(a+|b+)*c', 0, 'aabbc'), (r'((a)|b)+', 0, 'ab'), (r'(a)|(b)', 0, 'b'),
 (r'(?:(a)|(b))+', 0, 'ab'), (r'.*?x', 0, 'abxcx'), (r'.*x', 0, 'abxcx'), (r'(.*)(\d+)', 0, 'abc123'),
 (r'(.*?)(\d+)', 0, 'abc123'), (r'^$', 0, ''), (r'^$', re.M, 'a\n\nb'), (r'$', 0, 'a\nb\n'),
 (r'\b', 0, 'ab cd'), (r'', 0, 'abc'), (r'a|b|c', 0, 'xcba'), (r'ab|ac|ad', 0, 'xxad'), (r'(?:ab|cd)+', 0, 'abcdab'),
 (r'[ab]{2}', 0, 'aabab'), (r'(\w+)\s(\w+)', 0, 'hello world foo'), (r'(\d{3})-(\d{4})', 0, 'call 555-1234 now'),
 (r'(?m)^\s*#.*$', 0, 'a\n  # c\nb'), (r'(?P<a>x)|(?P<b>y)', 0, 'y'), (r'a{3}', re.I, 'aAa'), (r'[^a]', re.I, 'A'),
 (r'é+', re.I, 'ÉéÉ'), (r'[à-ÿ]+', re.I, 'ÀÉÎ'), (r'\d+', 0, '٣٤ 12'), (r'\d+', re.A, '٣٤ 12'),
 (r'(?<=\d{3})x', 0, '12x 123x'), (r'(?<=ab|cd)x', 0, 'abx cdx'), (r'(a)(?<=\1)', 0, 'aa'),
 (r'(?=(a+))a*b\1', 0, 'baaabac'), (r'(?!(a))b', 0, 'b'), (r'(a)(?=(b))', 0, 'ab'),
 (r'x*', 0, ''), (r'(?:)', 0, 'ab'), (r'a(?#comment)b', 0, 'ab'), (r'\n\t', 0, 'a\n\tb'),
 (r'[\n]', 0, 'a\nb'), (r'\\', 0, 'a\\b'), (r'a{1,2}{,1}'.replace('{,1}', ''), 0, 'aaa'),
 (r'(?i)[^k]', 0, '\u212a'), (r'(?i)\u212a', 0, 'kK'), (r'(?i)ı', 0, 'iIı'), (r'(?i)i', 0, 'ıİ'),
 (r'(a)(b)?(c)?', 0, 'ac'), (r'(?:x(y)?)+', 0, 'xyx'), (r'(x)*', 0, 'xxx'), (r'(x)*?$', 0, 'xxx'),
 (r'(\d)+?\d', 0, '1234'), (r'(ab)*?c', 0, 'ababc'), (r'(a.)*?c', re.S, 'a\na c'),
]
for p, f, s in cases:
    try:
        c = re.compile(p, f)
        m = c.search(s)
        res = (m and (m.span(), m.groups(), m.lastindex, m.lastgroup, m.groupdict()))
        print(repr(p), res, c.findall(s), [x.span() for x in c.finditer(s)], c.split(s), c.sub('<\\g<0>>', s), c.subn(lambda m: '#', s), bool(c.match(s)), bool(c.fullmatch(s)))
    except Exception as e:
        print(repr(p), 'EXC', type(e).__name__, e)
