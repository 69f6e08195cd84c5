# Live references compare their referents with ==; dead ones compare by identity;
# ordering comparisons are not supported.
import weakref


class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("E.__eq__")
        return isinstance(other, E) and self.v == other.v

    __hash__ = object.__hash__


a, b, c = E(1), E(1), E(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb)
print(ra == rc)
print(ra != rc)
print(ra == a)
try:
    ra < rb
except TypeError as e:
    print("TypeError:", e)
del a
print(ra == rb)
print(ra == ra)
rb2 = rb
del b
print(rb == rb2, ra == rb)
