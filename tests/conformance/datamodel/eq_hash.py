# __eq__ / __hash__ interplay
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__, "__hash__" in EqOnly.__dict__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class EqAndHash:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqAndHash) and self.v == o.v
    def __hash__(self): return hash(self.v)
print(len({EqAndHash(1), EqAndHash(1), EqAndHash(2)}), EqAndHash(1) in {EqAndHash(1)})
class Child(EqAndHash):
    def __eq__(self, o): return False
print(Child.__hash__)
class Child2(EqAndHash):
    def __eq__(self, o): return False
    __hash__ = EqAndHash.__hash__
print(hash(Child2(5)) == hash(5))
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
# __hash__ returning non-int
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class BoolHash:
    def __hash__(self): return True
print(hash(BoolHash()))
class IntSubHash:
    def __hash__(self):
        class I(int): pass
        return I(7)
print(hash(IntSubHash()), type(hash(IntSubHash())).__name__)
# default hash is consistent, equality is identity
class Plain: pass
p = Plain()
print(hash(p) == hash(p), p == Plain(), {p: 1}[p])
# dict lookup calls __eq__ only on hash collision
calls = []
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        calls.append((self.v, o.v))
        return self.v == o.v
d = {K(1): "a", K(2): "b"}
print(d[K(2)], calls)
# frozenset, tuple hashing uses element hash
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash(([1],))
except TypeError as e:
    print(type(e).__name__, e)
# unhashable builtins messages
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
