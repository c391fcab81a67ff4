try:
    import micropython
    micropython.opt_level
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit
old = micropython.opt_level()
print(isinstance(old, int))
micropython.opt_level(0)
print(micropython.opt_level())
micropython.opt_level(old)
