try:
    import pyb
    pyb.millis
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit
start = pyb.millis()
pyb.delay(5)
print(isinstance(start, int), pyb.elapsed_millis(start) >= 5)
u = pyb.micros()
pyb.udelay(50)
print(pyb.elapsed_micros(u) >= 50)
