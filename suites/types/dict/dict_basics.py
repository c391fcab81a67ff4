# needs: float
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "b" in d, "z" not in d)
d["a"] = 10
print(d)
del d["b"]
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(dict(a=1), dict([("x", 1)]), dict({"y": 2}, z=3), dict(zip("ab", [1, 2])))
print({}, dict(), {1: "int", "1": "str", 1.5: "float", (1,): "tuple", None: "none"})
