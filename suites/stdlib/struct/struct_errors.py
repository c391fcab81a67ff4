# needs: dunder_name
try:
    import struct
except ImportError:
    print("SKIP")
    raise SystemExit
def check(fn):
    try:
        print(fn())
    except struct.error:
        print("struct.error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
check(lambda: struct.unpack("<I", b"\x00"))
check(lambda: struct.pack("<I", 1, 2))
check(lambda: struct.pack("<B", 256))
check(lambda: struct.pack("<b", 200))
check(lambda: struct.pack("<I", "x"))
check(lambda: struct.calcsize("<Z"))
print(issubclass(struct.error, Exception))
