# sys.getsizeof calls __sizeof__ and adds the GC header for tracked objects;
# bad results raise; the default is returned only for TypeError.
import sys


class Fixed:
    def __sizeof__(self):
        return 100


class Slot:
    __slots__ = ()

    def __sizeof__(self):
        return 100


class Negative:
    def __sizeof__(self):
        return -1


class NotInt:
    def __sizeof__(self):
        return "big"


class FloatSize:
    def __sizeof__(self):
        return 5.0


class BoolSize:
    def __sizeof__(self):
        return True


class Raises:
    def __sizeof__(self):
        raise TypeError("no size")


class RaisesOther:
    def __sizeof__(self):
        raise ValueError("no size")


class Huge:
    def __sizeof__(self):
        return 2 ** 70


class IntSize(int):
    def __sizeof__(self):
        return 7


print(sys.getsizeof(Fixed()), sys.getsizeof(Slot()), sys.getsizeof(BoolSize()), sys.getsizeof(IntSize(3)))
for cls in (Negative, NotInt, FloatSize, Raises, RaisesOther, Huge):
    try:
        print(cls.__name__, sys.getsizeof(cls()))
    except Exception as e:
        print(cls.__name__, type(e).__name__ + ":", e)
for cls in (Negative, NotInt, Raises, RaisesOther):
    try:
        print(cls.__name__, "default", sys.getsizeof(cls(), -7))
    except Exception as e:
        print(cls.__name__, "default", type(e).__name__ + ":", e)
print(sys.getsizeof(object(), "unused"))
try:
    sys.getsizeof()
except TypeError as e:
    print("TypeError:", e)
try:
    sys.getsizeof(x=1)
except TypeError as e:
    print("TypeError:", e)
