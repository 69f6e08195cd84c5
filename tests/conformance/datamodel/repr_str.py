# __repr__ and __str__: fallbacks, containers, errors
class R:
    def __repr__(self): return "R()"
class S:
    def __str__(self): return "S-str"
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
print(str(R()), repr(R()), str(S()), repr(S())[:10], str(Both()), repr(Both()))
print([R(), Both()], (S(),) != (), {"k": Both()}, {Both(): 1} if False else "")
print("%s %r" % (Both(), Both()), "{} {!r}".format(Both(), Both()))
class BadRepr:
    def __repr__(self): return 5
class BadStr:
    def __str__(self): return None
for fn, obj in ((repr, BadRepr()), (str, BadStr())):
    try:
        fn(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print([BadRepr()])
except TypeError as e:
    print(type(e).__name__, e)
# recursion in containers
l = [1]
l.append(l)
d = {}
d["self"] = d
print(l, d)
class Rec:
    def __repr__(self): return f"Rec({self.inner!r})"
r = Rec(); r.inner = [r] if False else 1
print(repr(r))
# default repr/str
class Plain: pass
p = Plain()
print(repr(p) == object.__repr__(p), str(p) == repr(p), repr(p).startswith("<__main__.Plain object at 0x"))
print(repr(Plain), str(Plain), repr(int), repr(type), repr(object))
class Meta(type):
    def __repr__(cls): return f"<Meta class {cls.__name__}>"
class WithMeta(metaclass=Meta): pass
print(repr(WithMeta), str(WithMeta), [WithMeta])
# str() of exceptions and ascii()
print(ascii(Both()), ascii("héllo"), ascii(["ü"]))
class E(Exception):
    def __str__(self): return "custom E"
print(str(E("x")), repr(E("x")), E("a", "b").args)
# print uses __str__
print(Both(), S(), sep=" | ")
