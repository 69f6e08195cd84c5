# An exception in an atexit handler is reported on stderr and the remaining
# handlers still run; SystemExit in a handler is reported too.
import atexit
import sys


def ok(n):
    print("ok", n)


def bad():
    raise RuntimeError("handler failed")


def exits():
    sys.exit(5)


atexit.register(ok, 1)
atexit.register(bad)
atexit.register(ok, 2)
atexit.register(exits)
atexit.register(ok, 3)
print("main done")
