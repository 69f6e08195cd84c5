# Weak references hash like their referent; the hash is cached; a dead reference
# that was never hashed cannot be hashed; unhashable referents give TypeError.
import weakref


class H:
    def __hash__(self):
        print("H.__hash__ called")
        return 42


class U:
    __hash__ = None


h = H()
r = weakref.ref(h)
print(hash(r))
print(hash(r))
del h
print(hash(r))
u = U()
ru = weakref.ref(u)
try:
    hash(ru)
except TypeError as e:
    print("TypeError:", e)
x = H()
rx = weakref.ref(x)
del x
try:
    hash(rx)
except TypeError as e:
    print("TypeError:", e)
d = {}
y = H()
d[weakref.ref(y)] = "value"
print(d[weakref.ref(y)])
