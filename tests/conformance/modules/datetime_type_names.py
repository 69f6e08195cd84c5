# operator TypeErrors name the C types ('datetime.date'); comparisons with other types
from datetime import date, datetime, time, timedelta, timezone


def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


d = date(2024, 1, 2)
dt = datetime(2024, 1, 2, 3)
td = timedelta(1)
t(lambda: d + 1)
t(lambda: 1 + d)
t(lambda: d - 1)
t(lambda: d < 5)
t(lambda: 5 > d)
t(lambda: dt - d)
t(lambda: dt + dt)
t(lambda: td < 1)
t(lambda: td + 1)
t(lambda: td * "x")
t(lambda: td // 1.5)
t(lambda: td % 2)
t(lambda: time(1) < 1)
t(lambda: time(1) + td)
t(lambda: timezone.utc < timezone.utc)
t(lambda: d * 2)
