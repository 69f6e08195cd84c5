# metaclass selection and the "metaclass conflict" error
class M1(type): pass
class M2(type): pass
class M3(M1): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(metaclass=M3): pass
try:
    class AB(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class AC(A, C): pass
print(type(AC).__name__)
class CA(C, A): pass
print(type(CA).__name__)
# explicit metaclass that is a base of the derived metaclass: most derived wins
class D(C, metaclass=M1): pass
print(type(D).__name__)
try:
    class E(A, metaclass=M2): pass
except TypeError as e:
    print(type(e).__name__, e)
# plain type subclass with a metaclass'd base
class Plain: pass
class F(Plain, A): pass
print(type(F).__name__)
# merging with a common metaclass resolves it
class M12(M1, M2): pass
class OK(A, B, metaclass=M12): pass
print(type(OK).__name__, [k.__name__ for k in OK.__mro__])
# function metaclass skips the conflict check
def fmeta(name, bases, ns): return (name, len(bases))
class Z(A, B, metaclass=fmeta): pass
print(Z)
