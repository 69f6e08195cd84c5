# module __dir__, ModuleType subclass as a module's __class__, repr of a dynamic module
import _lazy_module as m
print(dir(m))
# module subclass via __class__ assignment
import types
class Verbose(types.ModuleType):
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("access", name)
        return super().__getattribute__(name)
m.__class__ = Verbose
print(m.eager, type(m).__name__, isinstance(m, types.ModuleType))
mod = types.ModuleType("dyn", "dyn doc")
print(repr(mod))
