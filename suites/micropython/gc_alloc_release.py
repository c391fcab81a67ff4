import gc
if not hasattr(gc, "mem_free"):
    print("SKIP")
    raise SystemExit
# mem_free drops while a buffer is live; only that direction is asserted, since the
# collector is conservative and may keep a dead buffer alive through a stale pointer
gc.collect()
before = gc.mem_free()
buf = bytearray(2048)
print(gc.mem_free() < before, gc.mem_free() <= before - 2048)
buf = None
gc.collect()
print(gc.mem_free() > 0)
