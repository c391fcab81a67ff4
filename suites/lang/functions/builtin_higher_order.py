print(list(map(pow, [2, 3], [3, 2])))
print(list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", None, []])))
print(sorted([3, 1, 2], reverse=True), sorted("cba"))
print(min([4, 2, 8]), max("hello"), min(3, 1, 2), max([], default="empty"))
print(min(["bb", "a"], key=len), max({"x": 3, "y": 9}, key=lambda k: {"x": 3, "y": 9}[k]))
print(list(enumerate("ab", start=1)), list(reversed([1, 2, 3])))
print(sum([1, 2, 3], 10), sum([[1], [2]], []))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
