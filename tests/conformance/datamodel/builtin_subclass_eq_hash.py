# overriding __eq__ in a subclass of a hashable builtin resets __hash__
class IntEq(int):
    def __eq__(self, o): return True
print(IntEq.__hash__)
try:
    hash(IntEq(1))
except TypeError as e:
    print(type(e).__name__, e)
class IntEqHash(int):
    def __eq__(self, o): return int(self) == int(o)
    __hash__ = int.__hash__
print(hash(IntEqHash(5)) == hash(5), {IntEqHash(5): "x"}[5])
class StrNoEq(str): pass
print(StrNoEq.__hash__ is str.__hash__, hash(StrNoEq("a")) == hash("a"))
class TupEq(tuple):
    def __eq__(self, o): return False
try:
    {TupEq((1,)): 1}
except TypeError as e:
    print(type(e).__name__, e)
class FrozenEq(frozenset):
    def __eq__(self, o): return super().__eq__(o)
try:
    hash(FrozenEq())
except TypeError as e:
    print(type(e).__name__, e)
# __hash__ inherited through an intermediate class that only sets __hash__
class Base:
    def __eq__(self, o): return True
    def __hash__(self): return 7
class Mid(Base):
    def __eq__(self, o): return False
class Leaf(Mid): pass
print(Mid.__hash__, Leaf.__hash__)
class Mid2(Base):
    def __hash__(self): return 8
print(hash(Mid2()), Mid2() == 1)
