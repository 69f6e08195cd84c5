# string: more Template and Formatter behaviour, subclass hooks
import string

print(string.ascii_letters, string.digits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.ascii_uppercase)
print(string.capwords("hello\tworld\nfoo"), repr(string.capwords("")), string.capwords("x  y", " "))

T = string.Template
print(T("$a$b${c}d $$a $").safe_substitute(a=1, b=2, c=3))
print(T("${a}b $ab").substitute(a="A", ab="AB"))
try:
    T("line1\nline2 $ bad").substitute()
except ValueError as e:
    print(e)
try:
    T("${ bad}").substitute()
except ValueError as e:
    print(e)
try:
    T("$a").substitute({}, b=1)
except KeyError as e:
    print("KeyError", e)
print(T("$a").substitute({"a": "map"}, a="kw"))
t = T("$x")
print(t.template, T.delimiter, T.idpattern, T.braceidpattern, T.flags == string.re.IGNORECASE if hasattr(string, "re") else True)
print(T("$ÿ $a $A").safe_substitute(a=1, A=2))

class Percent(T):
    delimiter = "%"
    idpattern = "[a-z]+"
print(Percent("%name is %% %age%").safe_substitute(name="x", age=3))
class Dots(T):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
print(Dots("$user.name and ${user.id}").substitute({"user.name": "n", "user.id": 9}))
class Strict(T):
    flags = 0
print(Strict("$abc $ABC").safe_substitute(abc=1))
class Custom(T):
    pattern = r"""
    @(?:
      (?P<escaped>@) |
      (?P<named>[a-z]+) |
      <(?P<braced>[a-z]+)> |
      (?P<invalid>)
    )
    """
print(Custom("@a @<b>c @@ x").substitute(a=1, b=2), Custom("@A").is_valid(), Custom("@a").get_identifiers())
class NoGroups(T):
    pattern = r"\$(?:(?P<escaped>\$)|(?P<named>[a-z]+)|{(?P<braced>[a-z]+)}|(?P<invalid>))|(?P<other>!)"
try:
    NoGroups("!").substitute()
except ValueError as e:
    print(e.args[0])
try:
    NoGroups("!").safe_substitute()
except ValueError as e:
    print(e.args[0])
for meth in ("is_valid", "get_identifiers"):
    try:
        getattr(NoGroups("$a !"), meth)()
    except ValueError as e:
        print(meth, e.args[0])

class Mapping:
    def __getitem__(self, key):
        return key.upper()
print(T("$abc ${d}").substitute(Mapping()))

F = string.Formatter()
print(F.format("{0}-{1}-{0}", "a", "b"), F.format("{x[0]}{x[1]}", x="ab"), F.format("{:>8.3f}|{:<5}|{:^7}", 3.14159, "ab", "mid"))
print(F.format("{0:{1}{2}}", 42, ">", 6), F.format("{!r:^10}", "q"), F.format("{:%}", 0.25), F.format("{:,}", 1234567))
try:
    F.format("{:{:{:{}}}}", 1, 2, 3, 4)
except ValueError as e:
    print(e)
try:
    F.format("{0:{a}}", 1)
except KeyError as e:
    print("KeyError", e)
try:
    F.format("{}", )
except IndexError as e:
    print("IndexError", e)

class Upper(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<%s?>" % key)
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)
    def format_field(self, value, spec):
        return "[" + super().format_field(value, spec) + "]"
    def check_unused_args(self, used, args, kwargs):
        print("used:", sorted(map(str, used)), "unused kw:", sorted(set(kwargs) - used))
print(Upper().format("{a!u} {b} {0:>3}", 5, a="hey", z=1))
try:
    Upper().format("{a!x}", a=1)
except ValueError as e:
    print(e)

class Tokens(string.Formatter):
    def parse(self, s):
        for part in s.split("|"):
            yield part, None, None, None
print(Tokens().format("a|b|c"))
print(list(F.parse("plain {0.real!s:>{width}} tail {{}}")))
