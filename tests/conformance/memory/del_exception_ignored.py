# An exception raised by __del__ is reported on stderr ("Exception ignored in:")
# and does not propagate; the program continues.
class Bad:
    def __del__(self):
        print("Bad.__del__ running")
        raise ValueError("from __del__")


b = Bad()
del b
print("continued after del")


def scope():
    x = Bad()


scope()
print("continued after scope")


class BadRepr:
    def __repr__(self):
        return "BadRepr()"

    def __del__(self):
        1 / 0


BadRepr()
print("end")
