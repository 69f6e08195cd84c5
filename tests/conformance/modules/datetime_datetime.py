# datetime and time: construction, reprs, isoformat/fromisoformat, arithmetic, comparisons
from datetime import datetime, date, time, timedelta, timezone
import pickle, copy


def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


for dt in [datetime(2024, 1, 2), datetime(2024, 1, 2, 3, 4), datetime(2024, 1, 2, 3, 4, 5),
           datetime(2024, 1, 2, 3, 4, 5, 6), datetime(2024, 1, 2, 3, 4, 0, 6),
           datetime(2024, 1, 2, fold=1), datetime(1, 1, 1, 0, 0, 0, 1)]:
    print(repr(dt), "|", dt, "|", dt.isoformat(), dt.ctime(), dt.date(), repr(dt.time()),
          dt.timetuple()[:], dt.toordinal(), dt.weekday())
print(repr(datetime.min), repr(datetime.max), repr(datetime.resolution))
print(repr(time.min), repr(time.max), repr(time.resolution))
for args, kw in [((2024, 1, 1, 24), {}), ((2024, 1, 1, 0, 60), {}), ((2024, 1, 1, 0, 0, 60), {}),
                 ((2024, 1, 1, 0, 0, 0, 1000000), {}), ((2024, 1, 1, -1), {}),
                 ((2024, 1, 1), {"fold": 2}), ((2024, 1, 1, 0, 0, 0, 0, 5), {}),
                 ((2024, 13, 1), {}), ((2024, 1, 1, 1.5), {}), ((2024,), {}),
                 ((2024, 1, 1), {"tzinfo": timezone.utc}),
                 ((), {"year": 2020, "month": 5, "day": 6, "hour": 7})]:
    t(lambda: datetime(*args, **kw))
for args, kw in [((24,), {}), ((0, 60), {}), ((0, 0, 60), {}), ((0, 0, 0, -1), {}),
                 ((), {"fold": -1}), ((1, 2, 3, 4, "x"), {}), ((12,), {"tzinfo": timezone.utc}),
                 ((12, 30), {"fold": 1}), ((), {})]:
    t(lambda: time(*args, **kw))

# isoformat with timespec
x = datetime(2024, 5, 6, 7, 8, 9, 123456)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, x.isoformat(timespec=spec), x.isoformat(" ", spec), x.time().isoformat(spec),
          datetime(2024, 5, 6).isoformat(timespec=spec))
t(lambda: x.isoformat(timespec="nanoseconds"))
t(lambda: x.isoformat(sep="ab"))
t(lambda: x.isoformat(sep=5))
t(lambda: x.time().isoformat(5))
print(x.isoformat("x"), x.isoformat(sep="\u00e9"), str(time(1, 2)), str(time(1, 2, 3, 40)))

for s in ["2024-01-02", "2024-01-02T03", "2024-01-02T03:04", "2024-01-02 03:04:05",
          "2024-01-02T03:04:05.6", "2024-01-02T03:04:05,123", "2024-01-02T03:04:05.1234567",
          "2024-01-02T03:04:05Z", "2024-01-02T03:04:05+05:30", "2024-01-02T03:04-0800",
          "2024-01-02T03:04:05+05", "2024-01-02T03:04:05+05:30:15.5", "2024-01-02T03:04:05-00:00",
          "20240102T030405", "20240102T030405.5Z", "2024-W01-2T10:00", "2024W012T10",
          "2024-W01T10", "2024W01T10", "2024-01-02T24:00", "2024-01-02T03:04:05.",
          "2024-01-02T03:4", "2024-01-02X03:04", "2024-01-02T03:04:05x", "2024-01-02T",
          "2024-01-02T03:04+24:00", "2024-01-02T03:04+", "2024-01-02T03:04Zx",
          "2024-01-02T03:04:05:06", "2024-01-02T0304:05", "2024-01-0203:04",
          "2024-01-02\u00e903:04", "2024-01-02 03:04:05.000001+00:00:00.000001",
          "2024-13-02T00:00", "2024-01-02T25:00", "short", "2024-W01-", "2024-01-02T03:04:05.123456789012"]:
    t(lambda: datetime.fromisoformat(s))
t(lambda: datetime.fromisoformat(None))
for s in ["10", "10:30", "1030", "10:30:15", "103015", "10:30:15.5", "103015.25", "T10:30",
          "10:30Z", "10:30+01:00", "10:30-0130", "10:30:15.123456+05:30", "10:0", "25:00",
          "10:30:15:12", "10000012", "", "T", "10:30 ", "10.5", "10:30:15.1234567"]:
    t(lambda: time.fromisoformat(s))

