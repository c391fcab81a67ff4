# needs: dictorder
d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3)], d=4)
d.update(zip("ef", (5, 6)))
d.update()
print(d)
try:
    d.update(5)
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([("x",)])
except ValueError as e:
    print("ValueError:", e)
