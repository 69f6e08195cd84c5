# Generated class docstrings, Field[...] and metadata printing: these need
# interpreter support (writable type.__doc__, types.GenericAlias(origin, args),
# str() of a mappingproxy).
import dataclasses
from dataclasses import dataclass, field
from typing import List, Optional


@dataclass
class A:
    a: int
    b: str = "x"
    c: List[int] = field(default_factory=list, metadata={"unit": "m"})
    d: Optional[float] = None


@dataclass
class Documented:
    """My own docstring."""
    x: int


print(A.__doc__)
print(Documented.__doc__)
print(dataclasses.fields(A)[2].metadata)
print(dataclasses.Field[int])
