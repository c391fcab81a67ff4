from datetime import timedelta

tests = [timedelta(), timedelta(1), timedelta(days=1, seconds=3600), timedelta(hours=-1),
         timedelta(seconds=-1), timedelta(microseconds=-1), timedelta(weeks=2, minutes=3),
         timedelta(days=-3, hours=5), timedelta(milliseconds=1500), timedelta(days=1.5),
         timedelta(seconds=0.5), timedelta(hours=1.25, microseconds=0.5), timedelta(microseconds=1.5),
         timedelta(microseconds=2.5), timedelta(days=2, microseconds=7)]
for t in tests:
    print(repr(t), str(t), t.days, t.seconds, t.microseconds, t.total_seconds(), bool(t))
a = timedelta(days=1, hours=2)
b = timedelta(hours=5, seconds=30)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a, a * 0.5, a / 4, a / b, a // b, a % b)
print(divmod(a, b), a // 7, a / 2.5, a < b, a > b, a == timedelta(hours=26), a != b, a <= a)
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.max), hash(a) == hash(timedelta(hours=26)))
print(sorted([a, b, timedelta(0), -b]))
print(sum([a, b], timedelta()))
print(timedelta(hours=1) / timedelta(minutes=1), timedelta(seconds=1) * 1e-6)
try:
    timedelta(days=10**9)
except OverflowError as e:
    print(e)
print(timedelta(microseconds=-0.5), timedelta(microseconds=-1.5), timedelta(seconds=1.0000005))
print(a == 1, {a: 1}[timedelta(seconds=93600)])
