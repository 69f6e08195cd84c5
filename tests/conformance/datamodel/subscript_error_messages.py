# messages for unsupported item deletion and bad str indices
class Nothing: pass
class GetOnly:
    def __getitem__(self, k): return k
for obj in (Nothing(), GetOnly(), (1, 2), "str", 5, frozenset()):
    try:
        del obj[0]
    except TypeError as e:
        print(type(e).__name__, e)
for k in (None, 1.5, "a"):
    try:
        "abc"[k]
    except TypeError as e:
        print(type(e).__name__, e)
for k in (None, "a"):
    try:
        b"abc"[k]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    range(3)["a"]
except TypeError as e:
    print(type(e).__name__, e)
