# needs: fstring
x = 10
y = "s"
print(f"{x=}")
print(f"{x = }")
print(f"{y=}")
print(f"{y=!s}")
print(f"{x*2=}")
print(f"{x=:5}|")
