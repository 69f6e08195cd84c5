# ValueError for slots conflicting with class variables, and other slot errors
try:
    class C:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    class D:
        __slots__ = ("m", "y")
        def m(self): pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    type("T", (), {"__slots__": ("a",), "a": 0})
except ValueError as e:
    print(type(e).__name__, e)
# conflict with __dict__ slot is fine in a class without a dict already
class E:
    __slots__ = ("__dict__", "v")
e = E(); e.v = 1; e.w = 2
print(e.v, e.__dict__)
try:
    class F:
        __slots__ = ("__dict__",)
        __dict__ = {}
except ValueError as e:
    print(type(e).__name__, e)
try:
    class G:
        __slots__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    class H:
        __slots__ = (None,)
except TypeError as e:
    print(type(e).__name__, e)
# classmethod named like a slot in a subclass is fine
class Base:
    __slots__ = ("v",)
class Sub(Base):
    def v(self): return "method shadows slot"
print(Sub().v())
