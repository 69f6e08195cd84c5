# subclassing exceptions
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
try:
    raise AppError(404, "not found")
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
print(NoSuper(1, 2).args, str(NoSuper(1, 2)), repr(NoSuper(1, 2)))
class StrOverride(ValueError):
    def __str__(self): return "custom message"
try:
    raise StrOverride("ignored")
except ValueError as e:
    print(e, repr(e), e.args)
class WithNew(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        inst.made_by_new = True
        return inst
w = WithNew("x", "y")
print(w.args, w.made_by_new, str(w))
class KeyErr(KeyError): pass
print(str(KeyErr("k")), str(KeyError("k")), str(KeyErr("a", "b")), str(KeyErr()))
class OSE(OSError): pass
o = OSE(2, "No such file")
print(o.errno, o.strerror, str(o), type(OSError(2, "x")).__name__)
print(type(OSError(13, "perm")).__name__, type(OSError(99999, "x")).__name__)
# hierarchy checks
print(issubclass(AppError, Exception), issubclass(AppError, BaseException), AppError.__mro__)
class MyBase(BaseException): pass
try:
    try:
        raise MyBase("base")
    except Exception:
        print("not caught here")
except BaseException as e:
    print("caught", type(e).__name__, e)
# args mutation
e = AppError(1, "m")
e.args = ("changed",)
print(str(e), e.args)
# exception with attributes and __reduce__
class Rich(Exception):
    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail
r = Rich("m", detail="d")
print(r.detail, r.args, r.__dict__)
# with_traceback, __traceback__, add_note
try:
    raise Rich("tb")
except Rich as ex:
    print(ex.__traceback__ is not None, ex.with_traceback(None) is ex, ex.__traceback__)
    ex.add_note("a note")
    print(ex.__notes__)
# cannot inherit from non-exception in raise
class NotExc: pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise AppError
except TypeError as e:
    print(type(e).__name__, e)
