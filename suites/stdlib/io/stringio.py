try:
    from io import StringIO
except ImportError:
    print("SKIP")
    raise SystemExit
s = StringIO()
print(s.write("hello "), s.write("world"))
print(s.getvalue())
s = StringIO("line1\nline2\nline3")
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([l for l in s])
s = StringIO()
print("via print", file=s)
print(repr(s.getvalue()))
