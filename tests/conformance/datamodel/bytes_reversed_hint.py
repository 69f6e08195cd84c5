# __bytes__, __reversed__, __length_hint__
import operator
class B:
    def __bytes__(self): return b"custom"
print(bytes(B()), bytearray(b"x") + bytes(B()))
class NoBytes: pass
try:
    bytes(NoBytes())
except TypeError as e:
    print(type(e).__name__, e)
print(bytes([1, 2]), bytes(3), bytes("é", "utf-8"))
try:
    bytes("x")
except TypeError as e:
    print(type(e).__name__, e)
# __reversed__
class Rev:
    def __reversed__(self): return iter("cba")
print(list(reversed(Rev())))
class SeqRev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(SeqRev())))
try:
    reversed({1: 2}.items()) and print("dict items reversible")
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(range(3))), list(reversed({"a": 1, "b": 2})), list(reversed((1, 2))))
# __length_hint__
class Hint:
    def __length_hint__(self): return 42
print(operator.length_hint(Hint()), operator.length_hint(object(), 7), operator.length_hint([1, 2]))
class LenAndHint:
    def __len__(self): return 3
    def __length_hint__(self): return 100
print(operator.length_hint(LenAndHint()))
class NIHint:
    def __length_hint__(self): return NotImplemented
print(operator.length_hint(NIHint(), 5))
