from datetime import date, timedelta, datetime, time, timezone

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()))
print(d + timedelta(days=1), d - timedelta(days=366), d - date(2000, 1, 1), timedelta(3) + d)
print(date.fromordinal(738000), date.fromordinal(1), date.fromisoformat('2021-12-31'), date.fromisoformat('20211231'))
for y in (1, 4, 100, 200, 400, 1900, 2000, 2023, 9999):
    for m, dd in ((1, 1), (2, 28), (12, 31)):
        x = date(y, m, dd)
        assert date.fromordinal(x.toordinal()) == x
        print(x.toordinal(), x.weekday(), x.isocalendar(), end=' | ')
    print()
for s in ['2024-1-05', 'abc', '2024-13-01', '2024-02-30']:
    try:
        date.fromisoformat(s)
    except ValueError as e:
        print(e)
for args in [(2024, 13, 1), (2023, 2, 29), (0, 1, 1), (2024, 0, 1), (10000, 1, 1)]:
    try:
        date(*args)
    except ValueError as e:
        print(e)
print(d.strftime('%Y/%m/%d %a %A %b %B %j %U %W %w %y %%'), d.ctime(), d.replace(day=1), format(d, '%d.%m.%Y'), f'{d}')
print(date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1), date.min, date.max, date.resolution)
print(date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar(), date(2026, 1, 1).isocalendar())
print(date.fromisocalendar(2020, 53, 5), date.fromisoformat('2020-W53-5'))
dt = datetime(2024, 3, 10, 14, 5, 9, 120)
print(dt, repr(dt), dt.date(), dt.time(), repr(dt.time()), dt.isoformat(), dt.isoformat(' ', 'seconds'))
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), repr(datetime(2024, 1, 1, 0, 0, 7)))
print(dt + timedelta(hours=12), dt - timedelta(days=70), dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt)
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %I %p %c'), dt.weekday(), dt.replace(hour=0))
print(datetime.fromisoformat('2024-03-10T14:05:09'), datetime.fromisoformat('2024-03-10 14:05'), datetime.fromisoformat('2024-03-10'))
print(repr(datetime.fromisoformat('2024-03-10T14:05:09.500+02:00')), datetime.fromisoformat('2024-03-10T14:05:09Z'))
print(datetime.combine(date(2020, 5, 5), time(8, 30)), datetime.strptime('2021-07-04 10:11:12', '%Y-%m-%d %H:%M:%S'))
print(datetime.strptime('04/Jul/21 3:04 PM', '%d/%b/%y %I:%M %p'))
u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
p = datetime(2024, 1, 1, 14, tzinfo=timezone(timedelta(hours=2)))
print(u, repr(u), p, repr(p), u == p, u - p, p.utcoffset(), p.tzname(), u.tzname())
print(p.astimezone(timezone.utc), u.astimezone(timezone(timedelta(hours=-5), 'EST')), u.timestamp())
print(datetime.utcfromtimestamp(86400 * 365.25), datetime.fromtimestamp(1e9, timezone.utc))
print(timezone.utc, repr(timezone(timedelta(hours=-3, minutes=-30))), str(timezone(timedelta(hours=5, minutes=45))), timezone(timedelta(0)) is timezone.utc)
print(u.strftime('%z %Z'), p.strftime('%z'), time(1, 2, 3, tzinfo=timezone.utc).isoformat())
try:
    u < datetime(2024, 1, 1)
except TypeError as e:
    print(e)
print(u == datetime(2024, 1, 1, 12), datetime(2024, 1, 1) == date(2024, 1, 1))
try:
    datetime(2024, 1, 1) < date(2024, 1, 1)
except TypeError as e:
    print(e)
t = time(9, 30)
print(t, repr(t), repr(time(1, 2, 3, 4)), time(1, 2, 3, 4), t.isoformat('minutes'), time(12, 0, 0, 123456).isoformat('milliseconds'))
print(time.fromisoformat('10:20:30.400'), t < time(10), t.strftime('%H:%M %p'), repr(time()))
print(max(dt, datetime(2025, 1, 1)), sorted([date(2024, 5, 1), date(2023, 1, 1)]))
