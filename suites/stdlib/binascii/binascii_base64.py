try:
    import binascii
except ImportError:
    print("SKIP")
    raise SystemExit
for data in (b"", b"f", b"fo", b"foo", b"foob", b"hello world", bytes(range(6))):
    enc = binascii.b2a_base64(data)
    print(data, enc, binascii.a2b_base64(enc) == data)
print(binascii.a2b_base64(b"aGk="))
