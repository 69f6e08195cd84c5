# ref(o) without a callback is shared; refs with callbacks are distinct; None as
# callback counts as no callback.
import weakref


class C:
    pass


o = C()
r1 = weakref.ref(o)
r2 = weakref.ref(o)
r3 = weakref.ref(o, None)
cb = lambda r: None
r4 = weakref.ref(o, cb)
r5 = weakref.ref(o, cb)
print(r1 is r2, r1 is r3, r4 is r5, r4 is r1)
print(weakref.getweakrefcount(o))
print(r4.__callback__ is cb, r1.__callback__)
print(weakref.getweakrefs(o)[0] is r1)
print(r1 == r4, hash(r1) == hash(r4))
del r4
print(weakref.getweakrefcount(o))
