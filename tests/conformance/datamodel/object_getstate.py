# 3.11: object.__getstate__ and __reduce_ex__ defaults
class P:
    def __init__(self): self.a = 1
class S:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
class E: pass
print(P().__getstate__(), E().__getstate__(), S().__getstate__())
r = P().__reduce_ex__(2)
print(r[0].__name__, r[1][0].__name__, r[2])
print(object().__reduce_ex__(2)[0].__name__)
class Custom:
    def __getstate__(self): return "custom"
print(Custom().__reduce_ex__(2)[2])
