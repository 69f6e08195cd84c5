def repeat(n):
    def deco(f):
        def wrapper(*a, **k):
            return [f(*a, **k) for _ in range(n)]
        wrapper.__name__ = f.__name__
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return f"hi {name}"
print(hello("x"), hello.__name__)
def trace(f):
    calls = []
    def w(*a):
        calls.append(a)
        return f(*a)
    w.calls = calls
    return w
@trace
def mul(a, b): return a * b
mul(2, 3); mul(4, 5)
print(mul.calls)
class Registry:
    items = {}
    @classmethod
    def register(cls, name):
        def deco(f):
            cls.items[name] = f
            return f
        return deco
@Registry.register("sq")
def square(x): return x * x
print(Registry.items["sq"](7), sorted(Registry.items))
def stacked():
    def d1(f): return lambda: "d1(" + f() + ")"
    def d2(f): return lambda: "d2(" + f() + ")"
    @d1
    @d2
    def base(): return "base"
    return base()
print(stacked())
key = lambda pair: (-pair[1], pair[0])
print(sorted({"a": 2, "b": 3, "c": 2}.items(), key=key))
fs = [(lambda x, n=n: x ** n) for n in range(4)]
print([f(2) for f in fs], (lambda *a, k=1, **kw: (a, k, kw))(1, 2, k=3, z=4))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5), (lambda: (yield 1)) if False else "no-gen-lambda")
class Prop:
    def __init__(self): self._v = 0
    v = property(lambda self: self._v, lambda self, val: setattr(self, "_v", val * 10), None, "doc")
p = Prop(); p.v = 2; print(p.v, Prop.v.__doc__)
