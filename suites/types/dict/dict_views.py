# needs: dunder_name
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
d["c"] = 3
print(list(k), list(v), list(i), len(k))
print("a" in k, 2 in v, ("b", 2) in i)
print(sorted(k & {"a", "z"}), sorted(k | {"q"}), sorted(k - {"a"}))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(k, v, i)
