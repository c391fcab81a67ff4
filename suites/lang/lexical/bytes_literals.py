# needs: dunder_name
print(b"abc", B'xyz', b"")
print(b"\x00\xff\n", len(b"\x00\xff"))
print(b'a' b'b')
print(b"\101", list(b"AZ"))
print(type(b"").__name__, b"abc"[0], b"abc"[1:])
print(b'"', b"'", b"\\")
