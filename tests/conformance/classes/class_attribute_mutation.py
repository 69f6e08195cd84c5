class A:
    x = 1
    def f(self): return "A.f"
class B(A):
    pass
b = B()
print(b.x, b.f())
A.x = 2
print(b.x)
B.x = 3
print(b.x, A.x)
del B.x
print(b.x)
def g(self): return "new"
A.f = g
print(b.f())
B.__bases__ if False else None
for i in range(3):
    class C:
        v = i
    print(C().v)
