# WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, proxy, finalize.
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Obj({self.n})"

    def method(self):
        return self.n * 10


objs = [Obj(i) for i in range(4)]
wvd = weakref.WeakValueDictionary()
for o in objs:
    wvd[o.n] = o
print(len(wvd), sorted(wvd.keys()), sorted(v.n for v in wvd.values()))
del objs[1]
print(len(wvd), 1 in wvd, wvd.get(1, "gone"), wvd.get(2))
print(sorted(k for k, v in wvd.items()))
try:
    wvd[1]
except KeyError as e:
    print("KeyError", e)
print(wvd.pop(0), len(wvd), wvd.setdefault(9, objs[0]) is objs[0])
objs.clear()
print(len(wvd), list(wvd.items()))

keys = [Obj(i) for i in range(3)]
wkd = weakref.WeakKeyDictionary()
for k in keys:
    wkd[k] = k.n * 2
print(len(wkd), wkd[keys[1]], keys[0] in wkd, "str" in wkd)
del keys[0]
print(len(wkd), sorted(wkd.values()), sorted(o.n for o in wkd))
wkd.update({keys[0]: "new"})
print(wkd[keys[0]], wkd.get(Obj(5), "missing"))

items = [Obj(i) for i in range(3)]
ws = weakref.WeakSet(items)
print(len(ws), items[0] in ws, Obj(0) in ws, 5 in ws)
items.pop()
print(len(ws), sorted(o.n for o in ws))
ws.discard(items[0])
print(len(ws))

# WeakMethod: alive while the object lives.
o = Obj(7)
wm = weakref.WeakMethod(o.method)
print(wm()(), wm() == o.method)
del o
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)

# proxy
target = Obj(3)
p = weakref.proxy(target)
print(p.n, p.method(), str(p), type(p).__name__, weakref.getweakrefcount(target) >= 1)
p.n = 4
print(target.n)
del target
try:
    p.n
except ReferenceError as e:
    print("ReferenceError:", e)
cp = weakref.proxy(len)
print(type(cp).__name__, cp("abc"))

# finalize
class Res:
    pass

r = Res()
f = weakref.finalize(r, print, "cleanup", 1, sep="|")
print(f.alive, f.atexit, f.peek()[1] is print)
del r
print(f.alive, f())
r2 = Res()
f2 = weakref.finalize(r2, lambda: "value")
print(f2(), f2.alive, f2())
r3 = Res()
f3 = weakref.finalize(r3, print, "detached")
obj, func, args, kwargs = f3.detach()
print(obj is r3, args, f3.alive)
del r3, obj
print("end")
