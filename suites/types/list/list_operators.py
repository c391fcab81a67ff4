a = [1, 2]
print(a + [3], a * 2, [0] * 0, [[]] * 2, a == [1, 2], a < [1, 3], a > [1])
b = a
b += [3]
print(a, b is a)
b *= 2
print(a)
nested = [[0]] * 3
nested[0].append(1)
print(nested)
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [2, 1])
