# Identifier-like strings built at run time are not interned automatically;
# sys.intern returns the canonical object; names set with setattr/exec are interned.
import sys

a = "hello"
b = "".join(["hel", "lo"])
print(a == b, a is b)
print(sys.intern(b) is a)
c = "hello world!"
d = "".join(["hello ", "world!"])
print(c is d, sys.intern(d) is sys.intern(c))
abc = "abc"
print(sys.intern("".join(["a", "bc"])) is abc)


class C:
    pass


o = C()
name = "".join(["dyn", "attr"])
setattr(o, name, 1)
key = list(vars(o))[0]
print(key is name, key is sys.intern("".join(["dyn", "attr"])))
ns = {}
exec("".join(["va", "riable = 1"]), ns)
variable = "variable"
print([k for k in ns if k == "variable"][0] is variable)
print(getattr(o, "".join(["dyn", "attr"])))
