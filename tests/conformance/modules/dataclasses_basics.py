from dataclasses import *
import dataclasses
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point.__init__.__annotations__ if hasattr(Point.__init__, '__annotations__') else None)
print(fields(p))
print(Point.__match_args__, Point.__hash__)
print(Point.__dataclass_params__)
print(asdict(p), astuple(p), replace(p, y=5))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(1))

@dataclass(order=True, frozen=True)
class V:
    a: float
    b: List[int] = field(default_factory=list, compare=False)
    c: ClassVar[int] = 7

v = V(1.0)
print(v, v < V(2.0), v >= V(1.0), hash(v) == hash(V(1.0)), V.c)
try:
    v.a = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del v.a
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        x: int = 1
        y: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print(e)

@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)
    def __post_init__(self, scale):
        self.y = self.x * scale

w = WithInit(3)
print(w, WithInit(3, 5), fields(w))

@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K.__match_args__)

@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(K2(1, b=2), K2.__match_args__)
import inspect
print(K2.__init__.__kwdefaults__)

@dataclass(slots=True)
class S:
    x: int
    y: str = "a"
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1); n.children.append(n)
print(n)
print(field(default=1))
print(InitVar[int], InitVar[List[int]])
print(MISSING.__class__)

@dataclass(unsafe_hash=True)
class H:
    x: int
    y: int = field(hash=False)
print(hash(H(1, 2)) == hash((1,)))
@dataclass(eq=False)
class NE:
    x: int
print(NE(1) == NE(1), NE.__hash__ is object.__hash__)
print(make_dataclass("Pt", ["x", ("y", int), ("z", int, field(default=5))])(1, 2))
