# isinstance falls back to obj.__class__ when type(obj) doesn't match
class Fake:
    @property
    def __class__(self): return int
f = Fake()
print(isinstance(f, int), isinstance(f, Fake), type(f).__name__, f.__class__.__name__)
class Proxy:
    def __init__(self, target): self._t = target
    @property
    def __class__(self): return type(self._t)
print(isinstance(Proxy([]), list), isinstance(Proxy([]), Proxy), isinstance(Proxy(1), (str, int)))
