# bytes() checks the __bytes__ result; subclass results are kept
class BadBytes:
    def __bytes__(self): return "str"
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
class MyBytes(bytes): pass
class RetSub:
    def __bytes__(self): return MyBytes(b"sub")
print(bytes(RetSub()), type(bytes(RetSub())).__name__)
class I:
    def __index__(self): return 3
print(bytes(I()), bytearray(I()))
