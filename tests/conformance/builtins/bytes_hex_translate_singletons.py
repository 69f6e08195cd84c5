# bytes.hex(sep, bytes_per_sep), bytes.maketrans/translate, NoneType() and friends, str(mappingproxy), sys encodings.
import types, sys
print(b'\x01\xab\xff'.hex(b':', 2), b'\x01\xab\xff'.hex(':', 2), b'\x01\xab\xff\x02'.hex('-', -3), bytes(range(8)).hex(' ', 4), b'ab'.hex(sep='|'))
try:
    b'ab'.hex('::')
except ValueError as e:
    print(e)
t = bytes.maketrans(b'+/', b'-_')
print(len(t), b'a+b/c'.translate(t), b'hello'.translate(None, b'l'), bytearray(b'xyz').translate(t, delete=b'y'))
print(type(None)(), type(NotImplemented)(), type(...)())
try:
    type(None)(1)
except TypeError as e:
    print(e)
print(types.MappingProxyType({'a': 1}))
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
