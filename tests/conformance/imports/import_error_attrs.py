# ImportError and ModuleNotFoundError: name, path, msg, str and repr.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

e = ImportError("message", name="modname", path="/some/path")
print(e.name, e.path, e.msg, str(e), repr(e), e.args)
e2 = ImportError()
print(e2.name, e2.path, e2.msg, repr(str(e2)), e2.args)
e3 = ModuleNotFoundError("no module", name="x")
print(e3.name, e3.path, isinstance(e3, ImportError), ModuleNotFoundError.__mro__[1].__name__)
try:
    ImportError("m", bogus=1)
except TypeError as err:
    print("TypeError:", err)
e4 = ImportError("a", "b")
print(e4.msg, e4.args, str(e4))
