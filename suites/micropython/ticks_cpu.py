import time
if not hasattr(time, "ticks_cpu"):
    print("SKIP")
    raise SystemExit
c = time.ticks_cpu()
print(isinstance(c, int), c >= 0)
print(isinstance(time.ticks_diff(time.ticks_cpu(), c), int))
