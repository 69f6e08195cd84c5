# Messages, name and path of the import errors raised by import statements.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

here = os.path.dirname(os.path.abspath(__file__))
try:
    import no_such_top_level
except ModuleNotFoundError as e:
    print(e, "|", e.name, e.path)
try:
    import no_such_pkg.child.grandchild
except ModuleNotFoundError as e:
    print(e, "|", e.name)
try:
    import simple_mod.child
except ModuleNotFoundError as e:
    print(e, "|", e.name)
try:
    import pkg_a.missing_sub
except ModuleNotFoundError as e:
    print(e, "|", e.name)
try:
    from simple_mod import missing_name
except ImportError as e:
    print(type(e).__name__, "|", e.name, os.path.relpath(e.path, here))
    print(str(e).replace(here + os.sep, ""))
try:
    from sys import missing_name
except ImportError as e:
    print(e, "|", e.name, e.path)
