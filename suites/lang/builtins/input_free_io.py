import sys
sys.stdout.write("written\n")
n = sys.stdout.write("abc")
print()
print(n)
print(repr(str(b"x", "ascii")), format(3, "03"), format("s", ">3"))
print(ascii("é"), ascii("plain"), repr("é"))
