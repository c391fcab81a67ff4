try:
    import micropython
    micropython.alloc_emergency_exception_buf
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit
print(micropython.alloc_emergency_exception_buf(100))
