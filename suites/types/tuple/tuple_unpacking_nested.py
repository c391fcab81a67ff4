# needs: dunder_name
data = [(1, ("a", "b")), (2, ("c", "d"))]
for n, (x, y) in data:
    print(n, x, y)
(a, b), c = (1, 2), 3
print(a, b, c)
t = 1, 2, 3
print(t, type(t).__name__)
single = 4,
print(single, len(single))
x = y = ()
print(x == y, len(()), () + (1,))
