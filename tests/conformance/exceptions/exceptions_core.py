try:
    raise ValueError("a", 1)
except ValueError as e:
    print(e.args, str(e), repr(e))
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(5)
except Exception as e:
    print(type(e).__name__, e, e.code, isinstance(e, MyErr))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise TypeError("t") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__)
e = Exception("x")
e.add_note("note")
print(e.__notes__)
print(issubclass(KeyError, LookupError), issubclass(FileNotFoundError, OSError), KeyboardInterrupt.__mro__)
def f():
    try:
        return 1
    finally:
        print("finally runs")
print(f())
def g():
    try:
        raise ValueError
    except ValueError:
        return "handled"
print(g())
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value)
try:
    exit_code = SystemExit(3)
    raise exit_code
except SystemExit as se:
    print("code", se.code)
import sys
try:
    1/0
except:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, type(tb).__name__)
print(sys.exc_info())
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None); return True
with Ctx() as c:
    raise ValueError("suppressed")
print("after")
with Ctx(), Ctx():
    pass
