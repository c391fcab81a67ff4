try:
    import struct
except ImportError:
    print("SKIP")
    raise SystemExit
buf = bytearray(8)
struct.pack_into("<HH", buf, 2, 0x1122, 0x3344)
print(buf)
print(struct.unpack_from("<H", buf, 4), struct.unpack_from("<I", buf, 2))
print(struct.unpack_from("<B", b"\x00\x07"), struct.unpack_from("<B", b"\x00\x07", 1))
