# memoryview attributes, iteration, comparison and the context manager.
b = bytearray(b"abc")
m = memoryview(b)
print(m.nbytes, m.readonly, m.itemsize, m.ndim, m.format, m.shape, m.strides, m.obj is b)
print(list(m), m.tolist(), m.hex(), m == b"abc", b"abc" == m, m != b"abd", m == "abc")
m[0] = 120
print(b, memoryview(b"xy").readonly, m[1:].obj is b, bytes(m[1:]))
with memoryview(b"hi") as v:
    print(v.tobytes(), len(v))
r = m.toreadonly()
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
