# str() falls back to repr (message names __str__); str subclasses returned are kept
class BadRepr:
    def __repr__(self): return 5
try:
    str(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class MyStr(str): pass
class RetSub:
    def __repr__(self): return MyStr("sub")
    def __str__(self): return MyStr("substr")
print(repr(RetSub()), type(repr(RetSub())).__name__, type(str(RetSub())).__name__, type(format(RetSub())).__name__)
