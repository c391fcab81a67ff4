try:
    import micropython
    micropython.heap_lock
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit
raised = False  # bound before locking: adding a global would allocate
micropython.heap_lock()
try:
    x = [1, 2, 3]  # allocation while the heap is locked
except MemoryError:
    raised = True
micropython.heap_unlock()
print("MemoryError while locked:", raised)
y = [1, 2, 3]
print("allocation after unlock:", y)
