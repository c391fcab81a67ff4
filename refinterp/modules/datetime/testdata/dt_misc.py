import datetime as dt
from datetime import date, datetime, timedelta, time, timezone, tzinfo

print(dt.MINYEAR, dt.MAXYEAR, dt.timezone.utc, dt.UTC if hasattr(dt, 'UTC') else 'UTC')
d = {date(2024, 1, 1): 'ny', datetime(2024, 1, 1, 12): 'noon', timedelta(1): 'day'}
print(d[date(2024, 1, 1)], d[datetime(2024, 1, 1, 12)], d[timedelta(hours=24)])


class MyDate(date):
    def double_day(self):
        return self.day * 2


m = MyDate(2024, 5, 6)
print(repr(m), m.double_day(), type(m + timedelta(1)).__name__, m.replace(day=7))


class EST(tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=-5)

    def dst(self, d):
        return timedelta(0)

    def tzname(self, d):
        return 'EST'


e = datetime(2024, 1, 1, 7, tzinfo=EST())
print(e, e.tzname(), e.utcoffset(), e.astimezone(timezone.utc), e == datetime(2024, 1, 1, 12, tzinfo=timezone.utc))
for td in [timedelta(seconds=-86401), timedelta(days=-1, seconds=1), timedelta(microseconds=-1000001), timedelta(days=5, hours=-1)]:
    print(str(td), repr(td), td.total_seconds(), td // timedelta(hours=1), abs(td))
x = datetime(2023, 12, 31, 23, 59, 59, 999999)
print(x + timedelta(microseconds=1), (x + timedelta(microseconds=1)).year, x.isoformat(timespec='milliseconds'), x.isoformat(timespec='hours'))
print(date(2024, 3, 31) - timedelta(days=31), date(2000, 2, 28) + timedelta(days=1), date(1900, 2, 28) + timedelta(days=1))
print([d.strftime('%a %d %b') for d in (date(2024, 1, 1) + timedelta(days=i) for i in range(7))])
print(datetime(2024, 7, 4, 0, 0).strftime('%I:%M %p | %H | %j | %y | %e'), datetime(2024, 7, 4, 12, 30).strftime('%I %p'))
print(time(23, 59).replace(minute=0), time(1) < time(2), time(12, 30) == time(12, 30, 0), bool(time(0)))
print(datetime.fromisoformat('2024-02-29T23:59:59.123456'), date(2024, 2, 29).isoformat(), date.fromordinal(date(2024, 2, 29).toordinal()))
print((datetime(2024, 1, 2) - datetime(2024, 1, 1)).days, (date(2025, 1, 1) - date(2024, 1, 1)).days, timedelta(days=1) * 2.5)
for bad in ['2024-02-30T00:00', '2024-01-01T25:00', 'x']:
    try:
        datetime.fromisoformat(bad)
    except ValueError as e:
        print(e)
try:
    datetime.strptime('2024-01-01', '%d/%m/%Y')
except ValueError as e:
    print(e)
try:
    date(2024, 1, 1) + 1
except TypeError as e:
    print('TypeError')
print(sorted([datetime(2024, 1, 1, 5), datetime(2023, 1, 1), datetime(2024, 1, 1)]))
print(timedelta(days=1) == timedelta(hours=24), timedelta(0) == 0, date(2024, 1, 1) == datetime(2024, 1, 1))
