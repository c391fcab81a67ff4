print(bytes.fromhex("00ff10"), bytes.fromhex("de ad be ef"), bytes.fromhex(""))
print(b"\x00\xffA".hex(), b"abc".hex(":"), b"".hex())
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
print(bytearray.fromhex("0102"))
