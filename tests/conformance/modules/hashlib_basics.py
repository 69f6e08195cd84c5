# hashlib (md5, sha1, sha2), hmac, secrets: digests equal CPython's
import hashlib
import hmac
import io
import secrets


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']
msgs = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 111,
        b'a' * 112, b'a' * 127, b'a' * 128, b'a' * 129, bytes(range(256)) * 5,
        b'The quick brown fox jumps over the lazy dog']
for n in names:
    ctor = getattr(hashlib, n)
    for m in msgs:
        print(n, len(m), ctor(m).hexdigest())
    h = hashlib.new(n)
    for m in msgs:
        h.update(m)
    c = h.copy()
    c.update(b'x')
    print(n, h.hexdigest(), c.hexdigest(), h.digest_size, h.block_size, h.name)
    print(h.digest()[:8], type(h).__name__, repr(h).split(' @ ')[0])
    assert h.hexdigest() == h.digest().hex()
    print(n in hashlib.algorithms_guaranteed, n in hashlib.algorithms_available)

print(hashlib.md5(bytearray(b'abc')).hexdigest(), hashlib.sha1(memoryview(b'abc')).hexdigest())
print(hashlib.md5(b'x', usedforsecurity=False).hexdigest())
print(hashlib.sha256(string=b'x').hexdigest())
print(hashlib.new('SHA256', b'x').name, hashlib.new('md5', data=b'q').hexdigest())
t(lambda: hashlib.md5('x'))
t(lambda: hashlib.md5(5))
t(lambda: hashlib.sha1().update('x'))
t(lambda: hashlib.new('foo'))
t(lambda: hashlib.new(5))
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 2, 40).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password' * 20, b'salt', 3, 50).hex())
print(hashlib.pbkdf2_hmac('sha512', bytearray(b'pw'), b'NaCl', 5).hex())
t(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 0))
t(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1, 0))
t(lambda: hashlib.pbkdf2_hmac('sha256', 'pw', b'salt', 1))
print(hashlib.file_digest(io.BytesIO(b'abc' * 1000), 'sha1').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())

# RFC 4231 / RFC 2202 test vectors
print(hmac.new(b'\x0b' * 20, b'Hi There', 'sha256').hexdigest())
print(hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha512).hexdigest())
print(hmac.new(b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First', 'sha384').hexdigest())
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', 'md5').hexdigest())
h = hmac.new(b'key', digestmod='sha1')
h.update(b'The quick brown fox ')
c = h.copy()
h.update(b'jumps over the lazy dog')
print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size, c.name)
print(hmac.digest(b'key', b'msg', 'sha224').hex(), hmac.digest(bytearray(b'k' * 100), b'msg', hashlib.md5).hex())
print(hmac.new(b'k', digestmod='sha256').digest() == hmac.digest(b'k', b'', 'sha256'))
t(lambda: hmac.new(b'k'))
t(lambda: hmac.new('k', digestmod='md5'))
for a, b in [(b'ab', b'ab'), (b'ab', b'ac'), (b'ab', b'abc'), ('ab', 'ab'), ('ab', 'ba'),
             (b'ab', bytearray(b'ab')), ('a', b'a'), ('é', 'é'), (1, 1)]:
    t(lambda: hmac.compare_digest(a, b))
t(lambda: secrets.compare_digest(b'x', b'x'))
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(5)),
      len(secrets.token_urlsafe(9)), 0 <= secrets.randbelow(10) < 10, secrets.choice('a'),
      secrets.randbits(3) < 8, secrets.DEFAULT_ENTROPY)
t(lambda: secrets.randbelow(0))
t(lambda: secrets.choice([]))
