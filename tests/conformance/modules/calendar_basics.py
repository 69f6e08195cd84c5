# calendar: helpers, iterators, TextCalendar/HTMLCalendar output, errors
import calendar
from calendar import Calendar, TextCalendar, HTMLCalendar


def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


print([calendar.isleap(y) for y in (1900, 2000, 2023, 2024, 2100, 2400)])
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(2001, 2000),
      calendar.leapdays(1, 10000), calendar.leapdays(-400, 400))
print([calendar.weekday(y, m, d) for y, m, d in [(2024, 1, 1), (1970, 1, 1), (1, 1, 1), (9999, 12, 31),
                                                 (10000, 1, 1), (0, 3, 1), (-1, 12, 31), (12345, 6, 7)]])
print([calendar.monthrange(2024, m) for m in range(1, 13)], calendar.monthrange(1900, 2))
t(lambda: calendar.monthrange(2024, 13))
t(lambda: calendar.monthrange(2024, 0))
t(lambda: calendar.weekday(2024, 13, 1))
t(lambda: calendar.setfirstweekday(7))
t(lambda: calendar.setfirstweekday(-1))
e = calendar.IllegalMonthError(13)
print(isinstance(e, ValueError), e.month, str(e), repr(e), calendar.error is ValueError)
print(list(calendar.month_name), list(calendar.month_abbr), list(calendar.day_name),
      list(calendar.day_abbr), calendar.month_name[1:4], calendar.day_abbr[-1], len(calendar.month_name),
      len(calendar.day_name))
t(lambda: calendar.month_name[13])
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.mdays, calendar.EPOCH)
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 12, 30, 15, 0, 0, 0)),
      calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((2024, 1, 40, 25, 61, 61)))
print(calendar.monthcalendar(2024, 2), calendar.firstweekday())
print(calendar.month(2024, 2), end="")
print(calendar.month(2023, 10, 3, 2), end="")
print(repr(calendar.week([(1, 0), (2, 1), (0, 2)], 3)), repr(calendar.weekheader(2)),
      repr(calendar.weekheader(9)), repr(calendar.weekheader(1)), repr(calendar.weekheader(12)))
calendar.prmonth(2021, 1)
calendar.prweek([(1, 0), (2, 1)], 2)
print()
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
calendar.prmonth(2024, 9)
print(calendar.calendar(2024), end="")
calendar.setfirstweekday(0)
calendar.prcal(2023, w=3, l=1, c=4, m=4)
print(calendar.calendar(1, 2, 1, 6, 2), end="")
print(calendar.calendar(2025, m=6, c=2), end="")
calendar.format(["a", "bb", "ccc"], 5, 2)
print(repr(calendar.formatstring(["x", "y"])))

c = Calendar()
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
c2 = Calendar(firstweekday=13)
print(c2.firstweekday, list(c2.iterweekdays()))
c2.setfirstweekday(6)
print(c2.getfirstweekday())
print(list(c.itermonthdates(2024, 2))[:3], len(list(c.itermonthdates(2024, 2))))
print(list(c.itermonthdays(2024, 3)))
print(list(c2.itermonthdays2(2024, 3)))
print(list(c.itermonthdays3(2024, 12))[-5:], list(c.itermonthdays3(1, 1))[:2],
      list(c.itermonthdays3(9999, 12))[-3:])
print(list(c2.itermonthdays4(2023, 1))[:8])
print(c.monthdatescalendar(2015, 2))
print(c.monthdays2calendar(2026, 3))
print(c.yeardayscalendar(2024, 4)[0][0])
print(len(c.yeardatescalendar(2024)), len(c.yeardatescalendar(2024, 5)), c.yeardays2calendar(2024, 12)[0][11][-1])
t(lambda: list(c.itermonthdates(9999, 12)))
t(lambda: list(c.itermonthdates(1, 1)))
t(lambda: list(c.itermonthdays(2024, 13)))

tc = TextCalendar(6)
print(repr(tc.formatday(5, 0, 4)), repr(tc.formatday(0, 0, 4)), repr(tc.formatweekday(0, 9)),
      repr(tc.formatweekday(2, 1)), repr(tc.formatmonthname(2024, 5, 20)),
      repr(tc.formatmonthname(2024, 5, 20, False)))
print(tc.formatmonth(2024, 5, w=4, l=2), end="")
print(tc.formatyear(2024, 3, 1, 2, 2), end="")
tc.pryear(2000, m=1)
t(lambda: tc.formatmonth(2024, 13))

hc = HTMLCalendar()
print(hc.formatmonth(2024, 1))
print(hc.formatmonth(2024, 1, withyear=False))
print(hc.formatday(0, 1), hc.formatday(15, 6), hc.formatweekday(3), hc.formatweekheader())
print(hc.formatyear(2023, 4))
print(HTMLCalendar(6).formatweekheader())
print(hc.formatyearpage(2022, 6, css=None, encoding="ascii")[:300])
print(len(hc.formatyearpage(2022)))
lc = calendar.LocaleTextCalendar(0, "C")
print(lc.formatmonth(2024, 3), end="")
print(calendar.LocaleHTMLCalendar(locale="C").formatmonthname(2024, 3))
print(sorted(calendar.__all__))
