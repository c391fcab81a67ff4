# needs: dictorder
print({k: k * k for k in range(4)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({c: i for i, c in enumerate("abca")})
words = ["apple", "bob", "cat", "anna"]
print({w[0]: w for w in words if len(w) > 2})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({k: [] for k in "ab"})
