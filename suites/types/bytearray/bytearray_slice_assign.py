ba = bytearray(range(10))
ba[2:5] = b""
print(list(ba))
ba[0:0] = b"\xff\xfe"
print(list(ba))
ba[::2] = bytes(len(ba[::2]))
print(list(ba))
try:
    ba[::2] = b"x"
except ValueError as e:
    print("ValueError:", e)
del ba[::3]
print(list(ba))
mv = memoryview(ba)
print(mv[0], len(mv), bytes(mv[1:3]))
