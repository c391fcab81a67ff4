# needs: unpack
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = 1, 2
print(a, b, c)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
print([*range(3), *"ab"], (*[1], *[2]))
print({*[1, 2], *[2, 3]} == {1, 2, 3})
print({**{"a": 1}, **{"b": 2}, "a": 3})
