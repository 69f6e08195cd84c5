# functools.total_ordering and comparisons returning NotImplemented
from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version): return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version): return NotImplemented
        return self.parts < other.parts
    def __repr__(self): return "V" + ".".join(map(str, self.parts))
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, sorted([b, a]), max(a, b))
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= "x"
except TypeError as e:
    print(type(e).__name__, e)
print(a == 5, a != 5)
@total_ordering
class ByGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __eq__(self, o): return self.v == o.v
print(ByGt(1) < ByGt(2), ByGt(1) <= ByGt(1), ByGt(3) >= ByGt(2))
try:
    @total_ordering
    class Nothing: pass
except ValueError as e:
    print(type(e).__name__, e)
