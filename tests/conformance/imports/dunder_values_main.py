# The main script's own module attributes.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_support"))

main = sys.modules["__main__"]
print(__name__, __package__, __spec__, main is sys.modules[__name__])
print(type(__loader__).__name__, os.path.basename(__file__), os.path.isabs(__file__))
print(__builtins__ is __import__("builtins"), "__cached__" in globals(), __doc__ is None)
print(sys.path[1] == os.path.dirname(os.path.abspath(__file__)))
print(sys.argv == [os.path.basename(__file__)] or sys.argv)
