# bytes %-formatting: %b/%s take bytes-like objects or __bytes__, %r is %a; str rejects %b.
class B:
    def __bytes__(self):
        return b"BB"
print(b"%s|%b|%5b|%-4s|%r|%a" % (b"x", bytearray(b"y"), b"z", memoryview(b"m"), "é", "é"), b"%b" % B(), b"%s" % B())
for bad in [lambda: b"%s" % "str", lambda: b"%b" % 5, lambda: "%b" % 5, lambda: "x %b" % b"a"]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("%s %r" % (b"a", b"b"))
