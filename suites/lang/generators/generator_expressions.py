# needs: dunder_name
g = (x * 2 for x in range(5))
print(type(g).__name__, next(g), list(g))
print(sum(x for x in range(101)))
print(list(x for x in "abc" if x != "b"))
print(list((i, j) for i in range(2) for j in "xy"))
nested = ((y for y in range(x)) for x in range(3))
print([list(n) for n in nested])
# the first iterable is evaluated immediately
try:
    g = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
