# needs: dunder_name, float, numeric_underscore
print(int(), int(5), int(-5.9), int(5.9), int("  -12 "), int("1_0"), int(True))
print(int("10", 2), int("ff", 16), int("FF", 16), int("z", 36), int("0o17", 0), int("0x1f", 16), int("0b1", 0))
print(int("-0x10", 0), int(b"42"), int(bytearray(b"7")))
class I:
    def __int__(self):
        return 99
class X:
    def __index__(self):
        return 7
print(int(I()), int(X()), [0, 1, 2, 3, 4, 5, 6, 7][X()])
def check(*a):
    try:
        print(int(*a))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
check("1.5")
check("")
check("0x10")
check("12", 37)
check(None)
check([1])
check("08", 0)
