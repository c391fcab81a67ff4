try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit
if not hasattr(micropython, "mem_info"):
    print("SKIP")
    raise SystemExit
# mem_info() prints port-specific numbers straight to the console, so only probe it
print(callable(micropython.mem_info))
if hasattr(micropython, "stack_use"):
    print(micropython.stack_use() > 0)
else:
    print(True)
