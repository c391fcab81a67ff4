import time

def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, t[0], t[-1], len(t), tuple(t))
print(time.gmtime(0), time.gmtime(-86400.5)[:6], time.gmtime(951782400)[:8])
print(isinstance(t, tuple), type(t).__name__, isinstance(t, time.struct_time))
print(time.strftime("%Y-%m-%d %H:%M:%S %j %a %A %b %B %p %I %y %w %%", t))
print(time.strftime("%c|%x|%X", time.gmtime(0)))
print(time.asctime(time.gmtime(1700000000)), time.asctime((2024, 1, 5, 3, 4, 5, 4, 5, 0)))
lt = time.localtime(1000000)
print(time.mktime(lt), time.mktime(tuple(lt)), time.localtime(time.mktime((2020, 2, 29, 12, 0, 0, 0, 0, -1)))[:6])
check(time.mktime, (1, 2))
check(time.sleep, -1)
check(time.sleep, "a")
check(time.gmtime, "x")
t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter(); n0 = time.time_ns()
time.sleep(0.01)
print(0.005 < time.time() - t0 < 1, 0.005 < time.monotonic() - m0 < 1, 0.005 < time.perf_counter() - p0 < 1, 5e6 < time.time_ns() - n0 < 1e9)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__)
print(time.sleep(0))
