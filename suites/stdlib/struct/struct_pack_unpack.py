# needs: float
try:
    import struct
except ImportError:
    print("SKIP")
    raise SystemExit
print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("<H", 0xabcd), struct.pack("b", -1))
print(struct.pack("<hHiI", -2, 2, -3, 3))
print(struct.unpack("<I", b"\x01\x00\x00\x00"), struct.unpack(">h", b"\xff\xfe"))
print(struct.unpack("<BBH", b"\x01\x02\x03\x04"), struct.pack("<q", -1), struct.unpack("<Q", b"\xff" * 8))
print(struct.pack("<f", 1.5), struct.unpack("<d", struct.pack("<d", 0.1)))
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("<?", True))
