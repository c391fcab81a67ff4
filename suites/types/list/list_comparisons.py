# needs: float
print([1, 2] < [1, 2, 3], [2] > [1, 9], [] < [0], [1, 2] == [1, 2.0])
print([[1], [2]] < [[1], [3]], ["a", "b"] < ["a", "c"], [1] * 3 == [1, 1, 1])
print(max([[1, 2], [1, 3], [0, 9]]), sorted([[2], [1, 5], [1]]))
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
