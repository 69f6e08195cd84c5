class A:
    def m(self): return "A.m"
class B(A): pass
b = B()
b.x = 1
for i in range(3):
    print(b.x, b.m())
    if i == 0:
        A.m = lambda self: "patched"
    if i == 1:
        b.m = lambda: "instance"
        B.x = property(lambda self: "prop")
class S:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2)
s = S()
for i in range(2):
    s.v = i
    print(s.v)
class G:
    def __getattribute__(self, n):
        return "always"
g = G()
for i in range(2):
    print(g.anything)
def f(o):
    return o.x
class P:
    def __init__(self): self.x = "P"
class Q:
    x = "Q class"
print(f(P()), f(Q()), f(P()))
