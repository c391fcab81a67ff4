# needs: dunder_name
f = frozenset([1, 2, 3, 4])
g = frozenset([3, 4, 5])
for r in (f.difference(g), f.intersection(g), f.symmetric_difference(g), f.union(g), f.difference([1], [2])):
    print(type(r).__name__, sorted(r))
print(f.issuperset([1, 2]), f.issuperset(g), f.issubset(range(10)), f.isdisjoint([9]))
print(f == {1, 2, 3, 4}, f < frozenset(range(10)), frozenset() == frozenset([]))
print(sorted(frozenset({"b", "a"})), len(frozenset("hello")), 1 in f)
try:
    hash(frozenset([[1]]))
except TypeError as e:
    print("TypeError:", e)
