try:
    int("x")
except ValueError as e:
    print(repr(e), e.args, str(e), e.__class__.__name__, e.__traceback__ is not None, e.__context__, e.__cause__)
class AppError(Exception):
    """custom"""
    def __str__(self):
        return f"AppError({self.args[0]})"
try:
    raise AppError("boom")
except AppError as e:
    print(str(e), repr(e), AppError.__doc__, isinstance(e, Exception), AppError.__mro__[1:])
e = OSError(2, "No such file", "f.txt")
print(e.errno, e.strerror, e.filename, str(e), type(OSError(2, "x")).__name__)
print(KeyError("k"), str(KeyError("k")), repr(KeyError()), IndexError("i").args, StopIteration(3).value, SystemExit(4).code)
ke = KeyError("a", "b"); print(str(ke), ke.args)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
err = ValueError("x")
err.custom = 1
print(err.custom, err.__dict__ if hasattr(err, "__dict__") else {})
try:
    raise Exception("a") from ValueError("b")
except Exception as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise ValueError("outer")
except ValueError as e:
    print(repr(e.__context__), e.__suppress_context__)
print(issubclass(UnicodeDecodeError, ValueError), ArithmeticError.__subclasses__()[:3] if False else "", BaseException.__bases__, Exception.__bases__)
