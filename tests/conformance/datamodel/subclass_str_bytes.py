# subclassing str and bytes
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def shout(self): return self + "!"
u = Upper("hello")
print(u, repr(u), type(u).__name__, u.shout(), type(u.shout()).__name__, len(u), u[0], type(u[0]).__name__)
print(type(u.lower()).__name__, type(u + "x").__name__, type(u * 2).__name__, type(u[1:]).__name__, type(str(u)).__name__)
print(hash(u) == hash("HELLO"), "ELL" in u, u.startswith("HE"), u.find("L"))
print(f"{u}", "%s" % u, "{}".format(u), u.join(["a", "b"]), type(u.join(["a", "b"])).__name__)
class Tagged(str):
    pass
t = Tagged("x")
t.tag = 1
print(t.tag, t.__dict__, t.upper())
class Rev(str):
    def __str__(self): return "custom str"
    def __len__(self): return 99
    def __iter__(self): return iter("zz")
r = Rev("abc")
print(str(r), len(r), list(r), r + "!", r.upper(), "".join(r), r[0], f"{r}", "%s" % r, print(r) or "")
class EqStr(str):
    def __eq__(self, o): return "custom eq"
    __hash__ = str.__hash__
print(EqStr("a") == "b", "b" == EqStr("a"))
class MyBytes(bytes):
    def hexed(self): return self.hex()
b = MyBytes(b"\x01\x02")
print(b, repr(b), b.hexed(), type(b + b"x").__name__, type(b[0:1]).__name__, b[0], bytes(b), type(bytes(b)).__name__)
print(MyBytes(3), MyBytes([65, 66]), MyBytes("é", "utf-8"), b.decode() == "\x01\x02")
class MyBA(bytearray): pass
ba = MyBA(b"ab")
ba.append(99)
print(bytes(ba), type(ba).__name__, type(ba + b"!").__name__)
