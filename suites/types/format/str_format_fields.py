# needs: float
print("{0}{1}{0}".format("ab", "-"), "{}{}".format(1, 2), "{0!r:>5}".format("x"))
print("{a.real} {b[0]} {c[key]}".format(a=3, b=[9], c={"key": "v"}))
print("{:{w}}|{:>{w}}".format("l", "r", w=4))
print("{0:{1}}".format(3.14159, ".2f"))
print("{{{0}}}".format("braces"), "{:%}".format(0.25), "{:e}".format(12345))
print("{:b} {:o} {:x} {:c}".format(5, 8, 255, 97))
