# in-place operators, fallback to binary ops, NotImplemented from __iX__
class Acc:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Acc({self.v})"
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o):
        return Acc(self.v + o + 1000)
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return Acc(self.v - o)
    def __imul__(self, o):
        return "imul result"
a = Acc(1)
b = a
a += 5
print(a, a is b)
a -= 1
print(a, a is b, b)
a *= 2
print(a)
class OnlyBinary:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyBinary(self.v + o)
    def __radd__(self, o): return OnlyBinary(o + self.v)
x = OnlyBinary(1)
y = x
x += 1
print(x.v, y.v, x is y)
z = 10
z += OnlyBinary(1)
print(type(z).__name__, z.v)
class INIall:
    def __iadd__(self, o): return NotImplemented
try:
    t = INIall()
    t += 1
except TypeError as e:
    print(type(e).__name__, e)
# all in-place forms
names = ["iadd", "isub", "imul", "imatmul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ixor", "ior"]
class All:
    pass
for nm in names:
    setattr(All, f"__{nm}__", (lambda nm: lambda self, o: f"{nm}:{o}")(nm))
o = All(); o += 1; print(o)
o = All(); o -= 1; print(o)
o = All(); o *= 1; print(o)
o = All(); o @= 1; print(o)
o = All(); o /= 1; print(o)
o = All(); o //= 1; print(o)
o = All(); o %= 1; print(o)
o = All(); o **= 1; print(o)
o = All(); o <<= 1; print(o)
o = All(); o >>= 1; print(o)
o = All(); o &= 1; print(o)
o = All(); o ^= 1; print(o)
o = All(); o |= 1; print(o)
class Nothing: pass
try:
    n = Nothing(); n += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = Nothing(); n @= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = 1; n **= Nothing()
except TypeError as e:
    print(type(e).__name__, e)
# in-place on items and attributes
lst = [Acc(0)]
lst[0] += 3
print(lst)
class Holder: pass
h = Holder(); h.acc = Acc(10)
h.acc += 1
print(h.acc)
# tuple item in-place: the famous case
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
# list += any iterable, list + non-list fails
l = [1]
l += (2, 3)
l += "ab"
print(l)
try:
    l = l + (4,)
except TypeError as e:
    print(type(e).__name__, e)
