eg = ExceptionGroup("grp", [ValueError(1), TypeError("t"), ExceptionGroup("sub", [ValueError(2), KeyError("k")])])
print(repr(eg), str(eg), eg.message, eg.exceptions)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(ExceptionGroup.__mro__)
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup("x", ValueError())]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
def f():
    raise ExceptionGroup("grp", [ValueError(1), TypeError("t"), OSError("o")])
try:
    try:
        f()
    except* ValueError as e:
        print("V", repr(e))
    except* TypeError as e:
        print("T", repr(e))
except ExceptionGroup as rest:
    print("rest", repr(rest))
try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked caught", repr(e))
        raise KeyError("new")
except ExceptionGroup as g:
    print("reraised", repr(g))
try:
    raise ValueError("plain")
except* (TypeError, ValueError) as e:
    print("tuple", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise
except ExceptionGroup as g:
    print("bare raise", repr(g))
try:
    try:
        raise TypeError("x")
    except* ValueError:
        print("no")
except TypeError as e:
    print("unmatched naked", repr(e))
