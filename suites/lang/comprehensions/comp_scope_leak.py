# needs: walrus
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
i = "keep"
s = {i for i in "ab"}
print(i)
g = list(y for y in range(2))
try:
    y
except NameError as e:
    print("NameError:", e)
[z := 5 for _ in range(1)]
print(z)
def f():
    return [w for w in range(2)], "w" in locals()
print(f())
