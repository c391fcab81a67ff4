s = set("the quick brown fox jumps over the lazy dog".split())
print(sorted(s), len(s))
t = {w for w in s if len(w) > 3}
print(sorted(t), sorted(s - t)[:3])
print(sorted({"b", "a"} | {"c"}), sorted({"x", "y"} & {"y", "z"}))
