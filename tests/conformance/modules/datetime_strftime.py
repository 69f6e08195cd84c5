# strftime (C locale, glibc flags and widths) and strptime
from datetime import datetime, date, time, timedelta, timezone


def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


DIRS = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZf%"
samples = [datetime(2024, 1, 2, 3, 4, 5, 6), datetime(2023, 12, 31, 23, 59, 59),
           datetime(2021, 1, 3, 12, 0), datetime(2020, 2, 29, 0, 30), datetime(5, 3, 4, 5, 6, 7),
           datetime(999, 7, 8, 13, 14), datetime(1, 1, 1), datetime(9999, 12, 31, 11, 59),
           datetime(2024, 6, 15, 18, 45, 30, 999999, tzinfo=timezone(timedelta(hours=-7), "MST")),
           datetime(2024, 6, 15, 18, 45, tzinfo=timezone(timedelta(hours=5, minutes=45, seconds=7)))]
for dt in samples:
    print(repr(dt))
    print("  ", [dt.strftime("%" + c) for c in DIRS])
    print("  ", [dt.date().strftime("%" + c) for c in "aAbBcdjUWGVuwyYzZf"])
    print("  ", [dt.timetz().strftime("%" + c) for c in "HIMSpfzZcxXYjaA"])
for fl in ["-", "_", "0", "^", "#", "10", "-5", "_5", "05", "^8", "#4", "E", "O"]:
    print(repr(fl), [samples[0].strftime("%" + fl + c) for c in DIRS])
for f in ["", "%", "a%", "%Q", "%5Q", "%-Q", "%Ea", "%E", "%Ek", "%O%", "%%z", "%%%Y%%",
          "%Y-%m-%dT%H:%M:%S.%f%z", "no directives", "%Y年%m月%d日", "%c|%x|%X", "%-d/%-m/%y",
          "%I:%M %p", "week %U/%W/%V", "\t%n%t", "%1", "%-", "%10"]:
    print(repr(f), repr(samples[0].strftime(f)), repr(samples[-2].strftime(f)))
print(f"{samples[0]:%Y}", f"{samples[0]}", format(samples[0], "%H"), "{:%d.%m.%Y}".format(samples[0]))
t(lambda: samples[0].strftime(None))
t(lambda: samples[0].__format__(1))
# week numbers across year boundaries
for y in (2018, 2019, 2020, 2021, 2022, 2023, 2024, 2026):
    print(y, [date(y, 1, d).strftime("%a %j %U %W %V %G %g %u %w") for d in (1, 2, 3, 4, 7)],
          date(y, 12, 31).strftime("%U %W %V %G"))

# strptime
for s, f in [("2024-01-02 03:04:05", "%Y-%m-%d %H:%M:%S"), ("2/3/24", "%m/%d/%y"),
             ("2/3/69", "%m/%d/%y"), ("2/3/68", "%m/%d/%y"), ("20240102", "%Y%m%d"),
             ("2024111", "%Y%m%d"), ("Tue Jan  2 03:04:05 2024", "%c"), ("01/02/24", "%x"),
             ("03:04:05", "%X"), ("  march 5 2021", " %B %d %Y"), ("MAR 5", "%b %d"),
             ("Friday 13 Oct 2023", "%A %d %b %Y"), ("fri  13  oct   2023", "%a %d %b %Y"),
             ("12:30 AM", "%I:%M %p"), ("12:30 pm", "%I:%M %p"), ("1:05 PM", "%I:%M %p"),
             ("7", "%I"), ("2024-01-02T03:04:05.5", "%Y-%m-%dT%H:%M:%S.%f"),
             ("05.123456", "%S.%f"), ("2024 100", "%Y %j"), ("2024 366", "%Y %j"),
             ("2023 366", "%Y %j"), ("+0530", "%z"), ("-08:00", "%z"), ("Z", "%z"),
             ("+01:02:03.5", "%z"), ("+010203", "%z"), ("+01:0203", "%z"), ("+2400", "%z"),
             ("2024-01-02 UTC", "%Y-%m-%d %Z"), ("2024 GMT +0100", "%Y %Z %z"),
             ("2024 EST", "%Y %Z"), ("2024 1 0", "%Y %U %w"), ("2024 1 1", "%Y %W %u"),
             ("2024 0 3", "%Y %U %w"), ("2023 52 0", "%Y %W %w"), ("2024 1 1", "%G %V %u"),
             ("2020 53 7", "%G %V %u"), ("2021 1 Mon", "%G %V %a"), ("2024 5", "%G %V"),
             ("2024 5 1", "%G %j %u"), ("2024 5 1", "%Y %V %u"), ("2024 5", "%V"),
             ("2024", "%q"), ("2024", "%"), ("2024", "%Y%"), ("2024-1", "%Y"),
             ("x", "%Y"), ("02-29", "%m-%d"), ("1900-02-29", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"),
             ("31", "%d"), ("32", "%d"), ("0", "%d"), ("24:00", "%H:%M"), ("23:60", "%H:%M"),
             ("61", "%S"), ("100%", "%d%%"), ("5 . 6", "%d . %m"), ("a.b", "a.%b"),
             ("", ""), ("x", ""), ("2024-01-02", "%Y-%m-%d "), ("2024-01-02  ", "%Y-%m-%d "),
             ("12", "%M%S"), ("123", "%H%M"), ("1234", "%H%M%S"), ("9", "%j"),
             ("2024-1-2 3:4:5", "%Y-%m-%d %H:%M:%S"), ("0001-01-01", "%Y-%m-%d"),
             ("1 2 3", "%d%m%y"), ("x", "%."), ("x", "% d"), ("2024 Mon", "%Y %a"),
             ("Sunday", "%A"), ("jan", "%B"), ("", "%B"), ("Dec 2024", "%h %Y")]:
    t(lambda: datetime.strptime(s, f))
t(lambda: datetime.strptime(5, "%Y"))
t(lambda: datetime.strptime("5", 5))


class DT(datetime):
    pass


print(repr(DT.strptime("2024-05-06", "%Y-%m-%d")))
