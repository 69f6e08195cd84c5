# errors when __classcell__ is not propagated or refers to another class
# metaclass that swallows __classcell__ -> RuntimeError in 3.8+
class Swallow(type):
    def __new__(mcls, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, ns)
try:
    class B(metaclass=Swallow):
        def f(self): return __class__
except RuntimeError as e:
    print(type(e).__name__, e)
except TypeError as e:
    print(type(e).__name__, e)
# returning a different class object than the one the cell refers to
class Other(type):
    def __new__(mcls, name, bases, ns):
        super().__new__(mcls, name, bases, ns)
        return type.__new__(mcls, name + "2", bases, {})
try:
    class C(metaclass=Other):
        def f(self): return __class__
except TypeError as e:
    print(type(e).__name__, e)
