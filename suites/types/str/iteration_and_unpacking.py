a, b, c = "xyz"
print(a, b, c)
print(list("abc"), tuple("ab"), set("aa") == {"a"}, dict.fromkeys("ab"))
print([c * 2 for c in "ab"], list(enumerate("ab")), list(reversed("ab")))
print(*"spread")
print("".join(sorted("dcba")), list(map(ord, "AB")))
