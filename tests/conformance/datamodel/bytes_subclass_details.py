# alternate constructors and repr of bytes/bytearray/dict/int subclasses
class MyBytes(bytes): pass
class MyBA(bytearray): pass
print(MyBytes.fromhex("41 42"), type(MyBytes.fromhex("41")).__name__, type(MyBA.fromhex("41")).__name__)
ba = MyBA(b"ab")
print(ba, repr(ba))
class MyDict(dict): pass
print(type(MyDict.fromkeys("ab")).__name__, MyDict.fromkeys("ab", 0))
class MyInt(int): pass
print(type(MyInt.from_bytes(b"\x01", "big")).__name__, MyInt.from_bytes(b"\x01", "big"))
class MyFloat(float): pass
print(type(MyFloat.fromhex("0x1p0")).__name__)
