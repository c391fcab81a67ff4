# needs: binascii
try:
    import hashlib, binascii
except ImportError:
    print("SKIP")
    raise SystemExit
d = hashlib.sha256(b"hello").digest()
print(binascii.hexlify(d))
print(binascii.hexlify(d).decode() == hashlib.sha256(b"hello").hexdigest())
