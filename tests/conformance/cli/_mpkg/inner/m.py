import sys
from .sib import X
print(X, __name__, __package__, __spec__.name, __file__.endswith("m.py"), sys.argv[0].endswith("m.py"))
