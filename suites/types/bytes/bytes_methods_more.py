b = b"Hello World\tTab"
print(b.expandtabs(4), b.isalnum(), b"abc1".isalnum(), b.isascii(), b"\x80".isascii())
print(b.istitle(), b"Hello".istitle(), b.rindex(b"o"), b.rpartition(b" "), b"nosep".rpartition(b"-"))
print(b"file.py".removesuffix(b".py"), b"file".removesuffix(b".py"))
t = bytes.maketrans(b"lo", b"01")
print(b.translate(t), b.translate(None, b"lo"), len(t))
try:
    b.rindex(b"zz")
except ValueError as e:
    print("ValueError:", e)
