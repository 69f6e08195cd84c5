# uuid: UUID construction, properties, name-based/random/time-based UUIDs
import copy
import pickle
import uuid
from uuid import UUID


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


u = UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low)
print(u.time, u.clock_seq, u.node, u.variant, u.version, u.is_safe)
for s in ['12345678123456781234567812345678', 'urn:uuid:12345678-1234-5678-1234-567812345678',
          '12345678-1234-5678-1234-56781234567', 'zz345678123456781234567812345678']:
    t(lambda: UUID(s))
print(UUID(bytes=b'\x12\x34\x56\x78' * 4) == UUID(int=0x12345678123456781234567812345678))
print(UUID(bytes_le=u.bytes_le) == u, UUID(fields=u.fields) == u, UUID(int=u.int) == u)
print(UUID(int=0), UUID(int=(1 << 128) - 1).variant, UUID(int=0).version)
print(UUID(int=1 << 127).variant, UUID(int=3 << 126).variant, UUID(int=7 << 125).variant)
for v in range(1, 6):
    w = UUID(int=0, version=v)
    print(v, w, w.version, w.variant)
t(lambda: UUID())
t(lambda: UUID('00000000000000000000000000000000', int=0))
t(lambda: UUID(int=-1))
t(lambda: UUID(int=1 << 128))
t(lambda: UUID(bytes=b'x'))
t(lambda: UUID(bytes_le=b'x'))
t(lambda: UUID(fields=(1, 2)))
t(lambda: UUID(fields=(1 << 32, 0, 0, 0, 0, 0)))
t(lambda: UUID(fields=(0, 1 << 16, 0, 0, 0, 0)))
t(lambda: UUID(fields=(0, 0, 0, 256, 0, 0)))
t(lambda: UUID(fields=(0, 0, 0, 0, 0, 1 << 48)))
t(lambda: UUID(int=0, version=6))


def setit():
    u.int = 5
t(setit)

a, b = UUID(int=1), UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == UUID(int=1), a != b, a == 1, hash(a) == hash(1))
print(sorted([b, a]), int(b), {a: 'x'}[UUID(int=1)])
print(copy.copy(u) == u, copy.deepcopy(u) == u, pickle.loads(pickle.dumps(u)) == u)
print(u.__getstate__(), UUID(int=5, is_safe=uuid.SafeUUID.safe).__getstate__())
p = pickle.loads(pickle.dumps(UUID(int=5, is_safe=uuid.SafeUUID.unsafe)))
print(p, p.is_safe)

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'http://example.com/'))
t(lambda: uuid.uuid3(uuid.NAMESPACE_URL, b'x'))
print(uuid.uuid5(uuid.NAMESPACE_OID, '1.3.6.1'), uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x'))
r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), r != uuid.uuid4())
t1 = uuid.uuid1()
t2 = uuid.uuid1()
print(t1.version, t1.variant, t1 != t2, t2.time >= t1.time)
t3 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t3.node == 0x123456789abc, t3.clock_seq, t3.version)
print(0 <= uuid.getnode() < 1 << 48, uuid.getnode() == uuid.getnode())
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
print(list(uuid.SafeUUID), uuid.SafeUUID.safe.value)
