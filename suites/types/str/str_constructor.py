# needs: dunder_name, float
print(str(), repr(str()), str(123), str(-1.5), str([1, "a"]), str(None))
print(str(b"abc"), str(b"abc", "utf-8"), str(bytearray(b"x"), "ascii"))
print(str("already"), type(str(5)).__name__, str(True), str((1,)))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
try:
    str(1, "utf-8")
except TypeError as e:
    print("TypeError:", e)
