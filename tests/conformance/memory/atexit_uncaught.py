# An uncaught exception's traceback is printed before the atexit handlers run.
import atexit


def handler():
    print("handler ran")


atexit.register(handler)
print("raising")
raise KeyError("uncaught")
