d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d)
d2 = {k: [] for k in ["a", "b"]}
d2["a"].append(1)
print(d2)
print(dict.fromkeys(range(3), 0), dict.fromkeys(""))
