# date: construction errors, ordinals, ISO formats and calendars, arithmetic
from datetime import date, timedelta, MINYEAR, MAXYEAR
import pickle, copy


def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


print(MINYEAR, MAXYEAR, repr(date.min), repr(date.max), repr(date.resolution))
d = date(2024, 1, 2)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d.isoformat(), d.ctime(), d.timetuple())
ic = d.isocalendar()
print(ic, ic.year, ic.week, ic.weekday, tuple(ic), ic[0], ic == (2024, 1, 2), ic.__reduce__())
for args in [(0, 1, 1), (10000, 1, 1), (2024, 0, 1), (2024, 13, 1), (2024, 2, 30),
             (2023, 2, 29), (2024, 4, 31), (2024, 1, 0), (-5, 1, 1), (2024, 1, 1.0),
             ("2024", 1, 1), (2024, 2, 29), (True, 1, 1)]:
    t(lambda: date(*args))
t(lambda: date(2020))
t(lambda: date(2020, 1))
t(lambda: date(year=2020, month=3, day=4))

for n in [1, 2, 365, 366, 730119, 730120, 738000, 3652059]:
    x = date.fromordinal(n)
    print(n, x, x.toordinal() == n, x.weekday())
t(lambda: date.fromordinal(0))
t(lambda: date.fromordinal(3652060))

for s in ["2020-01-01", "20200101", "2020-W01", "2020W01", "2020-W01-1", "2020W011",
          "2020-W53-7", "2021-W53-1", "2020-W00-1", "2020-W01-0", "2020-W01-8",
          "2020-13-01", "2020-02-30", "0000-01-01", "2020-1-01", "2020/01/01",
          "2020-01-01T00", "2020-0101", "202001-01", "", "2020", "２０２０-01-01",
          "2020W011xx", "2004-W53-6", "2009W537", "1-01-01"]:
    t(lambda: date.fromisoformat(s))
t(lambda: date.fromisoformat(20200101))

for y, w, wd in [(2020, 1, 1), (2020, 53, 7), (2021, 53, 1), (2021, 52, 7), (2021, 5, 8),
                 (2021, 0, 1), (0, 5, 1), (10000, 1, 1), (2019, 1, 1), (1, 1, 1),
                 (9999, 52, 5)]:
    t(lambda: date.fromisocalendar(y, w, wd))

# ISO calendar round trips over several years
bad = 0
for o in range(date(1999, 12, 20).toordinal(), date(2011, 1, 10).toordinal(), 3):
    x = date.fromordinal(o)
    if date.fromisocalendar(*x.isocalendar()) != x:
        bad += 1
print("isocalendar round trip failures:", bad)
print([date(y, 12, 31).isocalendar() for y in (2000, 2001, 2004, 2008, 2009, 2015, 2020, 2026)])
print([date(y, 1, 1).isocalendar() for y in (2000, 2005, 2010, 2016, 2021, 2027)])

a = date(2024, 2, 28)
print(a + timedelta(1), a + timedelta(2), timedelta(366) + a, a - timedelta(59),
      a + timedelta(hours=47), a - timedelta(hours=1), a - date(2023, 2, 28), date(2000, 1, 1) - a)
t(lambda: date.max + timedelta(1))
t(lambda: date.min - timedelta(1))
t(lambda: date.min + timedelta(-1))
print(date.max - date.min)
print(a == date(2024, 2, 28), a != a, a < date(2024, 3, 1), a > date(2024, 3, 1), a <= a, a >= a,
      a == 5, a != "a")
print(sorted([date(2020, 5, 1), date(2019, 12, 31), date(2020, 1, 15)]))
print(hash(a) == hash(date(2024, 2, 28)), len({a, date(2024, 2, 28), date(2024, 2, 29)}))
print(a.replace(day=1), a.replace(2000), a.replace(month=3, day=31))
t(lambda: a.replace(month=2, day=30))
t(lambda: a.replace(year=0))
print(repr(a.__reduce__()), pickle.loads(pickle.dumps(a)) == a, copy.copy(a) == a,
      copy.deepcopy(a), date(b"\x07\xe8\x02\x1c"))
print(format(a, ""), format(a, "%d/%m/%Y"), f"{a:%A %d %B %Y}", f"{a}", "{:%j}".format(a))
t(lambda: a.__format__(5))
t(lambda: a.strftime(5))
print(date(1, 1, 1).ctime(), date(9999, 12, 31).ctime(), date(999, 3, 5).isoformat())


class D(date):
    def __new__(cls, y, m, d, extra="x"):
        self = super().__new__(cls, y, m, d)
        self.extra = extra
        return self


dd = D(2020, 1, 31)
print(repr(dd), type(dd + timedelta(1)).__name__, (dd + timedelta(1)).extra,
      type(D.fromordinal(5)).__name__, type(D.fromisoformat("2020-02-02")).__name__,
      type(dd.replace(day=2)).__name__, dd == date(2020, 1, 31))
print(date.__module__, date.__name__, type(date.today()).__name__, isinstance(date.today(), date))
print(date.fromtimestamp(0), date.fromtimestamp(86400 * 365.5), date.fromtimestamp(1700000000))
t(lambda: date.fromtimestamp(float("nan")))
t(lambda: date.fromtimestamp(1e20))
