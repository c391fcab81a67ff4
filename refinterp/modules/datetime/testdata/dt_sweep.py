# Pseudo-random dates and durations.
from datetime import date, datetime, timedelta
k = 11


def rnd(n):
    global k
    k = (k * 1103515245 + 12345) % (2**31)
    return k % n


for i in range(200):
    d = date(1 + rnd(9999), 1 + rnd(12), 1 + rnd(28))
    t = timedelta(days=rnd(5000) - 2500, seconds=rnd(200000) - 100000, microseconds=rnd(3000000) - 1500000)
    try:
        dt = datetime.combine(d, datetime.min.time()) + t
        print(d, d.isocalendar(), d.strftime('%a %j %U %W %G-%V-%u'), repr(t), str(t), dt, repr(dt), t / 3, t * 1.7, t // 7)
    except OverflowError as e:
        print('overflow', e)
