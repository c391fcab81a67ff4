print(int("  42  "), int("-7"), int("+3"), int("ff", 16), int("0x1f", 0), int("0b11", 0), int("z", 36))
print(int(True), int("1000"), bool(0), bool("0"), str(12), str(True))
print(list("ab"), tuple([1, 2]), dict([("a", 1)]), set([1, 1]) == {1})
print(bin(5), oct(8), hex(255), bin(-5), hex(-255))
print(chr(65), ord("A"), chr(0x263A), ord("\n"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
