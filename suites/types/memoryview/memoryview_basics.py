try:
    memoryview
except NameError:
    print("SKIP")
    raise SystemExit
b = bytearray(b"hello")
m = memoryview(b)
print(len(m), m[0], bytes(m[1:3]), m.tobytes() if hasattr(m, "tobytes") else bytes(m))
m[0] = ord("J")
print(b)
m2 = m[1:]
m2[0] = ord("E")
print(b, bytes(m2))
ro = memoryview(b"const")
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
