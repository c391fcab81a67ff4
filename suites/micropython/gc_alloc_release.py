import gc
if not hasattr(gc, "mem_free"):
    print("SKIP")
    raise SystemExit
gc.collect()
before = gc.mem_free()
buf = bytearray(2048)
print(gc.mem_free() < before)
buf = None
gc.collect()
print(gc.mem_free() > before - 1024)
