# dir() of enum classes and members, and printing __members__: need the
# metaclass __dir__ to be honoured by dir() and str() of a mappingproxy.
import enum


class C(enum.Enum):
    RED = 1
    GREEN = 2

    def meth(self):
        pass


class D(enum.IntEnum):
    A = 1


print(dir(C))
print(dir(C.RED))
print(dir(D)[-8:], dir(D.A)[-6:])
print(C.__members__)
