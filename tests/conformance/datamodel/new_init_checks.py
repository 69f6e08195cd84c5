# object.__new__ / object.__init__ argument checks and messages
class NoOverride: pass
for args, kw in (((1,), {}), ((), {"a": 1})):
    try:
        NoOverride(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
class OnlyInit:
    def __init__(self, a): self.a = a
print(OnlyInit(1).a)
try:
    OnlyInit()
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, a):
        inst = super().__new__(cls)
        inst.a = a
        return inst
print(OnlyNew(2).a)
class NewPassesArgs:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
try:
    NewPassesArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class InitPassesArgs:
    def __init__(self, *a):
        super().__init__(*a)
try:
    InitPassesArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(InitPassesArgs()).__name__)
try:
    object.__new__(NoOverride, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(object.__new__(OnlyInit, 1)).__name__)
try:
    object.__init__(OnlyInit(1), 1)
except TypeError as e:
    print(type(e).__name__, e)
object.__init__(OnlyNew(1), 1)
print("object.__init__ accepts extra args when only __new__ is overridden")
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
# __new__ returning other types skips __init__
class Other:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(Other())
class SubReturn:
    def __new__(cls): return super().__new__(Child)
    def __init__(self): print("init on", type(self).__name__)
class Child(SubReturn): pass
print(type(SubReturn()).__name__)
# __init__ must return None
class BadInit:
    def __init__(self): return 1
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
# __new__ is an implicit staticmethod
print(type(OnlyNew.__dict__["__new__"]).__name__)
# calling __init__ again
o = OnlyInit(1)
o.__init__(5)
print(o.a)
# keyword-only args in __init__
class KW:
    def __init__(self, *, k): self.k = k
try:
    KW(1)
except TypeError as e:
    print(type(e).__name__, e)
print(KW(k=3).k)
