try:
    import binascii
except ImportError:
    print("SKIP")
    raise SystemExit
for bad in (b"zz", b"0"):
    try:
        binascii.unhexlify(bad)
        print("ok", bad)
    except (ValueError, TypeError):
        print("error", bad)
try:
    binascii.a2b_base64(b"a")
    print("ok")
except ValueError:
    print("error for bad base64 padding")
print(issubclass(binascii.Error, ValueError) if hasattr(binascii, "Error") else True)
