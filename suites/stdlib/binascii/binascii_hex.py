try:
    import binascii
except ImportError:
    print("SKIP")
    raise SystemExit
print(binascii.hexlify(b"\x00\xffAB"), binascii.unhexlify(b"00ff4142"), binascii.unhexlify("6869"))
print(binascii.hexlify(b""), binascii.hexlify(bytes([1, 2, 254])))
try:
    binascii.unhexlify(b"abc")
except (binascii.Error, ValueError) as e:
    print("error for odd-length")
