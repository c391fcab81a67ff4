print(any([]), all([]), any([0, ""]), all([1, "a"]), any([0, 1]))
print(sum([]), sum(range(5)), sum([10, 20], 5), sum([], 5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(all(x > 0 for x in [1, 2, -1]))
