# reversed() of a sequence-protocol object: type and error messages
class SeqRev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
r = reversed(SeqRev())
print(type(r).__name__, list(r))
class OnlyGetitem:
    def __getitem__(self, i): return i
try:
    reversed(OnlyGetitem())
except TypeError as e:
    print(type(e).__name__, e)
class OnlyLen:
    def __len__(self): return 1
try:
    reversed(OnlyLen())
except TypeError as e:
    print(type(e).__name__, e)
print(type(reversed([1])).__name__, type(reversed(range(2))).__name__, type(reversed((1,))).__name__, type(reversed("ab")).__name__)
