try:
    from io import StringIO
except ImportError:
    print("SKIP")
    raise SystemExit
s = StringIO("abcdef")
s.seek(2)
s.write("XY")
print(s.getvalue(), s.tell())
s.seek(0, 2)
s.write("!")
print(s.getvalue())
s.truncate(3)
print(repr(s.getvalue()))
s.close()
print(s.closed)
try:
    s.write("x")
except ValueError as e:
    print("ValueError:", e)
