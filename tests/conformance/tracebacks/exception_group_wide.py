def raiser():
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise ExceptionGroup("wrapped", [e, TypeError("t")]) from e
try:
    raiser()
except* TypeError as tg:
    print("got", repr(tg))
    print(repr(tg.__cause__))
excs = [ValueError(i) for i in range(20)]
raise ExceptionGroup("many", excs)
