# needs: dunder_name
import time
t = time.time()
print(type(t).__name__ in ("float", "int"), t > 0)
print(hasattr(time, "sleep"))
time.sleep(0)
m1 = time.monotonic() if hasattr(time, "monotonic") else 0
m2 = time.monotonic() if hasattr(time, "monotonic") else 0
print(m2 >= m1)
