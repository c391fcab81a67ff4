# needs: bigint
print(format(42), format(42, "d"), format(42, "6"), format(42, "<6") + "|", format(42, "^6") + "|")
print(format("s", "5") + "|", format("s", ">5"), format("abc", ".1"), format(True), format(None))
print(format(-42, "=+8"), format(42, "=+8"), format(42, "_>8"), format(-1, "08"))
print(format(123456789, ","), format(123456789, "_"), format(0xdeadbeef, "_x"), format(10, "#b"))
print(format([1, 2]), format((1,)), format({"a": 1}))
class F:
    def __format__(self, spec):
        return "F[" + spec + "]"
print(format(F(), "xyz"), "{:abc}".format(F()), "{:q}".format(F()))
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, "s")
except ValueError as e:
    print("ValueError:", e)
