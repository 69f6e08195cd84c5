# binascii and base64: encoders, decoders, checksums and their errors
import base64
import binascii


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


data = [bytes(range(n)) for n in range(0, 12)] + [b'hello world', bytes(range(256)), b'\0\0\0\0    ']
for d in data:
    e64 = base64.b64encode(d)
    e32 = base64.b32encode(d)
    e32h = base64.b32hexencode(d)
    e16 = base64.b16encode(d)
    e85 = base64.b85encode(d)
    a85 = base64.a85encode(d)
    print(len(d), e64[:40], e32[:40], e32h[:24], e16[:24], e85[:30], a85[:30])
    assert base64.b64decode(e64) == d
    assert base64.b32decode(e32) == d
    assert base64.b32hexdecode(e32h) == d
    assert base64.b16decode(e16) == d
    assert base64.b85decode(e85) == d
    assert base64.a85decode(a85) == d
    assert binascii.a2b_base64(binascii.b2a_base64(d)) == d
    assert binascii.unhexlify(binascii.hexlify(d)) == d
    print(binascii.crc32(d), binascii.crc_hqx(d, 0), binascii.crc_hqx(d, 0xFFFF))
    if len(d) <= 45:
        u = binascii.b2a_uu(d)
        print(u[:30], binascii.a2b_uu(u) == d, binascii.b2a_uu(d, backtick=True)[:20])

t(lambda: binascii.hexlify(b'\x01\xab\xff', '-'))
t(lambda: binascii.hexlify(b'\x01\xab\xff\x00\x11', ':', 2))
t(lambda: binascii.hexlify(b'\x01\xab\xff\x00\x11', b':', -2))
t(lambda: binascii.b2a_hex(b'\x01\xab\xff\x00\x11\x22\x33', ' ', 3))
t(lambda: binascii.hexlify(bytearray(b'ab'), '::'))
t(lambda: binascii.hexlify('ab'))
t(lambda: binascii.unhexlify('abc'))
t(lambda: binascii.unhexlify('zz'))
t(lambda: binascii.unhexlify('ABcd'))
t(lambda: binascii.a2b_hex(bytearray(b'0aFF')))
t(lambda: binascii.unhexlify('é'))
t(lambda: binascii.unhexlify(5))
for s in [b'YWJj', b'YWJ', b'Y', b'YWJjZ', b'YW=Jj', b'YW!Jj', b'YQ==YQ==', b'YQ=', b'YQ', b'=YQ==', b'Y Q = =', 'YWJj', b'YQ===', b'']:
    t(lambda: binascii.a2b_base64(s))
    t(lambda: binascii.a2b_base64(s, strict_mode=True))
t(lambda: binascii.b2a_base64(b'abcd'))
t(lambda: binascii.b2a_base64(b'abcd', newline=False))
t(lambda: binascii.b2a_base64('abcd'))
t(lambda: binascii.crc32(b'hello'))
t(lambda: binascii.crc32(b'hello', 12345))
t(lambda: binascii.crc32(b'world', binascii.crc32(b'hello ')) == binascii.crc32(b'hello world'))
t(lambda: binascii.crc32(b'x', -1))
t(lambda: binascii.crc_hqx(b'hello', 0x1234))
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(issubclass(binascii.Error, ValueError))

t(lambda: base64.b64encode(b'\xfb\xff', b'-_'))
t(lambda: base64.b64decode(b'-_8=', b'-_'))
t(lambda: base64.b64decode('YWJj'))
t(lambda: base64.b64decode('YW!Jj'))
t(lambda: base64.b64decode('YW!Jj', validate=True))
t(lambda: base64.b64decode('YQ==YQ', validate=True))
t(lambda: base64.b64decode('YWJ'))
t(lambda: base64.b64decode('é'))
t(lambda: base64.b64decode(5))
t(lambda: base64.b64encode('x'))
t(lambda: base64.urlsafe_b64encode(b'\xfb\xff\xfe'))
t(lambda: base64.urlsafe_b64decode('-_8='))
t(lambda: base64.standard_b64encode(b'abc'))
t(lambda: base64.standard_b64decode(b'YWJj'))
t(lambda: base64.b32decode(b'NBSWY3DPEB3W64TMMQ======'))
t(lambda: base64.b32decode(b'nbswy3dp', casefold=True))
t(lambda: base64.b32decode(b'nbswy3dp'))
t(lambda: base64.b32decode(b'NBSWY3D'))
t(lambda: base64.b32decode(b'NBSWY3D1'))
t(lambda: base64.b32decode(b'MLO23456', map01=b'L'))
t(lambda: base64.b32decode(b'ME======'))
t(lambda: base64.b32decode(b'MFRA===='))
t(lambda: base64.b32decode(b'MFRGG==='))
t(lambda: base64.b32decode(b'MFRGGZA='))
t(lambda: base64.b32decode(b'MFRGGZDF'))
t(lambda: base64.b32decode(b'MFRGGZ=='))
t(lambda: base64.b32decode(b'========'))
t(lambda: base64.b32hexdecode(b'd1imor3f', casefold=True))
t(lambda: base64.b16decode(b'abcd'))
t(lambda: base64.b16decode(b'abcd', True))
t(lambda: base64.b16decode(b'ABC'))
t(lambda: base64.b16decode('0A1B'))
t(lambda: base64.a85encode(b'hello world'))
t(lambda: base64.a85encode(b'\0\0\0\0    ', foldspaces=True, wrapcol=4, adobe=True, pad=True))
t(lambda: base64.a85encode(b'hello world, how are you?', wrapcol=10))
t(lambda: base64.a85encode(b'hello world, how are you?', wrapcol=1, adobe=True))
t(lambda: base64.a85encode(b'\0'))
t(lambda: base64.a85decode(b'BOu!rD]j7BEbo7'))
t(lambda: base64.a85decode(b'<~z+<VdL~>', adobe=True))
t(lambda: base64.a85decode(b'zy', foldspaces=True))
t(lambda: base64.a85decode(b'BOu!rD]j7BEbo7x'))
t(lambda: base64.a85decode(b'Bz'))
t(lambda: base64.a85decode(b'abc', adobe=True))
t(lambda: base64.a85decode(b'BO u!r\nD'))
t(lambda: base64.a85decode(b'uuuuu'))
t(lambda: base64.b85encode(b'hello world'))
t(lambda: base64.b85encode(b'hello', pad=True))
t(lambda: base64.b85decode(b'Xk~0{Zy<MXa%^M'))
t(lambda: base64.b85decode(b'Xk~0{Zy<MXa%^M\x00'))
t(lambda: base64.b85decode(b'~~~~~'))
t(lambda: base64.encodebytes(b'x' * 100))
t(lambda: base64.encodebytes(b''))
t(lambda: base64.decodebytes(b'eHh4\n'))
t(lambda: base64.encodebytes('x'))
t(lambda: base64.decodebytes('x'))
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types)
