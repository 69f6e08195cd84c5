# subclassing int and float
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
    def double(self): return MyInt(self * 2)
a = MyInt(5)
print(a, repr(a), str(a), a + 1, type(a + 1).__name__, a.double(), type(a * 1).__name__, -a, type(-a).__name__)
print(a == 5, hash(a) == hash(5), {a: "x"}[5], isinstance(a, int), a.bit_length(), f"{a:04d}", int(a), type(int(a)).__name__)
print(MyInt("ff", 16), MyInt(3.9), MyInt(), MyInt(True), type(MyInt(True)).__name__)
a.attr = "has dict"
print(a.attr, vars(a))
class Add(int):
    def __add__(self, other): return "Add.__add__"
    def __radd__(self, other): return "Add.__radd__"
print(Add(1) + 1, 1 + Add(1), Add(1) + Add(2), sum([Add(1), Add(2)]), Add(3) - 1)
class Custom(int):
    def __new__(cls, value, label="?"):
        obj = super().__new__(cls, value)
        obj.label = label
        return obj
c = Custom(7, "seven")
print(c, c.label, c + 1, Custom(2) * 3, Custom("10").label)
class Bool2(int):
    def __bool__(self): return False
print(bool(Bool2(5)), "t" if Bool2(5) else "f", not Bool2(0))
class MyFloat(float):
    def __str__(self): return f"<{float(self):.1f}>"
f = MyFloat(2.25)
print(f, repr(f), f * 2, type(f * 2).__name__, f.is_integer(), MyFloat("1.5"), round(f, 1), type(round(f, 1)).__name__)
print(MyFloat.fromhex("0x1p1"), type(MyFloat.fromhex("0x1p1")).__name__, float(f), type(float(f)).__name__)
print(f"{f}", f"{f:.3f}", "%s %r" % (f, f))
class Eq(float):
    def __eq__(self, o): return True
    __hash__ = float.__hash__
print(Eq(1.0) == 2.0, 2.0 == Eq(1.0), Eq(1.0) != 2.0, [2.0].count(Eq(1.0)))
# comparisons/ordering delegated to int
print(sorted([MyInt(3), 1, MyInt(2)]), max(MyInt(1), 0), min([MyFloat(0.5), 0.7]))
# divmod, pow with subclasses
print(divmod(MyInt(7), 2), pow(MyInt(2), 10), type(pow(MyInt(2), 10)).__name__, MyInt(7) // 2, MyInt(7) % 3, MyInt(1) << 3)
