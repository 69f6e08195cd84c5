# tzinfo subclasses, timezone, aware arithmetic/comparison, astimezone, timestamps
from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC
import pickle, copy


def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


H = timedelta(hours=1)
for tz in [timezone.utc, UTC, timezone(timedelta(0)), timezone(timedelta(0), "Z0"),
           timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=8), "PST"),
           timezone(timedelta(seconds=-1)), timezone(timedelta(hours=1, microseconds=5)),
           timezone(timedelta(minutes=-90, seconds=-15)), timezone.min, timezone.max]:
    print(repr(tz), "|", str(tz), "|", tz.tzname(None), tz.utcoffset(None), tz.dst(None),
          tz.__getinitargs__(), tz == timezone(tz.utcoffset(None)), hash(tz) == hash(tz.utcoffset(None)))
print(timezone.utc is UTC, timezone(timedelta(0)) is UTC, timezone(timedelta(0), "UTC") is UTC)
t(lambda: timezone(timedelta(hours=24)))
t(lambda: timezone(-timedelta(hours=24)))
t(lambda: timezone(5))
t(lambda: timezone(H, 5))
t(lambda: timezone(H, None))
t(lambda: timezone.utc.utcoffset(5))
t(lambda: timezone.utc.tzname(date(2020, 1, 1)))
t(lambda: timezone.utc.dst("x"))
t(lambda: timezone.utc.fromutc(datetime(2020, 1, 1)))
t(lambda: timezone.utc.fromutc(5))
tzh = timezone(H)
print(tzh.fromutc(datetime(2020, 1, 1, 23, tzinfo=tzh)))
print(timezone.utc.__reduce__(), pickle.loads(pickle.dumps(timezone(H, "x"))) == timezone(H),
      repr(copy.deepcopy(timezone(-H, "y"))), timezone(H) == 5, timezone(H) != timezone(2 * H))
try:
    class Sub(timezone):
        pass
except TypeError as e:
    print("TypeError:", e)


class Fixed(tzinfo):
    def __init__(self, minutes=0, name="?"):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return "Fixed(%s)" % self.name


def first_sunday_on_or_after(d):
    return d + timedelta(days=(6 - d.weekday()) % 7)


class Eastern(tzinfo):
    """US Eastern time with the 2007+ DST rules."""

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return timedelta(0)
        start = first_sunday_on_or_after(datetime(dt.year, 3, 8, 2))
        end = first_sunday_on_or_after(datetime(dt.year, 11, 1, 1))
        naive = dt.replace(tzinfo=None)
        if start + H <= naive < end - H:
            return H
        if end - H <= naive < end:
            return timedelta(0) if dt.fold else H
        if start <= naive < start + H:
            return H if dt.fold else timedelta(0)
        return timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "Eastern()"


ET = Eastern()
ist = Fixed(330, "IST")
d = datetime(2024, 7, 4, 12, 0, tzinfo=ET)
print(repr(d), d, d.utcoffset(), d.dst(), d.tzname(), d.timetuple().tm_isdst, d.utctimetuple())
print(d.astimezone(timezone.utc), d.astimezone(ist), d.astimezone(timezone(-H * 3)), repr(d.astimezone(ET)))
print(d.timestamp(), datetime.fromtimestamp(d.timestamp(), ET), datetime.fromtimestamp(d.timestamp(), ist))
w = datetime(2024, 1, 15, 12, tzinfo=ET)
print(w.tzname(), w.utcoffset(), w.astimezone(UTC), w - d, d - w, w.timetuple().tm_isdst)
# the fold at the end of DST: 1:30 happens twice
for h in range(4, 8):
    u = datetime(2024, 11, 3, h, 30, tzinfo=UTC)
    loc = u.astimezone(ET)
    print(u, "->", loc, loc.fold, loc.tzname(), loc.astimezone(UTC) == u)
amb0 = datetime(2024, 11, 3, 1, 30, tzinfo=ET)
amb1 = amb0.replace(fold=1)
print(amb0.utcoffset(), amb1.utcoffset(), amb0 == amb1, amb0.astimezone(UTC), amb1.astimezone(UTC),
      amb0 == amb0.astimezone(UTC), amb1 == amb1.astimezone(UTC), amb0.timestamp(), amb1.timestamp())
