# needs: float, floatrepr
try:
    import struct
except ImportError:
    print("SKIP")
    raise SystemExit
for v in (0.0, -0.0, 1.0, -2.5, 1e10, float("inf")):
    print(v, struct.pack("<d", v), struct.unpack("<d", struct.pack("<d", v))[0], struct.unpack("<f", struct.pack("<f", v))[0])
print(struct.unpack("<f", struct.pack("<f", 0.1))[0])
