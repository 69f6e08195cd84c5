from typing import List, Dict, Optional, Union, Tuple, Any, Callable, TypeVar, Generic, Protocol, runtime_checkable, cast, get_args, get_origin
import typing
print(List[int], Dict[str, List[int]], Optional[str], Union[int, str], Union[int], Tuple[int, ...], Any, Callable[[int], str] if False else Callable)
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], get_args(Dict[str, int]), get_origin(List[int]) is list, get_args(int | str))
T = TypeVar("T")
K = TypeVar("K", bound=int)
print(T, K, T.__name__)
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
b = Box[int](3)
print(b.v, Box[int], Box.__parameters__, b.__orig_class__)
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(3, HasLen), cast(int, "x"))
def f(a: List[int], b: "Optional[str]" = None) -> Dict[str, int]:
    return {}
print(f.__annotations__, typing.get_type_hints(f))
print(isinstance(3, int | str), int | None, type(int | None).__name__)
