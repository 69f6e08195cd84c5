import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY, FrozenInstanceError, make_dataclass
import typing
from typing import ClassVar, Optional, Dict, List
from collections import namedtuple

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

@dataclass
class A:
    x: "int"
    y: "ClassVar[int]" = 10
    z: "typing.ClassVar[str]" = "s"
    w: "InitVar[int]" = 0
    v: "dataclasses.InitVar[str]" = "q"
    def __post_init__(self, w, v):
        print("post_init", w, v)

a = A(1, 2, "r")
print(a, [f.name for f in fields(A)], sorted(A.__dataclass_fields__), A.__dataclass_fields__['y']._field_type)
print(A.__init__.__annotations__)
print(dataclasses._init_signature_text(A) if hasattr(dataclasses, '_init_signature_text') else A.__doc__[1:])

@dataclass
class B(A):
    u: str = "u"
print(B(5), fields(B)[-1].name)
t(replace, B(5), u="t")
t(replace, B(5), w=3)

@dataclass(frozen=True)
class F:
    x: int
t(lambda: dataclass(type("G", (F,), {"__annotations__": {"y": "int"}, "y": 1})))
@dataclass
class NF:
    x: int
t(lambda: dataclass(frozen=True)(type("G2", (NF,), {"__annotations__": {}})))

def mk(**kw):
    def deco(body):
        return dataclass(**kw)(body)
    return deco
t(lambda: dataclass(order=True, eq=False)(type("O", (), {})))
class HasLt:
    x: int
    def __lt__(self, o): return True
t(lambda: dataclass(order=True)(HasLt))
class HasHash:
    x: int
    def __hash__(self): return 1
t(lambda: dataclass(unsafe_hash=True)(HasHash))
class HasSetattr:
    x: int
    def __setattr__(self, n, v): pass
t(lambda: dataclass(frozen=True)(HasSetattr))
class NoAnn:
    x = field(default=1)
t(lambda: dataclass(NoAnn))
class TwoKW:
    a: int
    _: KW_ONLY
    b: int
    c: KW_ONLY
t(lambda: dataclass(TwoKW))
class CVF:
    a: ClassVar[list] = field(default_factory=list)
t(lambda: dataclass(CVF))
class CVKW:
    a: ClassVar[int] = field(default=1, kw_only=True)
t(lambda: dataclass(CVKW))
t(field, default=1, default_factory=list)
class MutDict:
    d: dict = {}
t(lambda: dataclass(MutDict))
class MutSet:
    d: set = set()
t(lambda: dataclass(MutSet))
t(dataclasses.fields, 1)
t(dataclasses.fields, int)
t(asdict, 1)
t(astuple, A)
t(replace, 1)

@dataclass
class HashCases:
    x: int
print(HashCases.__hash__)
@dataclass(frozen=True, eq=True)
class FH:
    x: int
    y: list = field(default_factory=list, hash=False)
print(hash(FH(3)) == hash((3,)))
@dataclass
class EqWithExplicitHash:
    x: int
    def __hash__(self): return 42
print(hash(EqWithExplicitHash(1)))
@dataclass(eq=True)
class EqHashNone:
    x: int
    __hash__ = None
print(EqHashNone.__hash__)

Pt = namedtuple("Pt", "a b")
@dataclass
class Deep:
    p: Pt
    l: List[int]
    d: Dict[str, "Deep"]
    t: tuple
inner = Deep(Pt(1, 2), [1], {}, ())
outer = Deep(Pt(3, [4]), [inner], {"k": inner}, (inner, 5))
print(asdict(outer))
print(astuple(outer))
print(asdict(outer, dict_factory=lambda kv: list(kv)))
print(astuple(inner, tuple_factory=list))

@dataclass
class Desc:
    x: int = field(default=3, repr=False)
    y: Optional[int] = None
    z: List[int] = field(default_factory=lambda: [1, 2], metadata={"u": 1})
d = Desc()
print(d, dict(fields(d)[2].metadata), fields(d)[2].default_factory is not None)
print(Desc.x, Desc.y, hasattr(Desc, "z"))

@dataclass(slots=True, frozen=True)
class SF:
    a: int
    b: str = "x"
import pickle, copy
sf = SF(1)
print(pickle.loads(pickle.dumps(sf)), copy.copy(sf), copy.deepcopy(sf), SF.__slots__)
t(setattr, sf, "a", 5)
t(lambda: dataclass(slots=True)(type("HS", (), {"__annotations__": {"a": int}, "__slots__": ("a",)})))
t(lambda: dataclass(weakref_slot=True)(type("WS", (), {"__annotations__": {"a": int}})))
@dataclass(slots=True, weakref_slot=True)
class WS2:
    a: int
print(WS2.__slots__)
import weakref
w = WS2(1); r = weakref.ref(w); print(r() is w)

M = make_dataclass("M", [("x", int), "y", ("z", int, field(default=5))], bases=(), namespace={"add": lambda self: self.x + self.z}, frozen=True)
m = M(1, 2)
print(m, m.add(), M.__module__ if False else "", fields(M)[1].type)
t(make_dataclass, "Bad", ["x", "x"])
t(make_dataclass, "Bad", ["class"])
t(make_dataclass, "Bad", ["1x"])
t(make_dataclass, "Bad", [("a", int, 1, 2)])

@dataclass
class SelfField:
    self: int
    other: int = 1
print(SelfField(5), SelfField(self=1, other=2))

@dataclass(order=True)
class Ord:
    a: int
    b: str
print(sorted([Ord(2, "a"), Ord(1, "b"), Ord(1, "a")]))
t(lambda: Ord(1, "a") < 5)
print(Ord(1, "a") == Ord(1, "a"), Ord(1, "a") == (1, "a"))
nan = float("nan")
@dataclass
class NaN:
    x: float
print(NaN(nan) == NaN(nan))

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty), astuple(Empty()), Empty.__match_args__)
@dataclass(repr=False, init=False)
class NoInit:
    x: int = 1
print(NoInit().x, "__repr__" in NoInit.__dict__)

class Base:
    def __init__(self):
        print("Base init")
@dataclass(init=False)
class KeepInit(Base):
    x: int = 0
KeepInit()

match Ord(1, "z"):
    case Ord(1, b):
        print("matched", b)

@dataclass
class Inh1:
    x: int = 1
    y: int = 2
@dataclass
class Inh2(Inh1):
    x: int = 10
    z: int = 3
print(Inh2(), [f.name for f in fields(Inh2)])
print(repr(dataclasses.MISSING).startswith("<dataclasses._MISSING_TYPE object"), repr(dataclasses._HAS_DEFAULT_FACTORY), dataclasses.KW_ONLY)
print(Desc.__repr__.__qualname__, Desc.__init__.__qualname__, Desc.__eq__.__qualname__, FH.__hash__.__qualname__, SF.__setattr__.__qualname__)
print(Desc.__repr__.__name__, Desc.__repr__.__wrapped__ if hasattr(Desc.__repr__, '__wrapped__') else 'nowrap')
print(field.__doc__ is not None)
print(dataclasses.__all__)
