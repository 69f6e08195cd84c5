# Objects still referenced from module globals at exit are finalised after the
# main code finished (CPython's final collection): instances bound directly to
# globals in definition order, then the items of containers held by globals.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


first = Noisy("first")
_private = Noisy("_private")
second = Noisy("second")
container = [Noisy("in-list-0"), Noisy("in-list-1")]
third = Noisy("third")
print("main done")
