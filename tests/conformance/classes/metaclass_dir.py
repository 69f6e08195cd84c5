# dir() of a class uses its metaclass's __dir__.
class M(type):
    def __dir__(cls):
        return ["zeta", "alpha", "alpha"]
class A(metaclass=M):
    x = 1
print(dir(A))
class B(A): pass
print(dir(B))
class P: y = 2
print([n for n in dir(P) if not n.startswith("__")])
