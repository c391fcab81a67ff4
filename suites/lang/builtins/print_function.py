# needs: float
print("a", "b", "c")
print("a", "b", sep="")
print("x", end="|")
print("y", end="\n")
print()
print("no", "sep", sep=" -- ", end="!\n")
print(*[1, 2, 3], sep=", ")
import sys
print("to stdout", file=sys.stdout)
print(None, True, 1.5)
