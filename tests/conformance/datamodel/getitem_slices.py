# __getitem__/__setitem__/__delitem__ with indexes, slices, tuples, Ellipsis
class Rec:
    def __getitem__(self, k):
        return ("get", k)
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
r = Rec()
print(r[1], r[-1], r["k"], r[None])
print(r[1:2], r[:], r[::2], r[1:], r[:5], r[::-1], r[1:2:3])
print(r[1, 2], r[..., 0], r[()], r[1, ...])
r[0] = "a"
r[1:3] = [1, 2]
r[::2] = "x"
r[1, 2] = 3
del r[0]
del r[1:]
del r[1, 1]
s = r[1:2][1]
print(type(s).__name__, s.start, s.stop, s.step)
print(slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(slice(1)), repr(slice(None, 2, "x")))
# a sequence class implementing slices itself
class MySeq:
    def __init__(self, data): self.data = list(data)
    def __len__(self): return len(self.data)
    def __getitem__(self, k):
        if isinstance(k, slice):
            return MySeq(self.data[k])
        return self.data[k]
    def __setitem__(self, k, v): self.data[k] = v
    def __delitem__(self, k): del self.data[k]
    def __repr__(self): return f"MySeq({self.data})"
m = MySeq(range(10))
print(m[2], m[-1], m[2:5], m[::3], m[8:2:-2])
m[0:3] = ["a"]
print(m)
del m[::2]
print(m, len(m))
try:
    m[100]
except IndexError as e:
    print(type(e).__name__, e)
# missing methods
class Nothing: pass
try:
    Nothing()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Nothing()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
class GetOnly:
    def __getitem__(self, k): return k
try:
    GetOnly()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
# builtin index errors
for obj, k in (([1], "a"), ((1,), 1.0), ({}, [])):
    try:
        obj[k]
    except TypeError as e:
        print(type(e).__name__, e)
