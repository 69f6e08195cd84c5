# types.GenericAlias details
from typing import TypeVar
T = TypeVar("T")
a = list[int]
print(a.__parameters__, list[T].__parameters__, dict[str, T][int])
try:
    isinstance([1], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print(type(e).__name__, e)
print(repr(list[int]), list[int].__class__.__name__, hash(list[int]) == hash(list[int]))
