import time
if not hasattr(time, "ticks_add"):
    print("SKIP")
    raise SystemExit
# TICKS_MAX is port specific (2**30 - 1 on 32-bit ports), so derive it and print relations only
MAX = time.ticks_add(0, -1)
print(MAX > 0, (MAX + 1) & MAX == 0)
print(time.ticks_add(MAX, 1))
print(time.ticks_diff(0, MAX))
print(time.ticks_diff(MAX, 0))
print(time.ticks_diff(time.ticks_add(MAX, 5), MAX))
print(time.ticks_diff(time.ticks_add(3, -10), 3))
half = (MAX + 1) // 2
print(time.ticks_diff(half - 1, 0) == half - 1, time.ticks_diff(half, 0) == -half)
