# needs: dunder_name
ba = bytearray(b"  Mixed Case text  ")
results = [ba.strip(), ba.lstrip(), ba.rstrip(), ba.lower(), ba.swapcase(), ba.title(),
           ba.strip().capitalize(), ba.strip().center(20, b"*"), ba.strip().ljust(18, b"."),
           ba.strip().rjust(18, b"."), bytearray(b"5").zfill(3), bytearray(b"a\tb").expandtabs(2)]
for r in results:
    print(type(r).__name__, r)
print(ba.startswith(b"  M"), ba.endswith(b"  "), ba.rfind(b"e"), ba.rindex(b"t"))
print(ba.partition(b"Case"), ba.rpartition(b" "), ba.rsplit(None, 1))
print(bytearray(b"-").join([b"a", bytearray(b"b")]), bytearray(b"x\ny").splitlines())
print(bytearray(b"ab1").isalnum(), bytearray(b"ab").isalpha(), bytearray(b"12").isdigit(), bytearray(b"  ").isspace())
print(bytearray(b"AB").isupper(), bytearray(b"ab").islower(), bytearray(b"Ab Cd").istitle(), bytearray(b"\x7f").isascii())
print(bytearray(b"pre.x").removeprefix(b"pre."), bytearray(b"x.suf").removesuffix(b".suf"))
print(bytearray.fromhex("41 42"), bytearray(b"abc").translate(bytearray.maketrans(b"a", b"A")))
