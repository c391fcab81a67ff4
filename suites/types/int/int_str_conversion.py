for n in (0, 7, -7, 255, -255, 4096):
    print(str(n), repr(n), bin(n), oct(n), hex(n), format(n, "x"), format(n, "#o"))
print(format(5, "b"), format(5, "08b"), format(-5, "b"), format(1234, ","), format(255, "#06x"))
