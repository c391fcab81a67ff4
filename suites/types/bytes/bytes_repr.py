for b in [b"", b"abc", b"'", b'"', b"'\"", b"\x00\x7f\x80\xff", b"\n\r\t\\", b"\x0b\x0c"]:
    print(repr(b))
print(str(b"x"), bytes([0x41, 0x1b]))
