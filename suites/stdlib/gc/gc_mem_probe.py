import gc
# mem_free/mem_alloc are MicroPython-only: probe them
if hasattr(gc, "mem_free"):
    print(gc.mem_free() > 0, gc.mem_alloc() > 0)
else:
    print(True, True)
print(callable(gc.collect))
