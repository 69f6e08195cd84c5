# a metaclass overriding mro() controls __mro__ and attribute lookup
class ReversedMRO(type):
    def mro(cls):
        default = super().mro()
        return [default[0]] + list(reversed(default[1:-1])) + [object]
class X:
    def who(self): return "X"
class Y:
    def who(self): return "Y"
class Z(X, Y, metaclass=ReversedMRO): pass
print([k.__name__ for k in Z.__mro__], Z().who(), [k.__name__ for k in Z.mro()])
class Bad(type):
    def mro(cls): return [1]
try:
    class B(metaclass=Bad): pass
except TypeError as e:
    print(type(e).__name__, e)
class A: pass
try:
    A.mro(1)
except TypeError as e:
    print(type(e).__name__, e)
