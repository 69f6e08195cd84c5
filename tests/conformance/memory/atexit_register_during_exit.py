# A handler registered while the handlers are running is not called.
import atexit


def late():
    print("late handler")


def registers():
    print("registering late")
    atexit.register(late)


atexit.register(print, "first registered")
atexit.register(registers)
print("main done")
