print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Al", age=3), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"), "{:*^9}".format("mid"))
print("{:d} {:5d} {:05d} {:+d} {:x} {:#X}".format(7, 7, 7, 7, 255, 255))
class P:
    x = 3
print("{0.x} {p.x}".format(P(), p=P()), "{{}} {}".format("lit"))
print("{!r} {!s}".format("q", "q"), "{:,}".format(10 ** 7))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
