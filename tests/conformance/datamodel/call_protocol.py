# __call__ and callable()
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *args, k=0, **kw):
        return self.n + x + sum(args) + k + len(kw)
a = Adder(10)
print(a(1), a(1, 2, 3), a(1, k=5), a(1, z=1, w=2), callable(a), callable(Adder))
print(list(map(a, [1, 2])), sorted([3, 1, 2], key=Adder(0)))
try:
    a()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a(1, 2, k=1, k2=2, x=3)
except TypeError as e:
    print(type(e).__name__, e)
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
for v in (1, "s", None, [1], (1,)):
    try:
        v()
    except TypeError as e:
        print(type(e).__name__, e)
print(callable(len), callable(1), callable(lambda: 0), callable(int), callable(None), callable(NotCallable))
# __call__ looked up on the type
nc = NotCallable()
nc.__call__ = lambda: "instance"
print(callable(nc))
try:
    nc()
except TypeError as e:
    print(type(e).__name__, e)
# __call__ on a class via the metaclass
class Meta(type):
    def __call__(cls, *a, **k):
        return ("meta call", cls.__name__, a, k)
class M(metaclass=Meta):
    pass
print(M(1, x=2))
# callable objects as methods don't bind
class Method:
    def __call__(self, *a): return len(a)
class Host:
    m = Method()
    def real(self, *a): return len(a)
h = Host()
print(h.m(1), h.real(1), Host.m(1), Host.real(h, 1))
# recursion through __call__
class Fact:
    def __call__(self, n): return 1 if n <= 1 else n * self(n - 1)
print(Fact()(10))
