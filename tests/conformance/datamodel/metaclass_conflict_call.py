# metaclass conflicts when calling type() or a metaclass directly, and bad bases
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    type("G", (A, B), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    M1("H", (B,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("N", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class Bad(metaclass=BadPrepare): pass
except TypeError as e:
    print(type(e).__name__, e)
