try:
    from io import StringIO
except ImportError:
    print("SKIP")
    raise SystemExit
s = StringIO("a\nbb\n\nccc")
lines = []
while True:
    line = s.readline()
    if not line:
        break
    lines.append(line)
print(lines)
s = StringIO("x\ny")
print(s.read(0), repr(s.read(1)), repr(s.readline()), s.tell(), repr(s.read()))
print(StringIO("init").getvalue(), StringIO().getvalue() == "")
