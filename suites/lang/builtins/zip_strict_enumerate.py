print(list(zip("abc", range(3), [True] * 3)))
print(list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate([], 5)), dict(enumerate("xy")))
