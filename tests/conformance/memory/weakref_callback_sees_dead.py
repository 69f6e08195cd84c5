# The callback receives the (now dead) weak reference object itself; the callback
# of a weak reference that dies before its referent never runs.
import weakref


class C:
    pass


seen = []
o = C()
r = weakref.ref(o, lambda w: seen.append((w is r, w())))
del o
print(seen)
o = C()
temp = weakref.ref(o, lambda w: print("never"))
del temp
del o
print("end")
o = C()
holder = C()
holder.ref = weakref.ref(o, lambda w: print("callback from attribute ref"))
del o
print("end2")
