# __format__, format(), f-strings and str.format delegation
class F:
    def __format__(self, spec):
        return f"F<{spec}>"
f = F()
print(format(f), format(f, "x>10"), f"{f}", f"{f:abc}", f"{f!r:>5}"[:3], "{:q}".format(f), "{0:{1}}".format(f, "nested"))
class NoFormat:
    def __str__(self): return "str!"
print(format(NoFormat()), f"{NoFormat()}", "{}".format(NoFormat()))
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{NoFormat():>10}"
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec): return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(f, 5)
except TypeError as e:
    print(type(e).__name__, e)
# builtins format specs
print(format(3.14159, ".2f"), format(42, "08b"), format("s", "^5"), format(1234567, ","), format(0.5, "%"), format(True, "d"), format(True))
try:
    format(1, "s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("a", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format([], "x")
except TypeError as e:
    print(type(e).__name__, e)
# subclass of int with __format__
class Money(int):
    def __format__(self, spec):
        return "$" + super().__format__(spec or ",")
print(format(Money(1234567)), f"{Money(5):03d}")
class MyStr(str): pass
print(format(MyStr("hi"), ">4"), f"{MyStr('x')!r}")
# conversion flags bypass __format__ then format the string
class Both:
    def __format__(self, spec): return "fmt"
    def __repr__(self): return "rep"
    def __str__(self): return "str"
b = Both()
print(f"{b}", f"{b!r}", f"{b!s}", f"{b!a}", "{0!r:>6}".format(b), f"{b=}", f"{b=:x}")
# object.__format__ directly
print(object.__format__(NoFormat(), ""), F.__format__(f, "direct"))
