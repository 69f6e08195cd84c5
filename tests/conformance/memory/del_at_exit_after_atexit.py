# atexit handlers run before module globals are cleared, so they can still use them.
import atexit


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


g = Noisy("global")


def handler():
    print("atexit sees", g.name)


atexit.register(handler)
print("main done")
