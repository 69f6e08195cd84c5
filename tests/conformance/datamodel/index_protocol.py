# __index__ used by indexing, slicing, bin/hex/oct, range, operator.index, repetition
import operator
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
lst = list(range(10))
print(lst[I(3)], lst[I(1):I(4)], lst[::I(3)], "abcdef"[I(2)], (1, 2, 3)[I(-1)], b"xyz"[I(0)])
print(bin(I(5)), hex(I(255)), oct(I(8)), operator.index(I(7)), range(I(3)), list(range(I(1), I(7), I(2))))
print([0] * I(3), I(2) * "ab", "ab" * I(0), (1,) * I(2))
print(int(I(12)), format(I(3), "") if False else "skip", round(2.5, I(0)), I(4).__index__())
print("{}".format(lst[I(9)]), chr(I(65)), [1, 2, 3].pop(I(0)), divmod(7, 2))
try:
    print(float(I(1)))
except TypeError as e:
    print(type(e).__name__, e)
class BadIndex:
    def __index__(self): return "x"
for fn in (bin, lambda x: [1][x], lambda x: range(x)):
    try:
        fn(BadIndex())
    except TypeError as e:
        print(type(e).__name__, e)
class NoIndex: pass
for fn in (bin, hex, lambda x: [1][x], lambda x: range(x), lambda x: [1] * x):
    try:
        fn(NoIndex())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    k = 1.0
    [1, 2][k]
except TypeError as e:
    print(type(e).__name__, e)
# __index__ in int() takes priority? (int uses __int__ then __index__ then __trunc__)
class Both:
    def __int__(self): return 1
    def __index__(self): return 2
print(int(Both()), [10, 20, 30][Both()], bin(Both()))
# slicing with huge/negative __index__
print(lst[I(-3):], lst[I(100):], lst[:I(-100)])
