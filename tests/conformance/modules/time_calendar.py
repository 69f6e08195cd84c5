# time: struct_time, gmtime/localtime/mktime, strftime, asctime/ctime (timezone-independent checks).
import time

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_zone, t.tm_gmtoff, len(t), type(t) is time.struct_time, t[:3])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %Z %z %% %p %I %c %x %X", t))
print(time.asctime(t))
print(time.asctime(time.gmtime(0)), time.gmtime(-1)[:6])
lt = time.localtime(1700000000)
print(time.mktime(lt) == 1700000000, isinstance(time.timezone, int), len(time.tzname))
print(time.localtime(1.9)[:6] == time.localtime(1)[:6])
st = time.struct_time((2024, 2, 29, 12, 0, 0, 3, 60, 0))
print(st, time.strftime("%d/%m/%Y", st), time.asctime(st))
print(type(time.localtime()).__name__, time.struct_time.__module__)
for bad in [lambda: time.localtime(float("nan")), lambda: time.localtime("x"), lambda: time.mktime(5),
            lambda: time.strftime(5), lambda: time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime("%Y", (2024, 1, 1, 25, 0, 0, 0, 1, 0))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