# round trips
for v in [datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=timezone(timedelta(hours=-3, seconds=-7))),
          datetime(1, 1, 1, tzinfo=timezone.utc), datetime(9999, 12, 31, 23, 59, 59, 999999)]:
    print(datetime.fromisoformat(v.isoformat()) == v, datetime.fromisoformat(str(v)) == v)

# arithmetic
a = datetime(2024, 2, 28, 23, 30)
print(a + timedelta(hours=1), a + timedelta(days=1, minutes=30), timedelta(days=-365) + a,
      a - timedelta(days=59, microseconds=1), a - timedelta(hours=-48))
print(repr(a - datetime(2024, 1, 1)), repr(datetime(2024, 1, 1) - a), repr(a - a))
t(lambda: datetime.max + timedelta(microseconds=1))
t(lambda: datetime.min - timedelta(microseconds=1))
print(a == datetime(2024, 2, 28, 23, 30), a != a, a < datetime(2024, 2, 29), a >= a,
      a == a.date(), a != a.date(), a == 5)
t(lambda: a < a.date())
t(lambda: a.date() < a)
t(lambda: a > a.date())
print(sorted([datetime(2020, 1, 1, 5), datetime(2020, 1, 1), datetime(2019, 12, 31, 23, 59)]))
print(hash(a) == hash(datetime(2024, 2, 28, 23, 30)), hash(a) == hash(a.replace(fold=1)),
      len({a, a.replace(fold=1), a + timedelta(0)}))
print(a.replace(year=2023, minute=0), repr(a.replace(tzinfo=timezone.utc)), a.replace(fold=1).fold)
t(lambda: a.replace(year=2023, day=29, month=2))
print(datetime.combine(date(2024, 1, 2), time(3, 4)), repr(datetime.combine(
    date(2024, 1, 2), time(3, 4, tzinfo=timezone.utc))), repr(datetime.combine(
        date(2024, 1, 2), time(3, 4, tzinfo=timezone.utc), tzinfo=None)))
t(lambda: datetime.combine(1, time()))
t(lambda: datetime.combine(date.today(), 2))

# time comparisons and hashing
print(time(1, 2) < time(1, 3), time(1) == time(1, 0, 0, 0), time(5) > time(4, 59, 59, 999999),
      time(1) == 1, hash(time(1, 2, 3)) == hash(time(1, 2, 3)), bool(time(0)),
      time(1, 2, fold=1) == time(1, 2))
print(time(12, 30, tzinfo=timezone(timedelta(hours=1))) == time(11, 30, tzinfo=timezone.utc),
      hash(time(12, 30, tzinfo=timezone(timedelta(hours=1)))) == hash(time(11, 30, tzinfo=timezone.utc)))
t(lambda: time(1) < time(1, tzinfo=timezone.utc))
print(time(1) == time(1, tzinfo=timezone.utc))
tm = time(13, 14, 15, 16)
print(tm.replace(hour=1), tm.replace(microsecond=0), repr(tm.replace(tzinfo=timezone.utc)),
      repr(tm.replace(fold=1)), tm.hour, tm.minute, tm.second, tm.microsecond, tm.tzinfo, tm.fold)
print(format(tm, ""), format(tm, "%H.%M.%S.%f %p %I"), tm.strftime("%Y-%m-%d %a %j"))

# pickling
for v in [a, a.replace(fold=1), datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=3), "X")),
          tm, time(1, 2, tzinfo=timezone.utc, fold=1)]:
    print(repr(v.__reduce__()), repr(v.__reduce_ex__(4)))
    for proto in range(0, 6):
        y = pickle.loads(pickle.dumps(v, proto))
        assert y == v and repr(y) == repr(v) or proto < 4, (proto, y, v)
    print(repr(copy.copy(v)), repr(copy.deepcopy(v)), copy.copy(v) is v)


class DT(datetime):
    pass


s = DT(2024, 1, 2, 3)
print(repr(s), type(s + timedelta(1)).__name__, type(s - timedelta(1)).__name__,
      type(DT.fromisoformat("2024-01-01")).__name__, type(DT.combine(date(2020, 1, 1), time())).__name__,
      type(DT.utcfromtimestamp(0)).__name__, repr(s - datetime(2024, 1, 1)), isinstance(s, date))
print(datetime.__module__, datetime.__name__, datetime.__mro__)
