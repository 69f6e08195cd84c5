# module-level __getattr__ and __dir__ (PEP 562), module attribute errors
import _lazy_module as m
print(m.eager, m.lazy_x, getattr(m, "lazy_y"), hasattr(m, "lazy_z"), hasattr(m, "other"))
try:
    m.other
except AttributeError as e:
    print(type(e).__name__, e)
from _lazy_module import lazy_imported
print(lazy_imported)
try:
    from _lazy_module import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
import sys
try:
    sys.no_such_attribute
except AttributeError as e:
    print(type(e).__name__, e)
m.new_attr = 1
print(m.new_attr, "new_attr" in vars(m), type(m).__name__, m.__name__)
del m.new_attr
try:
    del m.new_attr
except AttributeError as e:
    print(type(e).__name__, e)
import types
mod = types.ModuleType("dyn", "dyn doc")
print(mod.__name__, mod.__doc__, sorted(vars(mod)))
