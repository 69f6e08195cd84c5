# operator.index: type checks and messages
import operator
class I:
    def __index__(self): return 7
class NoIndex: pass
class BadIndex:
    def __index__(self): return "x"
print(operator.index(I()), operator.index(5), operator.index(True), type(operator.index(True)).__name__)
for v in (NoIndex(), BadIndex(), 1.5, "3", None):
    try:
        operator.index(v)
    except TypeError as e:
        print(type(e).__name__, e)
# looked up on the type, not the instance
n = NoIndex()
n.__index__ = lambda: 3
try:
    operator.index(n)
except TypeError as e:
    print(type(e).__name__, e)
print(operator.index.__name__, operator.__index__ is operator.index)
