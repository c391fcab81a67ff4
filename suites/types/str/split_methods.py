print("a b  c".split(), "a b  c".split(" "), "  lead trail  ".split())
print("a,b,,c".split(","), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("".split(), "".split(","), "abc".split("abc"))
print("x y z".split(maxsplit=1), "x y z".rsplit(maxsplit=1), "x\ty\nz".split())
print("a--b--c".split("--"), "a b".split(None, 0), " a b ".rsplit(None, 1))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
