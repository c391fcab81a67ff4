try:
    from collections import defaultdict
except ImportError:
    print("SKIP")
    raise SystemExit
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(dict(d), d["missing"], len(d))
c = defaultdict(int)
for ch in "hello":
    c[ch] += 1
print(sorted(c.items()))
n = defaultdict(lambda: "dflt")
print(n["x"], n.get("y"), "y" in n)
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print("KeyError:", e)
print(d.default_factory is list)
