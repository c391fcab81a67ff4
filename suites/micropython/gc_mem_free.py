import gc
if not hasattr(gc, "mem_free"):
    print("SKIP")
    raise SystemExit
gc.collect()
f = gc.mem_free()
a = gc.mem_alloc()
print(f > 0, a > 0, isinstance(f, int), isinstance(a, int))
buf = bytearray(512)
print(gc.mem_alloc() > a)
del buf
gc.collect()
print(gc.mem_free() > 0)
