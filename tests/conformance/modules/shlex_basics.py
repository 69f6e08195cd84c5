import shlex

cases = [
    "ls -l /tmp",
    "echo 'hello world' \"double quoted\" plain",
    r"a\ b c\\d 'e\f' \"x\" \$HOME",
    'he said "it\'s \\"fine\\"" ok',
    "foo#bar # a comment",
    "  leading   and trailing   ",
    "",
    "a'b'c\"d\"e",
    '"escape \\$ \\` \\\\ \\n in double"',
    "x=1 y='2 3' && echo $x|wc -l; ls>out",
    "ünïcödé wörds ß",
]
for c in cases:
    print(repr(c), shlex.split(c))
print(shlex.split("a # b", comments=True))
print(shlex.split("a 'b c' d", posix=False))
print(shlex.split('x "y z"', posix=False))
for bad in ["'unclosed", '"also', "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)

for s in ["", "simple", "with space", "it's", "a$b", "safe-chars_@%+=:,./", "tab\there", "ü", '"q"']:
    print(repr(s), shlex.quote(s))
print(shlex.join(["echo", "a b", "it's", ""]))
print(shlex.split(shlex.join(["x y", "'z'", "$w"])))

lex = shlex.shlex("a = b + c; d(e, f) # comment\nnext_line 'quoted str' 12.5")
print(list(lex))
lex = shlex.shlex("a = b + c; d(e, f) # comment\nnext 'q s'", posix=True)
print(list(lex), lex.lineno)
lex = shlex.shlex("a && b || c; (d) > e >> f < g | h &", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("ls -la ~/x.txt;echo $A&&cat f.py|grep '*.c'>o", posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("a;b", punctuation_chars=";")
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex("one two three")
print(lex.get_token(), lex.get_token())
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("x y", posix=True)
print(lex.get_token(), lex.get_token(), lex.get_token())
lex = shlex.shlex("a\nb\nc")
print(lex.get_token(), lex.lineno, lex.error_leader(), lex.get_token(), lex.lineno)
print(lex.wordchars[:20], lex.whitespace.encode(), lex.quotes, lex.escape, lex.commenters)
