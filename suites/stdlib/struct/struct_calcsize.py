try:
    import struct
except ImportError:
    print("SKIP")
    raise SystemExit
for fmt in ("<b", "<h", "<i", "<q", "<f", "<d", "<bi", "<3s", ">HHI", "<5B", "<?"):
    print(fmt, struct.calcsize(fmt))
print(struct.calcsize("bi") >= struct.calcsize("<bi"))
