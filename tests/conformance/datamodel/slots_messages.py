# AttributeError messages around slots (3.11)
class P:
    __slots__ = ("x",)
p = P()
for action in ("get", "del"):
    try:
        if action == "get":
            p.x
        else:
            del p.x
    except AttributeError as e:
        print(action, type(e).__name__, e, e.name if hasattr(e, "name") else None)
try:
    p.nope = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Q(P):
    __slots__ = ("y",)
    z = 5
q = Q()
try:
    q.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    q.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    P.x.__get__(5, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    P.x.__set__(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
