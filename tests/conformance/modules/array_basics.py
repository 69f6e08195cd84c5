# array: construction, repr, sequence operations, conversions, pickling
import array
from array import array as A
import copy
import io
import pickle

print(array.typecodes, array.ArrayType is A)
for tc in array.typecodes:
    print(tc, A(tc).itemsize, repr(A(tc)), A(tc).typecode)

print(A('i', [1, 2, 3]))
print(A('u', 'abc'), A('u', 'abc').tounicode())
print(A('d', [1, 2.5, -0.0]))
print(A('f', [0.1, 3.14159, 1 / 3, 1e300, -1e300, 1e-50]))
print(A('b', b'\xff\x01'), A('B', bytearray(b'\xff\x01')))
print(A('i', b'abcd'), A('h', range(5)), A('q', (x * x for x in range(4))))
print(A('d', A('i', [1, 2])), A('i', A('i', [7])))
print(A('b', [True, False]))

a = A('i', range(10))
print(len(a), a[0], a[-1], a[2:5], a[::2], a[::-3], a[100:])
a[0] = 42
a[-1] = -1
print(a)
a[1:3] = A('i', [7, 7, 7, 7])
print(a)
a[::2] = A('i', [0] * len(a[::2]))
print(a)
del a[::3]
print(a)
del a[0]
print(a, 7 in a, 99 in a, a.count(0), a.index(0), a.index(0, 3))
a.append(5)
a.extend([1, 2])
a.extend(A('i', [3]))
a.insert(0, 100)
a.insert(-100, 200)
a.insert(100, 300)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(0)
a.reverse()
print(a, a.tolist())
a.fromlist([8, 9])
print(a, list(a), [x * 2 for x in a])
print(a + A('i', [1]), A('i', [1, 2]) * 3, 2 * A('i', [5]), A('i', [1]) * -1)
b = A('i', [1, 2])
b += A('i', [3])
b *= 2
print(b)
b *= 0
print(b)

print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) != A('d', [1.0, 2.0]))
print(A('i', [1, 2]) < A('i', [1, 3]), A('i', [1]) < A('i', [1, 2]),
      A('b', [3]) >= A('B', [3]), A('i', [2]) > A('d', [1.5]), A('i') <= A('i'))
print(A('i', [1]) == [1])
nan = float('nan')
print(A('d', [nan]) == A('d', [nan]), nan in A('d', [nan]), A('d', [nan]).count(nan))
c = A('d', [nan])
print(c == c[:], c != c[:])

print(A('h', [1, 2, -3]).tobytes(), A('u', 'ab').tobytes(), A('f', [1.5]).tobytes())
print(A('d', [1.5, -2.0]).tobytes(), A('Q', [2 ** 64 - 1]).tobytes())
print(A('q', [-2]).tobytes(), A('b', [-1, 5]).tobytes(), A('L', [1]).tobytes())
for tc in 'bBhHiIlLqQfdu':
    src = A(tc, 'xyz') if tc == 'u' else A(tc, [1, 2, 100])
    raw = src.tobytes()
    back = A(tc)
    back.frombytes(raw)
    print(tc, raw.hex(), back == src)
s = A('i', [1, 2])
s.byteswap()
print(s)
s.byteswap()
print(s)
d = A('d', [1.5])
d.byteswap()
print(d.tobytes())
u = A('u', 'hi')
u.fromunicode('!?')
print(u, u.tounicode())

f = io.BytesIO()
A('i', [1, 2, 3]).tofile(f)
print(f.getvalue())
f.seek(0)
g = A('i')
g.fromfile(f, 2)
print(g)
try:
    g.fromfile(f, 5)
except EOFError as e:
    print('EOFError', e)
print(g)

x = A('i', [1, 2, 3])
y = copy.copy(x)
z = copy.deepcopy(x)
y[0] = 9
print(x, y, z)
for proto in range(0, 6):
    for tc, init in (('i', [1, -2]), ('u', 'ab'), ('d', [1.5]), ('B', [255])):
        p = pickle.loads(pickle.dumps(A(tc, init), proto))
        print(proto, p, type(p).__name__)
print(pickle.dumps(A('f', [1.5]), 2))
print(pickle.dumps(A('i', [1, 2]), 4))
r = A('b', [1]).__reduce_ex__(2)
print(r[1:], A('b', [1]).__reduce_ex__(3)[1:])
print(array._array_reconstructor(A, 'i', 9, b'\x00\x00\x00\x01'))
print(array._array_reconstructor(A, 'd', 17, b'?\xf0\x00\x00\x00\x00\x00\x00'))


class Sub(A):
    pass


s = Sub('i', [1, 2])
s.tag = 'hello'
print(s, type(s[0:1]).__name__, type(s + s).__name__, type(copy.copy(s)).__name__)
t = pickle.loads(pickle.dumps(s))
print(t, type(t).__name__, t.tag)
print(A('i', [1]).buffer_info()[1], A('u', 'abc').buffer_info()[1])
print(A('i', [1, 2]).__sizeof__() > 0, bool(A('i')), bool(A('i', [0])))
it = iter(A('i', [4, 5]))
print(next(it), next(it), list(it))
print(sorted(A('i', [3, 1, 2])), sum(A('d', [0.5, 0.25])), max(A('b', [1, -5])))
