# __bool__ and __len__ truth testing
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("len called")
        return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()))
print("x" if L(0) else "y", not L(2), L(1) and "and", L(0) or "or")
try:
    bool(B(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    if B("yes"): pass
except TypeError as e:
    print(type(e).__name__, e)
for n in (-1, 2**70, 1.5, "3"):
    try:
        print(bool(L(n)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for n in (-1, 2**70, 1.5):
    try:
        print(len(L(n)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class IntSub(int): pass
class LenSub:
    def __len__(self): return IntSub(4)
print(len(LenSub()), type(len(LenSub())).__name__)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
class BoolSub:
    def __bool__(self): return IntSub(1)
try:
    bool(BoolSub())
except TypeError as e:
    print(type(e).__name__, e)
# __bool__ = None
class NoBool:
    __bool__ = None
try:
    bool(NoBool())
except TypeError as e:
    print(type(e).__name__, e)
class NoLen:
    __len__ = None
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
# plain objects are truthy
class Empty: pass
print(bool(Empty()), bool(object()))
# while loop and filter use truth
items = [L(0), L(1), B(False), B(True)]
print(len(list(filter(None, items))))