print(datetime(2024, 3, 10, 2, 30, tzinfo=ET).utcoffset(), datetime(2024, 3, 10, 2, 30, fold=1, tzinfo=ET).utcoffset())

# mixed aware comparisons and subtraction
a = datetime(2024, 1, 1, 12, tzinfo=ist)
b = datetime(2024, 1, 1, 6, 30, tzinfo=UTC)
print(a == b, a - b, b - a, a < b + timedelta(microseconds=1), hash(a) == hash(b), len({a, b}))
print(a.astimezone(UTC), b.astimezone(ist), a.timestamp() == b.timestamp())
n = datetime(2024, 1, 1, 12)
t(lambda: a - n)
t(lambda: n - a)
t(lambda: a < n)
t(lambda: n >= a)
print(a == n, n != a)
print(a.replace(tzinfo=None), a.replace(tzinfo=UTC) - a, a.utcoffset(), a.dst(), a.tzname())


# broken tzinfo implementations
class Bad(tzinfo):
    def __init__(self, off):
        self.off = off

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return self.off

    def tzname(self, dt):
        return self.off


for off in [timedelta(hours=24), timedelta(hours=-24), 5, "x", timedelta(hours=23, minutes=59)]:
    bd = datetime(2020, 1, 1, tzinfo=Bad(off))
    t(lambda: bd.utcoffset())
    t(lambda: bd.dst())
    t(lambda: bd.tzname())
    t(lambda: bd.isoformat())
t(lambda: tzinfo().utcoffset(None))
t(lambda: tzinfo().dst(None))
t(lambda: tzinfo().tzname(None))
t(lambda: datetime(2020, 1, 1, tzinfo=tzinfo()).utcoffset())
print(repr(tzinfo()), tzinfo().__reduce__(), datetime(2020, 1, 1, tzinfo=Bad(None)).utcoffset())


class NoDst(tzinfo):
    def utcoffset(self, dt):
        return H

    def dst(self, dt):
        return None


t(lambda: NoDst().fromutc(datetime(2020, 1, 1, tzinfo=NoDst())))
nd = NoDst()
t(lambda: nd.fromutc(datetime(2020, 1, 1)))
t(lambda: nd.fromutc(date(2020, 1, 1)))
print(repr(Fixed(60, "A").__reduce__()[0]), Fixed(60, "A").__reduce__()[1:])
p = pickle.loads(pickle.dumps(datetime(2020, 1, 1, tzinfo=Fixed(-120, "M2"))))
print(repr(p), p.utcoffset())

# timezone-aware time objects
tt = time(10, 30, tzinfo=ist)
print(repr(tt), tt, tt.utcoffset(), tt.tzname(), tt.dst(), tt.isoformat("hours"),
      tt.strftime("%H:%M %z %Z"), time(1, tzinfo=timezone(timedelta(seconds=3661, microseconds=1))).isoformat())

# fromtimestamp / utcfromtimestamp / timestamp (the CI machine runs in UTC; only
# aware results and UTC conversions are printed)
for ts in [0, 1, -1, 1.5, -1.5, 1e9, 1700000000.123456, 0.0000005, 0.0000015, -0.0000005,
           1234567890.9999996, 2 ** 33, -2 ** 35]:
    print(ts, datetime.fromtimestamp(ts, UTC), datetime.utcfromtimestamp(ts),
          datetime.fromtimestamp(ts, ist))
t(lambda: datetime.utcfromtimestamp(float("nan")))
t(lambda: datetime.utcfromtimestamp(1e20))
t(lambda: datetime.utcfromtimestamp(-1e12))
t(lambda: datetime.utcfromtimestamp(1e12))
t(lambda: datetime.fromtimestamp(0, 5))
t(lambda: datetime.fromtimestamp("0"))
print(datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=UTC).timestamp(), datetime(1, 1, 1, tzinfo=UTC).timestamp(),
      datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC).timestamp())
print(datetime.now(UTC).tzinfo, datetime.now(ist).tzinfo, type(datetime.now()).__name__,
      datetime.utcnow().tzinfo, abs(datetime.now(UTC) - datetime.utcnow().replace(tzinfo=UTC)) < timedelta(seconds=5))
