# special methods set to None block the operation / its fallbacks
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        if i > 2: raise IndexError(i)
        return i
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in NoIter(): print("iterated", x)
except TypeError as e:
    print(type(e).__name__, e)
class NoReversed:
    __reversed__ = None
    def __len__(self): return 2
    def __getitem__(self, i): return i
try:
    reversed(NoReversed())
except TypeError as e:
    print(type(e).__name__, e)
class NoCall:
    __call__ = None
print(callable(NoCall()))
try:
    NoCall()()
except TypeError as e:
    print(type(e).__name__, e)
class NoEq:
    __eq__ = None
try:
    print(NoEq() == NoEq())
except TypeError as e:
    print(type(e).__name__, e)
class NoAdd:
    __add__ = None
try:
    NoAdd() + 1
except TypeError as e:
    print(type(e).__name__, e)
class NoGetitem:
    __getitem__ = None
try:
    NoGetitem()[0]
except TypeError as e:
    print(type(e).__name__, e)
