# timedelta: normalisation, float rounding, arithmetic, reprs, errors
from datetime import timedelta
import pickle, copy


def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


for td in [timedelta(), timedelta(1), timedelta(days=1, seconds=3600),
           timedelta(hours=-1), timedelta(microseconds=-1), timedelta(weeks=2, days=-3),
           timedelta(minutes=90, milliseconds=1500), timedelta(days=-1, seconds=86399),
           timedelta(hours=25, microseconds=7), timedelta(seconds=-86400 * 3 - 5)]:
    print(repr(td), "|", str(td), "|", td.days, td.seconds, td.microseconds,
          td.total_seconds(), bool(td))

# float arguments and CPython's round-half-even
for kw in [dict(seconds=0.5, microseconds=0.5), dict(microseconds=1.5),
           dict(microseconds=2.5), dict(microseconds=-0.5), dict(microseconds=-1.5),
           dict(days=0.1), dict(hours=1.0 / 3), dict(minutes=-0.001),
           dict(milliseconds=0.0005), dict(weeks=1e-7), dict(days=1.5, hours=0.25),
           dict(seconds=1e-6, microseconds=0.4), dict(days=-0.0000001)]:
    print(kw, repr(timedelta(**kw)))

t(lambda: timedelta("1"))
t(lambda: timedelta(days=1000000000))
t(lambda: timedelta(days=1e10))
t(lambda: timedelta(seconds=float("nan")))
t(lambda: timedelta(seconds=float("inf")))
t(lambda: timedelta.max + timedelta(1))
t(lambda: -timedelta.max)
t(lambda: -timedelta.min)
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))

a = timedelta(days=2, hours=3, microseconds=5)
b = timedelta(hours=7, seconds=11)
print(repr(a + b), repr(a - b), repr(b - a), repr(-a), repr(+a), repr(abs(-a)))
print(repr(a * 3), repr(3 * a), repr(a * -1), repr(a * 0.5), repr(0.1 * a), repr(a * 1e-9))
print(repr(a / 2), repr(a / 3), repr(a / 7), repr(a / -3), repr(a / 0.3), repr(a / 1e9))
print(a / b, a // b, repr(a % b), divmod(a, b), repr(a // 5), repr(a // -5))
print(repr(timedelta(microseconds=5) / 2), repr(timedelta(microseconds=7) / 2),
      repr(timedelta(microseconds=-5) / 2), repr(timedelta(microseconds=3) * 0.5),
      repr(timedelta(microseconds=1) * 2.5))
t(lambda: a / 0)
t(lambda: a // 0)
t(lambda: a % timedelta(0))
t(lambda: a / timedelta(0))
t(lambda: a // timedelta(0))
t(lambda: a / 0.0)
t(lambda: a * float("nan"))
t(lambda: a * float("inf"))
print(a == b, a != b, a < b, a > b, a <= a, a >= b, a == 5, a != "x")
print(sorted([a, b, -a, timedelta(0)]))
print(max(a, b), min(a, b))
print(hash(timedelta(1, 2, 3)) == hash((1, 2, 3)), hash(a) == hash(timedelta(seconds=a.total_seconds())))
print({a: 1, timedelta(days=2, hours=3, microseconds=5): 2})
print(repr(a.__reduce__()), pickle.loads(pickle.dumps(a)) == a, copy.copy(a) == a, copy.deepcopy(a) == a)
print(timedelta(days=1) * 2 == timedelta(2), timedelta(hours=24) == timedelta(1))
print(f"{timedelta(hours=5)}", "%s" % timedelta(0, 1, 1), format(timedelta(3), ""))


class TD(timedelta):
    pass


x = TD(hours=1)
print(type(x).__name__, repr(x), type(x + x).__name__, type(-x).__name__, type(x * 2).__name__)
print(timedelta.__module__, timedelta.__name__)
print(timedelta(1.5).total_seconds(), timedelta(microseconds=1).total_seconds(),
      timedelta(days=-1, microseconds=1).total_seconds())
