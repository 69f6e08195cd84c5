# special methods defined on a metaclass operate on the classes themselves
class EnumMeta(type):
    def __iter__(cls):
        return iter(v for k, v in cls.__dict__.items() if k.isupper())
    def __len__(cls):
        return sum(1 for _ in cls)
    def __contains__(cls, item):
        return item in list(cls)
    def __getitem__(cls, name):
        return cls.__dict__[name]
    def __repr__(cls):
        return f"<enum {cls.__name__}>"
    def __or__(cls, other):
        return f"{cls.__name__}|{other.__name__}"
    def __bool__(cls):
        return len(cls) > 0
    def __call__(cls, value):
        for v in cls:
            if v == value:
                return v
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")
    def __eq__(cls, other):
        return cls is other
    __hash__ = type.__hash__
class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3
class Empty(metaclass=EnumMeta):
    pass
print(list(Color), len(Color), 2 in Color, 9 in Color, Color["GREEN"], repr(Color), Color | Empty)
print(bool(Color), bool(Empty), Color(3), sorted(Color, reverse=True), dict.fromkeys(Color))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
print([Color], str(Color), f"{Color!r}", Color == Color, Color != Empty, {Color: 1}[Color])
# instance-level special methods don't apply to the class
class Box:
    def __len__(self): return 5
try:
    len(Box)
except TypeError as e:
    print(type(e).__name__, e)
print(len(Box()))
# class-level __getitem__ vs metaclass __getitem__ vs __class_getitem__
class Meta2(type):
    def __getitem__(cls, k): return ("meta", k)
class K(metaclass=Meta2):
    def __getitem__(self, k): return ("inst", k)
    def __class_getitem__(cls, k): return ("cgi", k)
print(K[1], K()[1])
# metaclass __setattr__ intercepts class attribute assignment
class Frozen(type):
    def __setattr__(cls, name, value):
        raise AttributeError(f"{cls.__name__} is frozen")
class F(metaclass=Frozen):
    x = 1
try:
    F.x = 2
except AttributeError as e:
    print(type(e).__name__, e)
f = F(); f.y = 3
print(F.x, f.y)
# metaclass __getattr__ for missing class attributes
class Dyn(type):
    def __getattr__(cls, name):
        return f"{cls.__name__}.{name} (dynamic)"
class D(metaclass=Dyn):
    real = "real"
print(D.real, D.anything)
try:
    D().anything
except AttributeError as e:
    print(type(e).__name__, e)
# metaclass __instancecheck__ with __len__ etc. combined
print(isinstance(Color, EnumMeta), type(Color) is EnumMeta, EnumMeta.__mro__)
