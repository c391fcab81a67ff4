import gc
if not hasattr(gc, "threshold"):
    print("SKIP")
    raise SystemExit
old = gc.threshold()
print(isinstance(old, int))
gc.threshold(4096)
print(gc.threshold())
gc.threshold(-1)
print(gc.threshold())
