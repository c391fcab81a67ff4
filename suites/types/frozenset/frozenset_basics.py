# needs: dunder_name
f = frozenset([3, 1, 2, 1])
print(sorted(f), len(f), 2 in f, type(f).__name__)
g = frozenset("abc")
print(sorted(f | {9}), type(f | {9}).__name__, type({9} | f).__name__)
print(sorted(g & set("bcd")), sorted(g - {"a"}), sorted(g ^ {"a", "z"}))
print(sorted(f.union([7])), f.issubset(range(5)), f.isdisjoint(g), f.copy() == f)
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
print({frozenset([1]), frozenset([1])} == {frozenset([1])})
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
