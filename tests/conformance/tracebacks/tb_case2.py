def f():
    raise ExceptionGroup("grp", [ValueError(1), TypeError("t")])
try:
    f()
except* ValueError as eg:
    print("handled", repr(eg))
except* TypeError as eg:
    print("handled", repr(eg))
x = [1, 2,
     3]
result = (x[0] +
          x[5])
