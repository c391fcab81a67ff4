import binascii as b

def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(b.hexlify, b"\x00\x01\xfe\xff abc")
check(b.hexlify, bytearray(b"xy"))
check(b.hexlify, b"\x01\x02\x03", "-")
check(b.hexlify, b"\x01\x02\x03", "-", 2)
check(b.hexlify, b"\x01\x02\x03\x04\x05", b":", -2)
check(b.hexlify, b"\x01\x02\x03", "--")
check(b.b2a_hex, b"", "-")
check(b.hexlify, "ab")
check(b.unhexlify, "00fF10")
check(b.unhexlify, b"abcd")
check(b.a2b_hex, "abc")
check(b.unhexlify, "zz")
check(b.unhexlify, "é1")
check(b.unhexlify, 5)
for s in ["YWJj", "YWJjZA==", "YWJjZA", "YWJjZA=", "abc", "abcde", "ab!c=d==", "YWJj\n", "YQ", "YQ=", "YQ==YQ==",
          "=YQ==", "YQ===", "", "Y", "YQ=\n=", "Y Q = ="]:
    print(repr(s), end=" ")
    check(b.a2b_base64, s)
for s in ["YQ==", "Y Q==", "=YQ==", "YQ==YQ==", "Y=Q="]:
    print(repr(s), end=" ")
    check(b.a2b_base64, s, strict_mode=True)
check(b.b2a_base64, b"abcd")
check(b.b2a_base64, b"abcd", newline=False)
check(b.b2a_base64, b"")
check(b.b2a_base64, "x")
check(b.crc32, b"hello")
check(b.crc32, b"world", b.crc32(b"hello "))
check(b.crc32, b"")
check(b.crc32, b"abc", -1)
check(b.crc32, "x")
print(issubclass(b.Error, ValueError), b.Error.__name__)
