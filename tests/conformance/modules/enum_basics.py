import enum, pickle, copy
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name} is {self.value}"
    @classmethod
    def favourite(cls):
        return cls.BLUE

print(Color.RED, repr(Color.RED), Color.CRIMSON, Color.CRIMSON is Color.RED, Color(1), Color['GREEN'])
print(list(Color), len(Color), list(reversed(Color)), Color.RED in Color, Color.RED.describe(), Color.favourite())
print(list(Color.__members__), Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, hash(Color.RED) == hash("RED"))
t(Color, 5)
t(Color.__getitem__, "PURPLE")
t(setattr, Color, "RED", 5)
t(delattr, Color, "RED")
t(lambda: Color.RED < Color.GREEN)
print(pickle.loads(pickle.dumps(Color.GREEN)) is Color.GREEN, copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.BLUE) is Color.BLUE)
print(type(Color), type(Color.RED), isinstance(Color.RED, Color), issubclass(Color, Enum), Color.__name__, Color.RED.__class__.__name__)
print(f"{Color.RED}|{Color.RED!r}|{Color.RED:>12}|{Color.RED:<12}|", "%s %r" % (Color.RED, Color.RED))
print({Color.RED: "r"}[Color.CRIMSON], sorted(Color, key=lambda c: c.value), bool(Color.RED), bool(Color))

class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(Shape.CIRCLE, repr(Shape.CIRCLE), Shape.CIRCLE == 1, Shape.CIRCLE + Shape.SQUARE, Shape.SQUARE * 3, f"{Shape.SQUARE:03d}", Shape(2), sorted([Shape.SQUARE, 1, 0]), isinstance(Shape.CIRCLE, int), Shape.CIRCLE < 2, int(Shape.SQUARE), str(Shape.SQUARE), format(Shape.SQUARE), "%d" % Shape.SQUARE, [10, 20, 30][Shape.SQUARE])
t(Shape, 7)

class Mood(StrEnum):
    HAPPY = auto()
    SAD = "sad face"
print(Mood.HAPPY, repr(Mood.SAD), Mood.HAPPY == "happy", Mood.SAD.upper(), f"{Mood.SAD:>10}|", Mood("happy"), "-".join(Mood), len(Mood.SAD))

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), auto(), repr(auto(5)))

class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    X = auto()
    Y = auto()
print(list(Gen))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), repr(Perm.R | Perm.X), repr(Perm(7)), repr(Perm(0)), str(Perm(0)), bool(Perm(0)))
print(list(Perm), list(Perm.R | Perm.X), len(Perm(7)), Perm.R in Perm(7), Perm.X in Perm.RW, repr(~Perm.R), repr(~Perm(7)), repr(Perm.RW & Perm.R), repr(Perm.RW ^ Perm.R))
print(repr(Perm(5)), Perm(5).name, Perm(5).value, Perm(6) is Perm.RW, Perm.R | 1 if False else "")
t(Perm, 8)
t(Perm, "x")
t(lambda: Perm.R | 1)
t(lambda: 1 in Perm.R)

class Opt(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(list(Opt), Opt.A | Opt.C, repr(Opt.A | Opt.C), repr(Opt(0)), repr(Opt(16)), repr(Opt(17)), repr(~Opt.A), repr(Opt.A | 16), Opt.A + 1, repr(Opt.B & 3), Opt.A == 1, 2 | Opt.A, repr(2 | Opt.A))
print(repr(Opt(-1)), repr(~Opt(0)), str(Opt.A | Opt.B), format(Opt.C, "x"))

@unique
class Ok(Enum):
    A = 1
    B = 2
t(lambda: unique(Color))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), Planet((3.303e+23, 2.4397e6)))

class Coord(int, Enum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj
    X = (0, "x axis")
    Y = (1, "y axis")
print(repr(Coord.Y), Coord.Y.label, Coord(1), Coord.X == 0)

class Missing(Enum):
    A = "a"
    B = "b"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Missing("A"), Missing("b"))
t(Missing, 3)
class BadMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
t(BadMissing, 2)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__module__, repr(Animal))
print(list(Enum("N2", [("a", 1), ("b", 2)])), list(IntEnum("N3", "x y", start=0)), list(Enum("N4", {"k": "v"})), list(Enum("N5", "p,q")))
print(list(Flag("F2", "A B C")), repr(Flag("F3", "A B")(3)))
t(Enum, "Dup", "A A")

class Ord(Enum):
    _order_ = "A B"
    A = 1
    B = 2
print(list(Ord))
try:
    class BadOrder(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print(e)
class Ign(Enum):
    _ignore_ = "tmp"
    tmp = 5
    A = 1
print(list(Ign), hasattr(Ign, "tmp"))
try:
    class Ext(Color):
        PINK = 9
except TypeError as e:
    print(e)
class Base(Enum):
    def hello(self):
        return "hello " + self.name
class Derived(Base):
    Z = 26
print(Derived.Z.hello(), list(Derived))
try:
    class Redef(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
try:
    class Sunder(Enum):
        _bad_ = 1
except ValueError as e:
    print(e)
class WithNames(Enum):
    name = 1
    value = 2
print(WithNames.name, WithNames.value, WithNames.name.value, WithNames.value.name)
print(repr(Color.RED.__class__), Color.__members__["CRIMSON"], enum.EnumMeta is enum.EnumType)
print(Color.RED.__reduce_ex__(2), isinstance(Color.RED, Enum))
class Mixed(float, Enum):
    PI = 3.14
print(repr(Mixed.PI), str(Mixed.PI), f"{Mixed.PI}", Mixed.PI + 1)
print([m.name for m in enum.FlagBoundary], enum.STRICT, repr(enum.KEEP))
class V(Enum):
    A = [1, 2]
    B = [3]
print(V([1, 2]), V.A.value)
