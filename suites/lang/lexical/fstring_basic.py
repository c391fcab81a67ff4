# needs: fstring
x = 5
name = "world"
print(f"hello {name}")
print(f"{x} + {x} = {x + x}")
print(F"{x!r} {name!r} {name!s}")
print(f"{{literal}} {x}")
print(f"{'nested'}")
print(f"{[1, 2][1]} {dict(a=1)['a']}")
print(f"" == "", f"plain")
