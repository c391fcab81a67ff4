print(len([1, 2]), len("abc"), len({}), len(range(10)), len(b"xy"), len((1,)))
print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)))
print(range(3), range(1, 10, 2), range(5)[1:3], range(10)[-1])
print(len(range(0, 10, 3)), 9 in range(0, 10, 3), range(3) == range(0, 3))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
