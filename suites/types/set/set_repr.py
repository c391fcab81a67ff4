print(set(), {1}, {"only"}, frozenset(), frozenset({5}))
print(repr({(1, 2)}), str({None}))
s = {3, 1, 2}
print(sorted(s), repr(sorted(frozenset("ba"))))
