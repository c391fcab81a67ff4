try:
    from io import BytesIO
except ImportError:
    print("SKIP")
    raise SystemExit
b = BytesIO()
b.write(b"abc")
b.write(bytearray(b"def"))
print(b.getvalue(), b.tell())
b.seek(1)
print(b.read(2), b.read(), b.read())
b = BytesIO(b"x\ny\n")
print(b.readline(), b.readlines())
try:
    BytesIO().write("str")
except TypeError as e:
    print("TypeError:", e)
