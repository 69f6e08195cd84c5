# Sizes of functions, methods, classes, modules and code-related objects.
import sys


def f(a, b=1):
    return a


class C:
    def m(self):
        pass

    @staticmethod
    def s():
        pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(sys.getsizeof(f), sys.getsizeof(lambda: 0), sys.getsizeof(C().m), sys.getsizeof(print))
print(sys.getsizeof(C), sys.getsizeof(WithMeta), sys.getsizeof(type), sys.getsizeof(object))
print(sys.getsizeof(sys), sys.getsizeof(type(sys)("m")))
print(sys.getsizeof(C.__dict__), sys.getsizeof([].append), sys.getsizeof(C.s))
