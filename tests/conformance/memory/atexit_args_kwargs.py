# atexit.register passes positional and keyword arguments and returns the function.
import atexit


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


r = atexit.register(show, 1, "two", three=3, four=[4])
print(r is show)
atexit.register(show)
atexit.register(show, sep="-")
try:
    atexit.register()
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("main done")
