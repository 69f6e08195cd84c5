# sys._getframe and traceback objects: f_code, f_lineno, f_back, f_locals,
# tb_lineno, tb_next, tb_frame. (Read while the frame runs: ferrython's frame
# objects are snapshots taken by sys._getframe, see docs/STATUS.md.)
import sys


def inner(a, b=2):
    local = a + b
    print(sys._getframe().f_lineno, sorted(sys._getframe().f_locals))
    f = sys._getframe()
    return f, sys._getframe(1)


def outer():
    return inner(1)


f, caller = outer()
print(f.f_code.co_name, f.f_locals["local"])
print(caller.f_code.co_name, caller.f_lineno, f.f_back.f_code.co_name)
print(f.f_back.f_back.f_code.co_name, f.f_back.f_back.f_back)
print(f.f_globals is globals(), type(f).__name__)
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno, sys._getframe().f_back)
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)


def fail():
    raise KeyError("k")


def call_fail():
    fail()


try:
    call_fail()
except KeyError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(entries)
    print(type(e.__traceback__).__name__, e.__traceback__.tb_frame.f_globals is globals())
