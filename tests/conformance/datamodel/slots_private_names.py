# private names in __slots__ are mangled
class Priv:
    __slots__ = ("__secret", "__dunder__", "_single")
    def __init__(self):
        self.__secret = 1
        self.__dunder__ = 2
        self._single = 3
    def get(self): return self.__secret
p = Priv()
print(p.get(), p._Priv__secret, p.__dunder__, p._single)
print(sorted(k for k in Priv.__dict__ if "secret" in k or "single" in k or k == "__dunder__"))
print(Priv.__slots__)
class _Under:
    __slots__ = ("__x",)
print([k for k in _Under.__dict__ if "x" in k])
