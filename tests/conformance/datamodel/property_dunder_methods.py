# property exposes __get__, __set__, __delete__ as methods
class P:
    def __init__(self): self._x = 0
    def getx(self): return self._x
    def setx(self, v): self._x = v
    def delx(self): print("fdel")
    x = property(getx, setx, delx)
p = P()
P.x.__set__(p, 10)
print(P.x.__get__(p, P), p._x)
P.x.__delete__(p)
print(type(property.__set__).__name__, type(property.__get__).__name__)
ro = property(lambda self: 1)
try:
    ro.__set__(p, 1)
except AttributeError as e:
    print(type(e).__name__, e)
