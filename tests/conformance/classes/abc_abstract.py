import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @abc.abstractmethod
    def stop(self): ...
try: Base()
except TypeError as e: print(e)
class Impl(Base):
    def run(self): return 1
try: Impl()
except TypeError as e: print(e)
class Full(Impl):
    def stop(self): pass
print(Full().run(), isinstance(Full(), Base), Base.__abstractmethods__ == {'run','stop'}, Full.__abstractmethods__)
class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, '__len__') or NotImplemented
print(isinstance([], Sized), isinstance(1, Sized))
class Reg(abc.ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg), type(Reg), Reg.__mro__)


class WithProps(abc.ABC):
    @property
    @abc.abstractmethod
    def value(self): ...

    @classmethod
    @abc.abstractmethod
    def make(cls): ...

    @staticmethod
    @abc.abstractmethod
    def helper(): ...


print(sorted(WithProps.__abstractmethods__))
try:
    WithProps()
except TypeError as e:
    print(e)


class Meta(abc.ABCMeta):
    pass


class UsesMeta(metaclass=Meta):
    @abc.abstractmethod
    def f(self): ...


print(type(UsesMeta).__name__, UsesMeta.__abstractmethods__, isinstance(UsesMeta, abc.ABCMeta))
UsesMeta.f = lambda self: 1
abc.update_abstractmethods(UsesMeta)
print(UsesMeta().f(), UsesMeta.__abstractmethods__)
print(abc.get_cache_token() >= 1, getattr(abc.abstractmethod(lambda: 0), "__isabstractmethod__"))
try:
    Reg.register(5)
except TypeError as e:
    print("TypeError:", e)
print(Reg.register(float) is float, isinstance(1.5, Reg))
