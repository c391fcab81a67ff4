ba = bytearray(b"a,b,c")
print(ba.split(b","), ba.replace(b",", b";"), ba.upper(), ba.find(b"b"))
ba.reverse()
print(ba)
ba.remove(ord(","))
print(ba, ba.count(b","), ba.index(b"b"))
ba.clear()
print(ba, len(ba))
c = bytearray(b"xy")
d = c.copy()
d[0] = 0
print(c, d, c + b"z", c * 2, c == b"xy")
c += b"!"
print(c, c.decode(), c.hex())
