b = b"\x00\x7f\x80\xff"
print([x for x in b], sum(b), max(b), b[2:3][0])
print(bytes([x ^ 0xff for x in b]), b[::-1], bytes(reversed(b)))
print(b"abc" == bytes([97, 98, 99]), b"a" < b"b", b"ab" in b"cab")
print(ord(b"a"), chr(b"a"[0]), b"%d%%" % 50)
