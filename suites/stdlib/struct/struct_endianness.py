try:
    import struct
except ImportError:
    print("SKIP")
    raise SystemExit
v = 0x01020304
for order in "<>!":
    print(order, struct.pack(order + "I", v), struct.unpack(order + "I", struct.pack(order + "I", v))[0] == v)
print(struct.pack("<hh", 1, -1), struct.pack(">hh", 1, -1))
print(struct.unpack("<2H", b"\x01\x00\x02\x00"), struct.unpack(">2B3s", b"\x01\x02abc"))
