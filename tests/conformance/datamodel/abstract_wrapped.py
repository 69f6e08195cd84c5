# __isabstractmethod__ through staticmethod/classmethod/property
import abc
class A(abc.ABC):
    @staticmethod
    @abc.abstractmethod
    def s(): pass
    @classmethod
    @abc.abstractmethod
    def c(cls): pass
    @property
    @abc.abstractmethod
    def p(self): pass
d = A.__dict__
print(d["s"].__isabstractmethod__, d["c"].__isabstractmethod__, d["p"].__isabstractmethod__, sorted(A.__abstractmethods__))
print(staticmethod(len).__isabstractmethod__, property().__isabstractmethod__)
try:
    A()
except TypeError as e:
    print(type(e).__name__, e)
from abc import ABC, abstractmethod
class WithProp(ABC):
    @property
    @abstractmethod
    def name(self): ...
try:
    WithProp()
except TypeError as e:
    print(type(e).__name__, e)
class Named(WithProp):
    name = "plain attribute counts"
print(Named().name)
