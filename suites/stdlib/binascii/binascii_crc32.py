try:
    import binascii
    binascii.crc32
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit
print(binascii.crc32(b""), binascii.crc32(b"hello"), binascii.crc32(b"The quick brown fox"))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")) == binascii.crc32(b"hello world"))
