b = bytearray(b"hello world")
m = memoryview(b)
m2 = m[6:]
m2[0] = ord("W")
print(b, bytes(m2), m2.tobytes(), len(m2), m[2:2].tobytes(), m[::2].tobytes())
m3 = m2[1:3]; m3[1] = ord("R"); print(b, m3.tolist())
print(bytes(memoryview(b"abc")[1:]))
