# needs: fstring
class C:
    def __str__(self):
        return "str-of-C"
    def __repr__(self):
        return "repr-of-C"
c = C()
print(f"{c}")
print(f"{c!s}")
print(f"{c!r}")
print(f"{'é'!a}")
print(f"{c!r:>12}|")
print("{} {!r}".format(c, c))
