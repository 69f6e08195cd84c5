# array: CPython's error messages
from array import array as A


def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for tc in 'bBhHiIlLqQ':
    n = A(tc).itemsize * 8
    for v in (2 ** 70, -2 ** 70, 2 ** n, -2 ** n, 2 ** (n - 1), -2 ** (n - 1) - 1, -1, 1.0, 'a', None):
        t(lambda: A(tc, [v]))
    a = A(tc, [0])

    def f():
        a[0] = 2 ** n
    t(f)
    t(lambda: a.append(1.5))
for tc in 'fd':
    for v in ('a', None, 2 ** 2000, 1, True):
        t(lambda: A(tc, [v]))
for v in (1, 'ab', '', b'a'):
    t(lambda: A('u', [v]))
t(lambda: A('i', 'ab'))
t(lambda: A('x'))
t(lambda: A('ii'))
t(lambda: A(3))
t(lambda: A())
t(lambda: A('i', [], 5))
t(lambda: A('i', None))
t(lambda: A('i', 5))
t(lambda: A('i', typecode='i'))
t(lambda: A('i', b'abc'))
t(lambda: A('i', A('u', 'xy')))
t(lambda: A('i', A('d', [1.5])))
a = A('i', [1, 2, 3])
t(lambda: a[5])
t(lambda: a[-4])
t(lambda: a['a'])
t(lambda: a[1.0])


def f():
    a[1:2] = [5]
t(f)


def f():
    a[1:2] = A('d', [5])
t(f)


def f():
    a[::2] = A('i', [1, 2, 3])
t(f)


def f():
    a[5] = 1
t(f)


def f():
    a['x'] = 1
t(f)


def f():
    del a[7]
t(f)
t(lambda: a.pop(7))
t(lambda: A('i').pop())
t(lambda: a.remove(9))
t(lambda: a.index(9))
t(lambda: a.index(1, 1))
t(lambda: a + [1])
t(lambda: a + A('d'))
t(lambda: a * 'x')
t(lambda: a * 1.5)


def f():
    b = A('i')
    b += [1]
t(f)


def f():
    b = A('i')
    b += A('h')
t(f)
t(lambda: a.extend(A('d')))
t(lambda: a.extend(5))
t(lambda: a.fromlist((1, 2)))
b = A('i', [1])
t(lambda: b.fromlist([2, 'x']))
print(b)
t(lambda: b.extend([2, 'x']))
print(b)
t(lambda: a.tounicode())
t(lambda: a.fromunicode('x'))
t(lambda: A('u', 'x').fromunicode(b'x'))
t(lambda: a.frombytes('abc'))
t(lambda: a.frombytes(b'abc'))
t(lambda: a == [1, 2, 3])
t(lambda: a.fromfile(None, -1))
