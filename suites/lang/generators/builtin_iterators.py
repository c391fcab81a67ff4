print(list(enumerate("abc")), list(enumerate("ab", 10)))
print(list(zip([1, 2, 3], "ab")), list(zip()))
print(list(map(lambda a, b: a * b, [1, 2], [3, 4, 5])))
print(list(filter(str.isdigit, "a1b2")))
print(list(reversed("abc")), list(reversed(range(3))))
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
it = zip("ab", "cd")
print(next(it), list(it))
