# needs: float
a = {1, 2, 3}
print(a == {3, 2, 1}, a < {1, 2, 3, 4}, a <= a, a < a, {1} > set(), a >= {1, 2})
print(a.issubset([1, 2, 3]), a.issuperset(range(2)), a.isdisjoint("abc"))
print(set() == frozenset(), {frozenset({1})} == {frozenset([1])})
print(sorted(a | {2.0}), len({1, 1.0, True}))
