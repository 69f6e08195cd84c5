# atexit: handlers run newest first after the main module finishes; errors are
# reported and the rest still run; finalize objects still alive run at exit.
import atexit
import weakref


def handler(name, punct="!"):
    print("exit handler", name + punct)


def failing():
    raise ValueError("boom in handler")


atexit.register(handler, "first")
atexit.register(failing)
atexit.register(handler, "second", punct="?")
dup = atexit.register(handler, "removed")
print(dup is handler)


def unregistered():
    print("never printed")


atexit.register(unregistered)
atexit.unregister(unregistered)


@atexit.register
def decorated():
    print("decorated handler")


class Keep:
    pass


keep = Keep()
weakref.finalize(keep, print, "finalize at exit")
print(atexit._ncallbacks() >= 5)
print("main done")
