try:
    import micropython
    micropython.heap_lock
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit
# small-int arithmetic and comparisons don't allocate, so they work with the heap locked
a = 0
i = 0
ok = False  # bind every global first: adding a new name to globals() would allocate
micropython.heap_lock()
for i in range(10):
    a += i
ok = a == 45
micropython.heap_unlock()
print(a, ok)
