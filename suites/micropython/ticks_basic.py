import time
if not hasattr(time, "ticks_ms"):
    print("SKIP")
    raise SystemExit
t = time.ticks_ms()
print(isinstance(t, int), t >= 0)
print(time.ticks_diff(time.ticks_add(t, 100), t))
print(time.ticks_diff(t, time.ticks_add(t, 100)))
u = time.ticks_us()
print(isinstance(u, int), time.ticks_diff(time.ticks_us(), u) >= 0)
print(time.sleep_ms(1), time.ticks_diff(time.ticks_ms(), t) >= 0)
