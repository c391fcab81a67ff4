# needs: dunder_name
ba = bytearray(b"hello")
ba[0] = 72
print(ba, len(ba), ba[1], ba[-1:])
ba.append(33)
ba.extend(b"??")
print(ba)
ba[1:3] = b"EL"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 64)
print(ba, bytes(ba), type(ba[0:2]).__name__)
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
